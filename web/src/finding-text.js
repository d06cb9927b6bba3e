// What a finding says to a clerk, in words: where it is (the statutory names of its table, row and
// column, from the model), the words of the report it quotes (cut to what matters) and the fixes.
// Pure functions of the result, the model and the checked text; used by the list, the 检查意见单
// and the CSV export alike.
import { cellLabel, defaultFormatValue } from './statutory-table.js';

const QUOTE_CONTEXT = 14;   // characters shown on each side of the quoted place
const QUOTE_MAX = 60;       // longer places are cut

const tableFormat = (result, table) => {
  const t = result && result.tables && result.tables[table];
  return (t && t.format) || (result && result.meta && result.meta.format) || null;
};

function labels(model, result, table, cells) {
  const format = tableFormat(result, table);
  return cells.map(([row, column]) => cellLabel(model, format, { table, row, column }));
}

// "表三 · 一、本年新收政府信息公开申请数量 · 自然人", or what several cells share ("表三 · 「自然人」列").
export function whereText(model, result, finding) {
  if (!finding.table) return '';
  const cells = Array.isArray(finding.cells) ? finding.cells : [];
  const names = labels(model, result, finding.table, cells);
  const short = names.length ? names[0].table : cellLabel(model, tableFormat(result, finding.table), { table: finding.table }).table;
  if (names.length === 0) return short;
  if (names.length === 1) return `${short} · ${names[0].row} · ${names[0].column}`;
  const same = (k) => names.every((n) => n[k] === names[0][k]);
  if (same('column')) return `${short} · 「${names[0].column}」列`;
  if (same('row')) return `${short} · ${names[0].row}`;
  return `${short} · ${names.length} 个单元格`;
}

// The finding's place in the text, for reading: {before, marked, after}, or null without a span.
// A long span (a whole table) is cut to the line of its first cell when the core gave the cells'
// places (cell_spans), else to its first characters.
export function quoteOf(text, finding, result) {
  const span = finding.span;
  if (!Array.isArray(span) || !(span[0] >= 0) || !(span[1] >= span[0]) || span[1] > text.length) return null;
  let [a, b] = span;
  if (b - a > QUOTE_MAX) {
    const cell = firstCellSpan(finding, result);
    if (cell && cell[0] >= a && cell[1] <= b) [a, b] = cell;
    else b = a + QUOTE_MAX;
  }
  // Context on both sides, across line breaks (a web dump puts each cell on its own line).
  const from = Math.max(0, a - QUOTE_CONTEXT);
  const to = Math.min(text.length, b + QUOTE_CONTEXT);
  const tidy = (s) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + tidy(text.slice(from, a)).trimStart(),
    marked: tidy(text.slice(a, b)) + (b < span[1] && b - a >= QUOTE_MAX ? '…' : ''),
    after: tidy(text.slice(b, to)).trimEnd() + (to < text.length ? '…' : ''),
    span: [a, b],
  };
}

export function quoteString(q) {
  return q ? `${q.before}【${q.marked}】${q.after}` : '';
}

// The place of a finding's first cell in the text (cell_spans: table → row → [span per column]).
function firstCellSpan(finding, result) {
  const cells = Array.isArray(finding.cells) ? finding.cells : [];
  for (const [row, column] of cells) {
    const s = cellSpan(result, finding.table, row, column);
    if (s) return s;
  }
  return null;
}

// cell_spans lists table 四's cells by column position: the position of a column key is its index
// in the row's object in tables.review_litigation (the format's column order).
export function cellSpan(result, table, row, column) {
  const rows = result && result.cell_spans && result.cell_spans[table];
  const spans = rows && rows[row];
  if (!Array.isArray(spans)) return null;
  let index = column;
  if (typeof column !== 'number') {
    const values = result.tables && result.tables[table] && result.tables[table][row];
    index = values ? Object.keys(values).indexOf(column) : -1;
  }
  const s = spans[index];
  return Array.isArray(s) && s[0] >= 0 && s[1] >= s[0] ? s : null;
}

// "一、本年新收政府信息公开申请数量「商业企业」1 → 0，「总计」12 → 11"
export function fixText(model, result, table, option) {
  const format = tableFormat(result, table);
  const parts = [];
  let lastRow = null;
  for (const c of option) {
    const name = cellLabel(model, format, { table, row: c.row, column: c.column });
    const head = name.row === lastRow ? '' : (parts.length ? '；' : '') + name.row;
    lastRow = name.row;
    parts.push(`${head}${head ? '' : '，'}「${name.column}」${defaultFormatValue(c.from)} → ${defaultFormatValue(c.to)}`);
  }
  return parts.join('');
}
