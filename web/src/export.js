// Export of the rebuilt tables: CSV and JSON downloads, TSV (plus an HTML table) to the clipboard.
// Values are written as the core read them; empty for a missing cell.
import {
  TABLE_NAMES, REQUEST_COLUMNS, REVIEW_GROUPS, REVIEW_COLUMNS, activeColumns, rowLabel,
} from './layout.js';
import { formatValue } from './render-tables.js';

// Rows of strings for each table present: [{table, title, rows: [[...], ...]}].
export function tableGrids(result) {
  const tables = result.tables || {};
  const format = (result.meta && result.meta.format) || '2021';
  const out = [];
  if (tables.active) {
    const rows = [];
    for (const [block, blockRows] of Object.entries(tables.active)) {
      if (!blockRows) continue;
      const cols = activeColumns(block, format);
      rows.push(['信息内容', ...cols]);
      for (const [key, vals] of Object.entries(blockRows)) {
        rows.push([rowLabel('active', `${block}.${key}`, format), ...(vals || []).map(formatValue)]);
      }
    }
    out.push({ table: 'active', title: TABLE_NAMES.active, rows });
  }
  if (tables.requests && tables.requests.rows) {
    const cols = tables.requests.columns || Object.keys(REQUEST_COLUMNS);
    const rows = [['', ...cols.map((c) => REQUEST_COLUMNS[c] || c)]];
    for (const [key, vals] of Object.entries(tables.requests.rows)) {
      rows.push([rowLabel('requests', key, format), ...(vals || []).map(formatValue)]);
    }
    out.push({ table: 'requests', title: TABLE_NAMES.requests, rows });
  }
  if (tables.review_litigation) {
    const groups = Object.entries(tables.review_litigation).filter(([, g]) => g);
    const cols = groups.length ? Object.keys(groups[0][1]) : Object.keys(REVIEW_COLUMNS);
    const rows = [['', ...cols.map((c) => REVIEW_COLUMNS[c] || c)]];
    for (const [g, vals] of groups) rows.push([REVIEW_GROUPS[g] || g, ...cols.map((c) => formatValue(vals[c]))]);
    out.push({ table: 'review_litigation', title: TABLE_NAMES.review_litigation, rows });
  }
  return out;
}

function csvField(s) {
  s = String(s ?? '');
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function toCsv(result) {
  const lines = [];
  for (const g of tableGrids(result)) {
    if (lines.length) lines.push('');
    lines.push(csvField(g.title));
    for (const r of g.rows) lines.push(r.map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';   // BOM: Excel opens it as UTF-8
}

export function toTsv(result) {
  const lines = [];
  for (const g of tableGrids(result)) {
    if (lines.length) lines.push('');
    lines.push(g.title);
    for (const r of g.rows) lines.push(r.map((s) => String(s ?? '').replace(/[\t\r\n]+/g, ' ')).join('\t'));
  }
  return lines.join('\r\n') + '\r\n';
}

function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

export function toHtmlTables(result) {
  return tableGrids(result).map((g) =>
    `<p>${escapeHtml(g.title)}</p><table border="1">` +
    g.rows.map((r) => '<tr>' + r.map((c) => `<td>${escapeHtml(c)}</td>`).join('') + '</tr>').join('') +
    '</table>').join('');
}

export function toJson(result) {
  return JSON.stringify({ version: result.version, meta: result.meta, tables: result.tables }, null, 2) + '\n';
}

export function baseName(result) {
  const m = result.meta || {};
  const parts = ['xxgk', m.agency, m.year].filter(Boolean).map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, '_'));
  return parts.join('-');
}

export function download(filename, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// Copies TSV (and, where the browser allows, an HTML table so Word pastes a real table).
export async function copyTables(result) {
  const tsv = toTsv(result);
  try {
    if (navigator.clipboard && window.ClipboardItem) {
      await navigator.clipboard.write([new ClipboardItem({
        'text/plain': new Blob([tsv], { type: 'text/plain' }),
        'text/html': new Blob([toHtmlTables(result)], { type: 'text/html' }),
      })]);
      return true;
    }
    if (navigator.clipboard) { await navigator.clipboard.writeText(tsv); return true; }
  } catch (_) { /* fall back below */ }
  const ta = document.createElement('textarea');
  ta.value = tsv;
  ta.setAttribute('readonly', '');
  ta.className = 'offscreen';
  document.body.append(ta);
  ta.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch (_) { ok = false; }
  ta.remove();
  return ok;
}
