// Turns a seed report (web-page text, one table cell per line ending in " |") into an
// HTML document with real <table>s, so LibreOffice can make a .docx/.pdf with real tables.
//   node seed-to-html.mjs SEED.txt > OUT.html
import { readFileSync } from 'node:fs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isNum = (s) => /^[\d.]+(万元)?$/.test(s);
const ROW_LABELS = new Set(['规章', '规范性文件', '行政规范性文件', '行政许可', '其他对外管理服务事项',
  '行政处罚', '行政强制', '行政事业性收费', '政府集中采购']);
function level(s) {
  if (/^[一二三四五六七八九十]+、/.test(s)) return 0;
  if (/^\([一二三四五六七八九十]+\)/.test(s)) return 1;
  if (/^\d+\.(?!\d)/.test(s)) return 2;
  return -1;
}
const isLabel = (s) => ROW_LABELS.has(s) || level(s) >= 0;

/** Splits the seed into blocks: { p: text } or { rows: string[][] }. */
export function seedBlocks(text) {
  const blocks = [];
  let table = null, row = [];
  const endRow = () => { if (row.length) table.rows.push(row); row = []; };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!/\|$/.test(line)) {
      if (table) { endRow(); blocks.push(table); table = null; }
      if (line) blocks.push({ p: line });
      continue;
    }
    table ??= { rows: [] };
    const bar = line.indexOf('|');
    const cell = line.slice(0, bar).trim();
    if (cell) {
      const prev = row[row.length - 1];
      if (row.length && ((isNum(prev) && !isNum(cell)) || (isLabel(cell) && !row.every(isLabel)))) endRow();
      row.push(cell);
    }
    if ((line.slice(bar).match(/\|/g) || []).length >= 2 || !cell) endRow();
  }
  if (table) { endRow(); blocks.push(table); }
  return blocks;
}

// The statutory header rows of tables 三 and 四, with their real spans.
function headerRow(r, prev = []) {
  const td = (c, a = '') => `<td${a}>${esc(c)}</td>`;
  const row = (cells) => `<tr>${cells.join('')}</tr>`;
  if (r[0].startsWith('(本列数据') && r.length === 2) return row([td(r[0], ' colspan="3" rowspan="3"'), td(r[1], ' colspan="7"')]);
  if (r[0] === '自然人' && r.length === 3) return row([td(r[0], ' rowspan="2"'), td(r[1], ' colspan="5"'), td(r[2], ' rowspan="2"')]);
  if (r[0] === '商业企业') return row(r.map((c) => td(c)));
  if (r[0] === '行政复议' && r.length === 2) return row([td(r[0], ' colspan="5"'), td(r[1], ' colspan="10"')]);
  if (prev[0] === '行政复议' && r.length === 7) return row(r.map((c, j) => td(c, j < 5 ? ' rowspan="2"' : ' colspan="5"')));
  if (r[0] === '结果维持' && r.length === 10) return row(r.map((c) => td(c)));
  return null;
}

function tableHtml(rows) {
  // Group labels ("三、本年度办理结果", "(三)不予公开") span the rows of their items.
  const spans = rows.map(() => []);
  const covered = rows.map(() => 0);
  rows.forEach((r, i) => {
    r.forEach((c, j) => {
      if (!(isLabel(c) && j + 1 < r.length && isLabel(r[j + 1]) && level(c) >= 0)) return;
      let n = 1;
      while (i + n < rows.length && level(rows[i + n][0]) > level(c)) n++;
      spans[i][j] = n;
      for (let k = 1; k < n; k++) covered[i + k]++;
    });
  });
  const width = Math.max(...rows.map((r, i) => (headerRow(r, rows[i - 1]) ? 0 : r.length + covered[i])));
  const out = ['<table border="1" cellspacing="0" cellpadding="2" width="100%" style="border-collapse:collapse;font-size:9pt">'];
  rows.forEach((r, i) => {
    const header = headerRow(r, rows[i - 1]);
    if (header) { out.push(header); return; }
    const extra = width - r.length - covered[i];
    // Extra columns go to the label before the numbers (or the first cell of a header row).
    const lastLabel = r.findLastIndex((c) => !isNum(c));
    const wide = lastLabel < 0 ? r.length - 1 : r.some(isNum) ? lastLabel : 0;
    const tds = r.map((c, j) => {
      const attrs = (spans[i][j] > 1 ? ` rowspan="${spans[i][j]}"` : '') + (j === wide && extra > 0 ? ` colspan="${extra + 1}"` : '');
      return `<td${attrs}${isNum(c) ? ' align="center"' : ''}>${esc(c)}</td>`;
    });
    out.push(`<tr>${tds.join('')}</tr>`);
  });
  out.push('</table>');
  return out.join('\n');
}

export function seedToHtml(text) {
  const body = seedBlocks(text).map((b) => (b.p !== undefined ? `<p>${esc(b.p)}</p>` : tableHtml(b.rows)));
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>report</title>
<style>body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;font-size:10.5pt}</style></head>
<body>\n${body.join('\n')}\n</body></html>\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(seedToHtml(readFileSync(process.argv[2], 'utf8')));
}
