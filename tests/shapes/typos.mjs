// Labels printed with typos (pdftotext -layout of a published PDF whose drafter mistyped a label):
// every other row label of table 三 from the second on, one character in its first six changed. The
// labels come from the model, the section from the CLI's reading of the same text; the gold does
// not change, since a typo changes no cell.
const MISPRINT = '某';
const MIN_CHARS = 6;  // shorter labels (two-character ones) are left as printed
const SEARCHED = 6;   // characters of a label looked for (a wrapped label's first line holds them)

export function withTypos(text, model, formatId, sections) {
  const format = model.formats.find((f) => f.id === formatId) || model.formats[model.formats.length - 1];
  const table = format.tables.requests;
  const section = (sections || []).find((s) => s.number === table.section);
  if (!section) return text;
  let out = text;
  let from = section.span[0];
  const rows = table.rows.filter((r) => r.data);
  rows.forEach((row, i) => {
    const label = [...row.label];
    const at = out.indexOf(label.slice(0, Math.min(SEARCHED, label.length)).join(''), from);
    if (at < 0 || at >= section.span[1]) return;
    from = at + 1;
    if (i % 2 === 0 || label.length < MIN_CHARS) return;
    const middle = Math.floor(Math.min(SEARCHED, label.length) / 2);
    const chars = [...out.slice(at, at + 2 * SEARCHED)];
    const offset = chars.slice(0, middle).join('').length;
    out = out.slice(0, at + offset) + MISPRINT + out.slice(at + offset + chars[middle].length);
  });
  return out;
}
