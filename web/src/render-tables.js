// Renders the three rebuilt tables from the result JSON as real tables in the statutory layout.
// Every value cell carries data-cell="<table>:<row_key>:<column>" and, when findings touch it,
// data-severity (the worst one). Text only goes in through textContent.
import {
  TABLE_NAMES, ACTIVE_BLOCKS, ACTIVE_GRID_COLUMNS, activeColumns,
  REQUEST_COLUMNS, REQUEST_CORNER_NOTE, REQUEST_ORG_COLUMNS, REQUEST_TOP_ROWS, REQUEST_RESULTS_LABEL,
  REQUEST_RESULT_ROWS, REQUEST_GROUPS, REQUEST_GROUP_ROWS, REVIEW_GROUPS, REVIEW_COLUMNS, SEVERITY_ORDER,
} from './layout.js';

const RANK = { error: 3, warning: 2, info: 1 };

export function cellId(table, row, column) {
  return `${table}:${row}:${column}`;
}

// Map "table:row:column" -> worst severity among the findings that name the cell.
export function cellSeverities(findings) {
  const map = new Map();
  for (const f of findings || []) {
    if (!f || !f.table || !Array.isArray(f.cells)) continue;
    for (const c of f.cells) {
      if (!Array.isArray(c) || c.length < 2) continue;
      const id = cellId(f.table, c[0], c[1]);
      const old = map.get(id);
      if (!old || (RANK[f.severity] || 0) > (RANK[old] || 0)) map.set(id, f.severity);
    }
  }
  return map;
}

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      e.setAttribute(k, String(v));
    }
  }
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

export function formatValue(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 10000) / 10000);
  return String(v);
}

function valueCell(table, row, column, value, severities, extra) {
  const id = cellId(table, row, column);
  const td = el('td', { 'data-cell': id, 'data-severity': severities.get(id), ...(extra || {}) });
  if (value === null || value === undefined) {
    td.classList.add('missing');
    td.textContent = '—';
    td.title = '未读出';
  } else {
    td.textContent = formatValue(value);
  }
  return td;
}

function section(table, heading) {
  const s = el('section', { class: 'table-block', 'data-table': table });
  s.append(el('h3', null, heading));
  return s;
}

function absent(table) {
  const s = section(table, TABLE_NAMES[table]);
  s.append(el('p', { class: 'absent' }, '报告中未找到此表。'));
  return s;
}

// ---- 表二 ----
function renderActive(tables, format, severities) {
  const data = tables.active;
  if (!data || typeof data !== 'object') return absent('active');
  const s = section('active', TABLE_NAMES.active);
  const t = el('table', { class: 'stat', id: 'table-active' });
  const grid = ACTIVE_GRID_COLUMNS;
  for (const [block, rows] of Object.entries(data)) {
    if (!rows || typeof rows !== 'object') continue;
    const b = ACTIVE_BLOCKS[block];
    const tbody = el('tbody', { 'data-block': block });
    const cap = el('tr', { class: 'caption' });
    cap.append(el('th', { colspan: grid + 1, scope: 'colgroup' }, b ? b.caption : block));
    tbody.append(cap);
    let cols = activeColumns(block, format);
    const width = Math.max(0, ...Object.values(rows).map((r) => (Array.isArray(r) ? r.length : 0)));
    if (cols.length !== width) cols = Array.from({ length: width }, (_, i) => cols[i] || `第${i + 1}列`);
    const head = el('tr', { class: 'head' });
    head.append(el('th', { scope: 'col' }, '信息内容'));
    cols.forEach((c, i) => {
      const span = i === cols.length - 1 ? grid - cols.length + 1 : 1;
      head.append(el('th', { scope: 'col', colspan: span > 1 ? span : null }, c));
    });
    tbody.append(head);
    for (const [rowKey, values] of Object.entries(rows)) {
      const tr = el('tr');
      const label = b && b.rows[rowKey];
      tr.append(el('th', { scope: 'row' }, typeof label === 'object' ? label[format] || label['2021'] : label || rowKey));
      const vals = Array.isArray(values) ? values : [];
      const n = Math.max(vals.length, 1);
      for (let i = 0; i < n; i++) {
        const span = i === n - 1 ? grid - n + 1 : 1;
        tr.append(valueCell('active', `${block}.${rowKey}`, i, vals[i], severities, { colspan: span > 1 ? span : null }));
      }
      tbody.append(tr);
    }
    t.append(tbody);
  }
  s.append(t);
  return s;
}

// ---- 表三 ----
function requestRowKind(key) {
  if (REQUEST_TOP_ROWS[key]) return 'top';
  const dot = key.indexOf('.');
  if (dot > 0 && REQUEST_GROUPS[key.slice(0, dot)]) return 'group';
  return 'result';
}

function renderRequests(tables, severities) {
  const data = tables.requests;
  if (!data || typeof data !== 'object' || !data.rows) return absent('requests');
  const s = section('requests', TABLE_NAMES.requests);
  const t = el('table', { class: 'stat', id: 'table-requests' });
  const columns = Array.isArray(data.columns) && data.columns.length ? data.columns : Object.keys(REQUEST_COLUMNS);
  const thead = el('thead');
  const standard = columns.length === 7 && columns[0] === 'natural_person' && columns[6] === 'total' &&
    REQUEST_ORG_COLUMNS.every((c, i) => columns[i + 1] === c);
  if (standard) {
    const r1 = el('tr');
    r1.append(el('th', { colspan: 3, rowspan: 3, class: 'corner' }, REQUEST_CORNER_NOTE));
    r1.append(el('th', { colspan: 7, scope: 'colgroup' }, '申请人情况'));
    const r2 = el('tr');
    r2.append(el('th', { rowspan: 2, scope: 'col' }, REQUEST_COLUMNS.natural_person));
    r2.append(el('th', { colspan: 5, scope: 'colgroup' }, '法人或其他组织'));
    r2.append(el('th', { rowspan: 2, scope: 'col' }, REQUEST_COLUMNS.total));
    const r3 = el('tr');
    for (const c of REQUEST_ORG_COLUMNS) r3.append(el('th', { scope: 'col' }, REQUEST_COLUMNS[c]));
    thead.append(r1, r2, r3);
  } else {
    const r = el('tr');
    r.append(el('th', { colspan: 3, class: 'corner' }, REQUEST_CORNER_NOTE));
    for (const c of columns) r.append(el('th', { scope: 'col' }, REQUEST_COLUMNS[c] || c));
    thead.append(r);
  }
  t.append(thead);

  const keys = Object.keys(data.rows);
  const tbody = el('tbody');
  const resultCount = keys.filter((k) => requestRowKind(k) !== 'top').length;
  let resultsLabelDone = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const kind = requestRowKind(key);
    const tr = el('tr', { 'data-row': key });
    if (kind === 'top') {
      tr.append(el('th', { colspan: 3, scope: 'row' }, REQUEST_TOP_ROWS[key]));
    } else {
      if (!resultsLabelDone) {
        tr.append(el('th', { rowspan: resultCount, scope: 'rowgroup', class: 'vgroup' }, REQUEST_RESULTS_LABEL));
        resultsLabelDone = true;
      }
      if (kind === 'group') {
        const g = key.slice(0, key.indexOf('.'));
        const prev = i > 0 ? keys[i - 1] : '';
        if (!prev.startsWith(g + '.')) {
          let n = 0;
          while (i + n < keys.length && keys[i + n].startsWith(g + '.')) n++;
          tr.append(el('th', { rowspan: n, scope: 'rowgroup', class: 'group' }, REQUEST_GROUPS[g]));
        }
        tr.append(el('th', { scope: 'row', class: 'item' }, REQUEST_GROUP_ROWS[key] || key));
      } else {
        tr.append(el('th', { colspan: 2, scope: 'row' }, REQUEST_RESULT_ROWS[key] || key));
      }
    }
    const values = Array.isArray(data.rows[key]) ? data.rows[key] : [];
    for (let c = 0; c < columns.length; c++) tr.append(valueCell('requests', key, c, values[c], severities));
    tbody.append(tr);
  }
  t.append(tbody);
  s.append(t);
  return s;
}

// ---- 表四 ----
function renderReview(tables, severities) {
  const data = tables.review_litigation;
  if (!data || typeof data !== 'object') return absent('review_litigation');
  const s = section('review_litigation', TABLE_NAMES.review_litigation);
  const t = el('table', { class: 'stat', id: 'table-review' });
  const groups = Object.keys(data);
  const colsOf = (g) => (data[g] && typeof data[g] === 'object' ? Object.keys(data[g]) : []);
  const standard = groups.length === 3 && groups[0] === 'review' && groups[1] === 'litigation_direct' &&
    groups[2] === 'litigation_after_review';
  const thead = el('thead');
  if (standard) {
    const r1 = el('tr');
    const n0 = colsOf('review').length, n1 = colsOf('litigation_direct').length, n2 = colsOf('litigation_after_review').length;
    r1.append(el('th', { colspan: n0, scope: 'colgroup' }, REVIEW_GROUPS.review));
    r1.append(el('th', { colspan: n1 + n2, scope: 'colgroup' }, '行政诉讼'));
    const r2 = el('tr');
    for (const c of colsOf('review')) r2.append(el('th', { rowspan: 2, scope: 'col', class: 'vtext' }, REVIEW_COLUMNS[c] || c));
    r2.append(el('th', { colspan: n1, scope: 'colgroup' }, REVIEW_GROUPS.litigation_direct));
    r2.append(el('th', { colspan: n2, scope: 'colgroup' }, REVIEW_GROUPS.litigation_after_review));
    const r3 = el('tr');
    for (const g of ['litigation_direct', 'litigation_after_review']) {
      for (const c of colsOf(g)) r3.append(el('th', { scope: 'col', class: 'vtext' }, REVIEW_COLUMNS[c] || c));
    }
    thead.append(r1, r2, r3);
  } else {
    const r1 = el('tr'), r2 = el('tr');
    for (const g of groups) {
      r1.append(el('th', { colspan: colsOf(g).length || 1 }, REVIEW_GROUPS[g] || g));
      for (const c of colsOf(g)) r2.append(el('th', { scope: 'col' }, REVIEW_COLUMNS[c] || c));
    }
    thead.append(r1, r2);
  }
  t.append(thead);
  const tbody = el('tbody');
  const tr = el('tr');
  for (const g of groups) for (const c of colsOf(g)) tr.append(valueCell('review_litigation', g, c, data[g][c], severities));
  tbody.append(tr);
  t.append(tbody);
  s.append(t);
  return s;
}

// The core's smallest fix (requests.suggested_fix, details.fixes) shown beside the cells it
// would change: "→ 1". The page only displays what the core computed.
function markSuggestedFixes(container, findings) {
  const reviewKeys = Object.keys(REVIEW_COLUMNS);
  for (const f of findings || []) {
    const fixes = f && f.details && Array.isArray(f.details.fixes) ? f.details.fixes : null;
    if (!fixes || !fixes.length || !Array.isArray(fixes[0])) continue;
    for (const change of fixes[0]) {
      const column = f.table === 'review_litigation' ? reviewKeys[change.column] : change.column;
      const td = container.querySelector(`td[data-cell="${CSS.escape(cellId(f.table, change.row, column))}"]`);
      if (!td) continue;
      const hint = el('span', { class: 'suggest', 'data-rule': f.rule }, `→ ${formatValue(change.to)}`);
      hint.title = `建议改为 ${formatValue(change.to)}（${fixes.length > 1 ? '方案 1，共 ' + fixes.length + ' 种' : '唯一方案'}）`;
      td.append(hint);
    }
  }
}

export function renderTables(container, result) {
  const severities = cellSeverities(result.findings);
  const tables = result.tables || {};
  const format = (result.meta && result.meta.format) || '2021';
  container.replaceChildren(
    renderActive(tables, format, severities),
    renderRequests(tables, severities),
    renderReview(tables, severities),
  );
  markSuggestedFixes(container, result.findings);
  return severities;
}

export { SEVERITY_ORDER };
