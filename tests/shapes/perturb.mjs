// Perturbation: in a reading that got a cell right, that cell + 7 must raise an error of an
// arithmetic rule naming it (for a report whose gold is consistent). Text shapes are changed in
// place at the cell's span; documents were regenerated from a changed rendering (generate.mjs).
import { ARITHMETIC_RULES, goldCells } from './gold.mjs';

// The reading's value and span of a gold cell, or null when it did not read that cell.
export function readCell(result, model, cell) {
  const table = result.tables?.[cell.table];
  if (!table) return null;
  if (cell.table === 'requests') {
    const value = table.rows?.[cell.row]?.[cell.column];
    const span = result.cell_spans?.requests?.[cell.row]?.[cell.column];
    return { value, span };
  }
  const format = model.formats.find((f) => f.id === table.format) || model.formats[model.formats.length - 1];
  const index = format.tables.review_litigation.columns.findIndex((c) => c.key === cell.column);
  return { value: table[cell.row]?.[cell.column], span: result.cell_spans?.review_litigation?.[cell.row]?.[index] };
}

export const cellName = (c) => `${c.table}.${c.row}[${c.column}]`;

// Cells of the gold that the reading got right (value equal, a span with characters).
export function readableCells(gold, result, model) {
  return goldCells(gold).map((c) => ({ ...c, span: readCell(result, model, c)?.span, got: readCell(result, model, c)?.value }))
    .filter((c) => c.got === c.value && Array.isArray(c.span) && c.span[1] > c.span[0]);
}

// The text with the cell's number + 7 (spans are UTF-16 offsets = JS string indices).
export function perturbText(text, span, value, delta = 7) {
  return text.slice(0, span[0]) + String(value + delta) + text.slice(span[1]);
}

export function namesCell(result, cell) {
  return (result.findings || []).some((f) => f.severity === 'error' && ARITHMETIC_RULES.has(f.rule)
    && f.table === cell.table && (f.cells || []).some(([row, col]) => row === cell.row && col === cell.column));
}

// Page furniture alone on a line after a row of table 三: a page number without dashes, and a
// running header with a year in it. The reading may lose cells but must raise no arithmetic
// error the gold does not list.
export const STRAY_LINES = ['\n5\n\n', '\n某某区人民政府2023年政府信息公开工作年度报告\n'];

// The text with each stray line after the line holding a row's last cell, one variant a row and
// stray line: [{ row, text }].
export function strayLines(text, result) {
  const variants = [];
  for (const [row, cells] of Object.entries(result.cell_spans?.requests || {})) {
    const spans = (cells || []).filter((c) => Array.isArray(c) && c[1] > c[0]);
    if (!spans.length) continue;
    const end = Math.max(...spans.map((c) => c[1]));
    const lineEnd = text.indexOf('\n', end);
    const at = lineEnd < 0 ? text.length : lineEnd + 1;
    for (const stray of STRAY_LINES) variants.push({ row, text: text.slice(0, at) + stray + text.slice(at) });
  }
  return variants;
}
