// Orders the findings for reading and puts one wrong cell's consequences together. When the core
// suggests a fix (details.fixes, best first), every broken relation that shares a cell with the
// best fix is one fact: "this cell is most likely wrong, and it breaks these relations". Which
// rules are relations comes from the format model; nothing here checks anything.
//
//   groupFindings(findings, relationRules) → [{kind: 'fact', fix, members, severity} |
//                                             {kind: 'single', finding, severity}]
//     sorted by severity (error, warning, info), then in the core's order.

const SEVERITY_ORDER = ['error', 'warning', 'info'];
const rank = (s) => { const i = SEVERITY_ORDER.indexOf(s); return i < 0 ? SEVERITY_ORDER.length : i; };

const cellKey = (table, row, column) => `${table}:${row}:${column}`;

export function bestFix(finding) {
  const fixes = finding && finding.details && finding.details.fixes;
  return Array.isArray(fixes) && fixes.length && Array.isArray(fixes[0]) ? fixes[0] : null;
}

export function groupFindings(findings, relationRules) {
  const list = Array.isArray(findings) ? findings : [];
  const taken = new Set();
  const entries = [];
  const index = new Map(list.map((f, i) => [f, i]));
  for (const fix of list) {
    const best = bestFix(fix);
    if (!best || !fix.table) continue;
    const cells = new Set(best.map((c) => cellKey(fix.table, c.row, c.column)));
    const members = list.filter((f) => f !== fix && !taken.has(f) && f.table === fix.table &&
      relationRules.has(f.rule) && Array.isArray(f.cells) &&
      f.cells.some((c) => cells.has(cellKey(f.table, c[0], c[1]))));
    if (!members.length) continue;
    for (const m of members) taken.add(m);
    taken.add(fix);
    const severity = members.map((m) => m.severity).sort((a, b) => rank(a) - rank(b))[0];
    entries.push({ kind: 'fact', fix, members, severity, order: Math.min(...members.map((m) => index.get(m))) });
  }
  list.forEach((f, i) => {
    if (!taken.has(f)) entries.push({ kind: 'single', finding: f, severity: f.severity, order: i });
  });
  entries.sort((a, b) => rank(a.severity) - rank(b.severity) || a.order - b.order);
  return entries;
}

// The rules of the model's relations (requests.balance, …), over every format.
export function relationRulesOf(model) {
  const out = new Set();
  for (const f of (model && model.formats) || []) for (const r of f.relations || []) out.add(r.rule);
  return out;
}
