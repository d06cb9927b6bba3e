// Every consistent report a second time with other numbers, so that the shapes test a reading of
// the families and not of the corpus's numbers. Table 三 becomes v + 10·σ(v), σ rotating the six
// applicant columns (the natural persons' and the five organisations') by one; table 四 the same with its three groups rotated. The
// statutory relations are linear and hold within each row, column or group, and the rotation maps
// a consistent table to a consistent one, so the variant stays consistent while its numbers change
// in size and place: zeros become tens, a column of zeros gets values, two-digit cells get four.
// Table 二's cells become 3x + 1 (its only relations are ≤, which that keeps).
// A report with a blank cell in tables 三 or 四, or with errors, has no variant: the rotation would
// move a blank or an error into cells the gold says nothing of.
import { goldReports } from './corpus.mjs';
import { consistent } from './gold.mjs';

export const VARIANT_SUFFIX = '-values';
export const TEMPLATE_SUFFIX = '-template';
export const BLANK_SUFFIX = '-blank';

const APPLICANT_COLUMNS = 6;   // the total column (index 6) is the sum of these
const GROUPS = ['review', 'litigation_direct', 'litigation_after_review'];

const hasBlank = (values) => Object.values(values || {}).some((row) => row && Object.values(row).some((v) => v === null));

const rotateRow = (row) => row.map((v, i) => (i < APPLICANT_COLUMNS ? v + 10 * row[(i + 1) % APPLICANT_COLUMNS] : v + 10 * v));

function requestsVariant(requests) {
  return Object.fromEntries(Object.entries(requests).map(([key, row]) => [key, row && rotateRow(row)]));
}

function reviewVariant(review) {
  return Object.fromEntries(GROUPS.map((group, i) => {
    const next = review[GROUPS[(i + 1) % GROUPS.length]];
    return [group, Object.fromEntries(Object.entries(review[group]).map(([k, v]) => [k, v + 10 * next[k]]))];
  }));
}

const activeVariant = (value) => {
  if (typeof value === 'number') return 3 * value + 1;
  if (value && typeof value === 'object') {
    return Array.isArray(value) ? value.map(activeVariant) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, activeVariant(v)]));
  }
  return value;
};

export function valueVariant(gold) {
  if (!consistent(gold) || hasBlank(gold.requests) || hasBlank(gold.review_litigation)) return null;
  const variant = structuredClone(gold);
  if (gold.requests) variant.requests = requestsVariant(gold.requests);
  if (gold.review_litigation) variant.review_litigation = reviewVariant(gold.review_litigation);
  if (gold.active) variant.active = activeVariant(gold.active);
  return variant;
}

// Tables 三 and 四 with every 0 left blank, as many reports print them (format.md §6.1: blank cells
// count as 0). The gold says null there and `blanksAreZeros`: the relations still hold.
export function blankVariant(gold) {
  // A lost row (null) is not a row of zeros: such a report has no variant.
  if (!valueVariant(gold) || Object.values(gold.requests || {}).some((row) => row === null)) return null;
  const variant = structuredClone(gold);
  for (const table of ['requests', 'review_litigation']) {
    for (const row of Object.values(variant[table] || {})) {
      if (!row) continue;
      for (const k of Object.keys(row)) if (row[k] === 0) row[k] = null;
    }
  }
  variant.blanksAreZeros = true;
  return variant;
}

// The gold reports, then their variants: other numbers ('<report>-values'), table 三 as some
// templates print it ('<report>-template', template-table.mjs; the same cells), and zeros left
// blank ('<report>-blank'), each with variantOf: '<report>'.
export function shapeReports() {
  const reports = goldReports();
  const variant = (suffix, make) => reports.flatMap((r) => {
    const gold = make(r.gold);
    return gold ? [{ ...r, name: r.name + suffix, gold, variantOf: r.name }] : [];
  });
  const templates = reports.filter((r) => r.gold.requests && valueVariant(r.gold))
    .map((r) => ({ ...r, name: r.name + TEMPLATE_SUFFIX, template: true, variantOf: r.name }));
  return reports.concat(variant(VARIANT_SUFFIX, valueVariant), templates, variant(BLANK_SUFFIX, blankVariant));
}
