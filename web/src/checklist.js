// What was checked and passed, from the rule list (wasm rules()), the model's relations, the
// result's coverage and its findings. A rule passed when it found nothing and the coverage lists
// nothing it could not check; a relation of a table that was not read was not checked.
//
//   checklist(result, rules, model, {previous}) → [{id, title, status, count, note}]
//     status: 'failed' (count findings) | 'unchecked' (note says why) | 'passed'
//   coverageLine(result, model) → '表二 10/10 格，表三 175/175 格，表四 15/15 格'
import { formatOf } from './statutory-table.js';

const TABLE_IDS = ['active', 'requests', 'review_litigation'];

function relationTables(result, model) {
  // rule → the tables (read in a format that has the relation) it applies to
  const out = new Map();
  const tables = (result && result.tables) || {};
  for (const table of TABLE_IDS) {
    const t = tables[table];
    const format = t && t.format ? formatOf(model, t.format) : null;
    for (const f of (model && model.formats) || []) {
      for (const r of f.relations || []) {
        if (r.table !== table) continue;
        if (!out.has(r.rule)) out.set(r.rule, { read: [], missing: new Set() });
        const entry = out.get(r.rule);
        if (format && format.id === f.id) entry.read.push(table);
        else if (!t) entry.missing.add(table);
      }
    }
  }
  return out;
}

function shortName(model, result, table) {
  const t = result.tables && result.tables[table];
  const format = formatOf(model, (t && t.format) || (result.meta && result.meta.format));
  return format ? format.tables[table].short : table;
}

export function checklist(result, rules, model, { previous = false } = {}) {
  const counts = new Map();
  for (const f of result.findings || []) counts.set(f.rule, (counts.get(f.rule) || 0) + 1);
  const relations = relationTables(result, model);
  const coverage = result.coverage || {};
  const out = [];
  for (const rule of rules || []) {
    if (rule.advice) continue;  // speaks only when another rule failed: not a check that passes
    const count = counts.get(rule.id) || 0;
    const item = { id: rule.id, title: rule.title, severity: rule.severity, count, status: 'passed', note: '' };
    if (count) {
      item.status = 'failed';
    } else if (rule.needs_previous && !previous) {
      item.status = 'unchecked';
      item.note = '未提供上一年度报告';
    } else if (relations.has(rule.id)) {
      const { read, missing } = relations.get(rule.id);
      if (!read.length && !missing.size) continue;                  // not a relation of these formats
      const unchecked = read.flatMap((t) => ((coverage[t] && coverage[t].unchecked) || [])
        .filter((u) => u.rule === rule.id).map((u) => u.where));
      if (!read.length) {
        item.status = 'unchecked';
        item.note = `${[...missing].map((t) => shortName(model, result, t)).join('、')}未读出`;
      } else if (unchecked.length) {
        item.status = 'unchecked';
        item.note = `未能核对：${unchecked.join('；')}`;
      }
    }
    out.push(item);
  }
  return out;
}

export function coverageLine(result, model) {
  const coverage = result.coverage || {};
  return TABLE_IDS.filter((t) => coverage[t]).map((t) =>
    `${shortName(model, result, t)} ${coverage[t].cells_read}/${coverage[t].cells_expected} 格`).join('，');
}
