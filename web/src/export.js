// Exports: the tables in their statutory layout (HTML with the merged header cells, for Word, WPS
// and Excel; plain text as Word copies a table), and the tables with every finding as CSV (the
// tables as rectangles: one column a column) or JSON. The layout of each table is its own format's, from the model (statutory-table.js).
import { formatOf, tableHtml, tableGrid, tableLines } from './statutory-table.js';
import { TABLE_IDS } from './render-tables.js';
import { SEVERITY_NAMES } from './words.js';
import { whereText, quoteOf, quoteString, fixText } from './finding-text.js';
import { bestFix } from './finding-groups.js';

// [{table, title, format, values}] for the tables that were read (or typed).
function tablesOf(result, model) {
  const tables = (result && result.tables) || {};
  return TABLE_IDS.filter((id) => tables[id]).map((id) => {
    const spec = formatOf(model, tables[id].format).tables[id];
    return { table: id, title: `${spec.short}　${spec.name}`, format: tables[id].format, values: tables[id] };
  });
}

const escapeHtml = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

export function tablesHtml(result, model) {
  return tablesOf(result, model).map((t) =>
    `<p><b>${escapeHtml(t.title)}</b></p>` +
    tableHtml(model, t.format, t.table, t.values, {
      tableAttributes: { border: '1', cellspacing: '0', cellpadding: '3' },
      cellAttributes: () => ({ align: 'right' }),
    })).join('\n');
}

export function tablesTsv(result, model) {
  return tablesOf(result, model).map((t) =>
    [t.title, ...tableLines(model, t.format, t.table, t.values)].join('\r\n')).join('\r\n\r\n') + '\r\n';
}

// One row per finding, in the list's words.
export function findingRows(result, model, rules, text) {
  return (result.findings || []).map((f, i) => {
    const rule = rules.get(f.rule);
    const fixes = f.details && Array.isArray(f.details.fixes) ? f.details.fixes : [];
    return {
      number: i + 1,
      severity: SEVERITY_NAMES[f.severity] || f.severity,
      rule: rule ? rule.title : f.rule,
      id: f.rule,
      where: whereText(model, result, f),
      quote: quoteString(quoteOf(text, f, result)),
      message: f.message,
      fix: bestFix(f) ? fixes.map((o, k) => `方案${k + 1}：${fixText(model, result, f.table, o)}`).join('；') : '',
    };
  });
}

function csvField(s) {
  s = String(s ?? '');
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function toCsv(result, model, rules, text) {
  const lines = [];
  for (const t of tablesOf(result, model)) {
    lines.push(csvField(t.title));
    for (const r of tableGrid(model, t.format, t.table, t.values)) lines.push(r.map(csvField).join(','));
    lines.push('');
  }
  lines.push('检查发现');
  lines.push(['序号', '级别', '问题', '规则编号', '位置', '原文', '说明', '修改方案'].join(','));
  for (const r of findingRows(result, model, rules, text)) {
    lines.push([r.number, r.severity, r.rule, r.id, r.where, r.quote, r.message, r.fix].map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';   // BOM: Excel opens it as UTF-8
}

export function toJson(result, checkedAt) {
  const { version, meta, tables, coverage, findings } = result;
  return JSON.stringify({ version, checked_at: checkedAt, meta, tables, coverage, findings }, null, 2) + '\n';
}

export function tablesDocument(result, model) {
  const m = result.meta || {};
  const title = [m.agency, m.year && `${m.year}年`, '政府信息公开工作年度报告统计表'].filter(Boolean).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body><h1>${escapeHtml(title)}</h1>\n${tablesHtml(result, model)}\n</body></html>\n`;
}

export function baseName(result) {
  const m = (result && result.meta) || {};
  return ['xxgk', m.agency, m.year].filter(Boolean).map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, '_')).join('-');
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

// Puts HTML and plain text on the clipboard through a copy event: works from file:// and in
// every browser without a permission prompt (it runs inside the click).
export function copyRich(html, text) {
  let done = false;
  const onCopy = (e) => {
    e.clipboardData.setData('text/html', html);
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    done = true;
  };
  document.addEventListener('copy', onCopy, { once: true });
  try {
    document.execCommand('copy');
  } catch (_) {
    done = false;
  }
  document.removeEventListener('copy', onCopy);
  return done;
}
