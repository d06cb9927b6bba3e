// The gold of a corpus report (../shared/corpus/**/NNN.expected.json: hand-read cells) against
// what a document gives, two ways:
//   gridDifferences(doc, gold, model)   reading-independent facts on the core's Document: the
//       table rows of the source, in order, carry the gold values (the statutory rows of 表三 in
//       the model's order, the one row of 表四); no table reader involved.
//   tableDifferences(contract, gold)    the end-to-end comparison: the checker's rebuilt tables.
// Both return a list of differences (empty when all agree). Gold wins: a difference is ours.
import { readFileSync } from 'node:fs';

export const loadGold = (path) => JSON.parse(readFileSync(path, 'utf8'));

// Each table of a document JSON as a grid of its cells' texts (null where a merge covers it).
export function grids(doc) {
  const bytes = Buffer.from(doc.text, 'utf8');
  return doc.tables.map((t) => {
    const g = Array.from({ length: t.rows }, () => Array(t.columns).fill(null));
    for (const [r, c, , , b, e] of t.cells) g[r][c] = bytes.subarray(b, e).toString('utf8');
    return g;
  });
}

const NUMBER = /^-?\d+(\.\d+)?$/;
// The trailing cells of a row that are numbers (or blank: '' reads as null).
function trailingNumbers(cells) {
  const out = [];
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i].replace(/\s+/g, '');
    if (c === '') out.unshift(null);
    else if (NUMBER.test(c)) out.unshift(Number(c));
    else break;
  }
  return out;
}

const same = (got, want, blankIsZero) => got === want || (blankIsZero && got === null && want === 0);

// blankIsZero: a blank cell stands for 0 (a table pasted with its zeros left out).
// A grid rebuilt from PDF positions has empty columns between a row's label and its numbers: there
// the blanks before the first number are no values.
export function gridDifferences(doc, gold, model, { blankIsZero = false } = {}) {
  const format = model.formats.find((f) => f.id === gold.format);
  const rows = grids(doc).flatMap((g, t) => g.map((r) => {
    const values = trailingNumbers(r.filter((c) => c !== null));
    if (doc.tables[t].origin === 'geometry') while (values.length && values[0] === null) values.shift();
    return values;
  }));
  const diffs = [];
  const review = rows.filter((r) => r.length === 15);
  const groups = format.tables.review_litigation.groups.map((g) => g.key);
  const columns = format.tables.review_litigation.columns.map((c) => c.key);
  const wantReview = groups.flatMap((g) => columns.map((c) => gold.review_litigation[g][c]));
  if (review.length !== 1) diffs.push(`表四：应有一行 15 个数，找到 ${review.length} 行`);
  else review[0].slice(-15).forEach((v, i) => {
    if (!same(v, wantReview[i], blankIsZero)) diffs.push(`表四 ${groups[Math.floor(i / 5)]}.${columns[i % 5]}：${v}，金标 ${wantReview[i]}`);
  });
  const keys = format.tables.requests.rows.filter((r) => r.data).map((r) => r.key);
  const requests = rows.filter((r) => r.length === 7);
  if (requests.length !== keys.length) {
    diffs.push(`表三：应有 ${keys.length} 行 7 个数，找到 ${requests.length} 行`);
    return diffs;
  }
  keys.forEach((key, k) => {
    const got = requests[k] || [];
    gold.requests[key].forEach((want, i) => {
      if (!same(got[i], want, blankIsZero)) diffs.push(`表三 ${key}[${i}]：${got[i]}，金标 ${want}`);
    });
  });
  return diffs;
}

export function tableDifferences(contract, gold) {
  const diffs = [];
  const t = contract.tables || {};
  for (const [key, want] of Object.entries(gold.requests || {})) {
    const got = t.requests?.rows?.[key];
    if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push(`表三 ${key}：${JSON.stringify(got)}，金标 ${JSON.stringify(want)}`);
  }
  for (const [group, want] of Object.entries(gold.review_litigation || {})) {
    const got = t.review_litigation?.[group];
    if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push(`表四 ${group}：${JSON.stringify(got)}，金标 ${JSON.stringify(want)}`);
  }
  for (const [block, rows] of Object.entries(gold.active || {})) {
    for (const [key, want] of Object.entries(rows)) {
      const got = t.active?.[block]?.[key];
      if (JSON.stringify(got) !== JSON.stringify(want)) diffs.push(`表二 ${block}.${key}：${JSON.stringify(got)}，金标 ${JSON.stringify(want)}`);
    }
  }
  return diffs;
}
