import { readFileSync } from 'node:fs';
// What the gold files say, in the terms of a result: table comparison (as tests/golden/corpus.cpp
// does it), the arithmetic errors a reading may raise, the cells a perturbation can change.

export const ARITHMETIC_RULES = new Set(['requests.row_total', 'requests.balance', 'requests.results_total',
  'review_litigation.group_total']);

const TABLES = ['requests', 'review_litigation', 'active'];

// Tables whose cells the perturbations change (table 二 has no arithmetic relation of these rules).
const PERTURBED_TABLES = ['requests', 'review_litigation'];

function equal(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => equal(a[k], b[k]));
  }
  return false;
}

// A gold null row (lost from the report's text) is rendered as blank cells, so a row of blanks
// stands for it too.
const sameRow = (want, got) => equal(want, got ?? null)
  || (want === null && typeof got === 'object' && Object.values(got).every((v) => v === null));

const show = (v) => JSON.stringify(v === undefined ? null : v);

// Every gold cell compared with the result; returns the differences ("requests.granted: want … got …").
export function compareTables(gold, result) {
  const diffs = [];
  const tables = result.tables || {};
  const compare = (where, want, got) => { if (!sameRow(want, got)) diffs.push(`${where}: want ${show(want)} got ${show(got)}`); };
  for (const name of TABLES) {
    if (!(name in gold)) continue;
    const want = gold[name], got = tables[name];
    if (want === null) { compare(name, null, got); continue; }
    if (!got) { diffs.push(`${name}: table missing`); continue; }
    if (name === 'requests') for (const [row, cells] of Object.entries(want)) compare(`requests.${row}`, cells, got.rows?.[row]);
    if (name === 'review_litigation') for (const [group, cells] of Object.entries(want)) compare(`review_litigation.${group}`, cells, got[group]);
    if (name === 'active') {
      for (const [block, rows] of Object.entries(want)) {
        for (const [row, cells] of Object.entries(rows)) compare(`active.${block}.${row}`, cells, got[block]?.[row]);
      }
    }
  }
  return diffs;
}

// A gold cell: [row, column index] of table 三, [group, key] of table 四; null when blank or lost.
export function goldCell(gold, table, row, column) {
  const values = gold[table]?.[row];
  return values == null ? null : values[column] ?? null;
}

export const consistent = (gold) => Array.isArray(gold.inconsistencies) && gold.inconsistencies.length === 0;

// The error findings of the arithmetic rules, less those on a relation with a gold-null cell: the
// gold cannot say whether a blank or lost cell breaks a relation (seed 002 lost rows of table 三),
// unless it says its blanks are zeros (a variant printing zeros as blank cells).
export function arithmeticErrors(gold, result) {
  const errors = (result.findings || []).filter((f) => f.severity === 'error' && ARITHMETIC_RULES.has(f.rule));
  const decidable = errors.filter((f) => gold.blanksAreZeros
    || (f.cells || []).every(([row, col]) => goldCell(gold, f.table, row, col) !== null));
  return { decidable, undecidable: errors.length - decidable.length };
}

export function arithmeticDifference(gold, result) {
  if (!Array.isArray(gold.inconsistencies)) return null;
  const { decidable } = arithmeticErrors(gold, result);
  if (decidable.length === gold.inconsistencies.length) return null;
  const rules = decidable.map((f) => f.rule).sort().join(', ');
  return `arithmetic: ${decidable.length} error findings (${rules || 'none'}), gold lists ${gold.inconsistencies.length}`;
}

// More arithmetic errors than the gold lists: one at least is false (a missed one is not counted).
export function falseArithmetic(gold, result) {
  if (!Array.isArray(gold.inconsistencies)) return null;
  const { decidable } = arithmeticErrors(gold, result);
  if (decidable.length <= gold.inconsistencies.length) return null;
  const rules = decidable.map((f) => f.rule).sort().join(', ');
  return `false arithmetic: ${decidable.length} error findings (${rules}), gold lists ${gold.inconsistencies.length}`;
}

// Every non-null cell of tables 三 and 四: [{ table, row, column, value }].
export function goldCells(gold) {
  const cells = [];
  for (const table of PERTURBED_TABLES) {
    for (const [row, values] of Object.entries(gold[table] || {})) {
      if (values == null) continue;
      for (const [column, value] of Object.entries(values)) {
        if (typeof value === 'number') cells.push({ table, row, column: Array.isArray(values) ? Number(column) : column, value });
      }
    }
  }
  return cells;
}

export const changeId = (c) => `${c.table}.${c.row}.${c.column}`;

// A few cells per table for the document perturbations (each document costs a conversion): the
// second and a middle row of table 三, the first and the last cell of table 四.
export function documentChanges(gold, delta = 7) {
  const cells = goldCells(gold);
  const picks = [];
  for (const table of PERTURBED_TABLES) {
    const own = cells.filter((c) => c.table === table);
    if (!own.length) continue;
    const chosen = table === 'requests'
      ? [own.find((c) => c.row === Object.keys(gold.requests)[1]) ?? own[0], own[Math.floor(own.length / 2) + 1] ?? own[own.length - 1]]
      : [own[0], own[own.length - 1]];
    for (const c of new Set(chosen)) picks.push({ table, row: c.row, column: c.column, delta });
  }
  return picks;
}

// Cells of the gold tables (a null row counts its 7 blank cells) and how many the result has exactly.
export function cellTally(gold, result) {
  let cells = 0, exact = 0;
  const tally = (want, got) => { cells++; if (equal(want, got ?? null)) exact++; };
  const tables = result.tables || {};
  const rowsOf = {
    requests: (t) => Object.entries(gold.requests).map(([row, want]) => [want ?? Array(7).fill(null), t?.rows?.[row]]),
    review_litigation: (t) => Object.entries(gold.review_litigation).map(([g, want]) => [want, t?.[g]]),
    active: (t) => Object.entries(gold.active).flatMap(([b, rows]) => Object.entries(rows).map(([row, want]) => [want, t?.[b]?.[row]])),
  };
  for (const name of TABLES) {
    if (!gold[name]) continue;
    for (const [want, got] of rowsOf[name](tables[name])) {
      for (const k of Object.keys(want)) tally(want[k], got?.[k]);
    }
  }
  return { cells, exact };
}

// The hand-read identity of a report (tests/golden/identity.json, the golden test's too) and the
// year of its gold: a reading's meta.title, meta.agency and meta.year must be these.
const IDENTITY = JSON.parse(readFileSync(new URL('../golden/identity.json', import.meta.url), 'utf8')).reports;

export function identityDifferences(report, result) {
  const id = IDENTITY.find((e) => report.txt.includes(`/${e.folder}/`) && report.name.startsWith(e.prefix));
  if (!id) return [`identity: ${report.name} is not in tests/golden/identity.json`];
  const meta = result.meta || {};
  const want = { title: id.title, agency: id.agency, year: report.gold.year };
  return Object.entries(want).filter(([k, v]) => (meta[k] ?? null) !== v)
    .map(([k, v]) => `meta.${k}: want ${JSON.stringify(v)} got ${JSON.stringify(meta[k] ?? null)}`);
}
