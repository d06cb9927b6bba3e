// The explicit known-failure list: { "<family>/<report>": ["<difference>", …] }. A run fails on
// any difference not listed and on any listed difference that no longer occurs, so the list can
// only shrink honestly; --update-known rewrites it from the run (entries of families that were not
// checked, e.g. PDFs before the CLI reads them, are kept as they are).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const loadKnown = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});

// "perturb:docx/003…", "stray:txt/04…", "pdfjs:lo-pdf/01…": the family after the check's prefix.
const familyOf = (key) => key.replace(/^[a-z]+:/, '').split('/')[0];

// failures: Map key → [difference]; checked: set of family ids that ran.
export function judge(known, failures, checked) {
  const unexpected = [], fixed = [];
  for (const [key, diffs] of failures) {
    const listed = new Set(known[key] || []);
    for (const d of diffs) if (!listed.has(d)) unexpected.push(`${key}: ${d}`);
  }
  for (const [key, diffs] of Object.entries(known)) {
    if (!checked.has(familyOf(key))) continue;
    const now = new Set(failures.get(key) || []);
    for (const d of diffs) if (!now.has(d)) fixed.push(`${key}: ${d}`);
  }
  return { unexpected, fixed };
}

export function saveKnown(file, known, failures, checked) {
  const out = {};
  for (const [key, diffs] of Object.entries(known)) if (!checked.has(familyOf(key))) out[key] = diffs;
  for (const [key, diffs] of failures) if (diffs.length) out[key] = [...diffs].sort();
  const sorted = Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
  writeFileSync(file, JSON.stringify(sorted, null, 1) + '\n');
}
