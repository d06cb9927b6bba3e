// The batch's summary table: one row per report with the core's summary values (file, agency,
// year, format, errors, warnings, each indicator, the year pair), sortable by each column (the
// header's button: click, Enter or Space; again for the other direction); a row's file button (or
// a click anywhere on the row) opens that report's full view.
//
//   const table = summaryTable(container, { onOpen(record), formatTitle(formatId) })
//   table.show(columns, records)   the core's summary columns, the batch's records
//   table.update(records)          records (re)checked
//   table.sortBy(key)              as a click on that column's header
//   table.markOpened(record)
//   table.clear()
import { SEVERITY_NAMES } from './words.js';
import { el } from './dom.js';

// The page's words for the summary's own columns; indicator columns are named by the core.
const WORDS = {
  file: '文件', agency: '机关', year: '年度', format: '格式',
  errors: SEVERITY_NAMES.error, warnings: SEVERITY_NAMES.warning, previous_file: '上年度报告',
};
const LEADING = ['file', 'agency', 'year', 'format', 'errors', 'warnings'];

const number = (v) => (v === null || v === undefined ? '' : String(v));

export function summaryTable(container, { onOpen, formatTitle }) {
  let shown = [];            // [{key, header, definition, at}] the columns shown, `at` in the core's row
  let messageAt = -1;        // the core's message column: why a file could not be read
  let records = [];
  let sort = { key: null, descending: false };
  const rows = new Map();    // record → <tr>
  const table = el('table', { class: 'batch-table' });
  const thead = el('thead');
  const tbody = el('tbody');
  table.append(thead, tbody);
  container.replaceChildren(table);

  function show(columns, list) {
    const at = (key) => columns.findIndex((c) => c.key === key);
    shown = [...LEADING, ...columns.filter((c) => c.definition).map((c) => c.key), 'previous_file']
      .map((key) => ({ ...columns[at(key)], at: at(key) }));
    messageAt = at('message');
    records = list;
    rows.clear();
    const tr = el('tr');
    for (const c of shown) {
      const th = el('th', { scope: 'col', 'data-column': c.key, 'aria-sort': 'none', title: c.definition });
      const button = el('button', { type: 'button', class: 'sort' }, WORDS[c.key] || c.header);
      button.addEventListener('click', () => sortBy(c.key));
      th.append(button);
      tr.append(th);
    }
    thead.replaceChildren(tr);
    tbody.replaceChildren();
    update(records);
  }

  function cell(record, column) {
    const value = record.summary[column.at] || { text: '' };
    const td = el('td', { 'data-column': column.key });
    if (column.key === 'file' && record.status !== 'ok') {
      td.textContent = record.path;
    } else if (column.key === 'file') {
      const open = el('button', { type: 'button', class: 'open', title: `打开 ${record.path}` }, record.path);
      open.addEventListener('click', (e) => { e.stopPropagation(); onOpen(record); });
      td.append(open);
    } else if (column.key === 'previous_file') {
      td.textContent = value.text ? value.text.split('/').pop() : '';
      if (value.text) td.title = value.text;
    } else {
      td.textContent = value.text;
      if (column.key === 'format' && value.text) td.title = formatTitle(value.text);
      const metric = column.definition && record.metrics[column.key];
      if (metric) td.title = metricTitle(column, metric);
    }
    if (value.number !== undefined) td.dataset.number = String(value.number);
    return td;
  }

  function metricTitle(column, m) {
    const lines = [`${column.header}：${column.definition}`];
    if (m.numerator !== null || m.denominator !== null) lines.push(`分子 ${number(m.numerator)}，分母 ${number(m.denominator)}`);
    if (m.previous !== null && m.previous !== undefined) lines.push(`上年度 ${number(m.previous)}，变化 ${number(m.change)}`);
    return lines.join('\n');
  }

  function update(list) {
    for (const record of list) row(record);
    if (sort.key) place();
  }

  function row(record) {
    const tr = el('tr', { 'data-file': record.path, 'data-index': record.index });
    if (!record.summary) {
      tr.dataset.status = 'pending';
      tr.append(el('td', { 'data-column': 'file' }, record.path), el('td', { colspan: shown.length - 1, class: 'pending' },
        record.cancelled ? '未检查（已取消）' : '等待检查…'));
    } else if (record.status !== 'ok') {
      tr.dataset.status = 'unreadable';
      tr.append(cell(record, shown[0]), el('td', { colspan: shown.length - 1, class: 'reason', 'data-column': 'message' },
        `无法读取：${record.summary[messageAt].text}`));
    } else {
      tr.dataset.status = 'ok';
      for (const c of shown) tr.append(cell(record, c));
      tr.addEventListener('click', () => onOpen(record));
    }
    const old = rows.get(record);
    if (old) old.replaceWith(tr); else tbody.append(tr);
    rows.set(record, tr);
  }

  // The rows in the sort's order: numbers as numbers, text in Chinese collation, empty cells last,
  // ties in checking order.
  function place() {
    const i = shown.findIndex((c) => c.key === sort.key);
    const column = shown[i];
    const key = (r) => {
      if (!r.summary) return null;
      const v = r.summary[column.at] || {};
      if (v.number !== undefined) return v.number;
      return v.text === '' || v.text === undefined ? null : v.text;
    };
    const sign = sort.descending ? -1 : 1;
    const ordered = [...records].sort((a, b) => {
      const x = key(a), y = key(b);
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return c ? sign * c : a.index - b.index;
    });
    for (const r of ordered) tbody.append(rows.get(r));
  }

  function sortBy(key) {
    sort = { key, descending: sort.key === key ? !sort.descending : false };
    for (const th of thead.querySelectorAll('th')) {
      th.setAttribute('aria-sort', th.dataset.column === key ? (sort.descending ? 'descending' : 'ascending') : 'none');
    }
    place();
  }

  function clear() {
    records = [];
    rows.clear();
    sort = { key: null, descending: false };
    thead.replaceChildren();
    tbody.replaceChildren();
  }

  function markOpened(record) {
    for (const tr of tbody.querySelectorAll('tr[aria-current]')) tr.removeAttribute('aria-current');
    const tr = rows.get(record);
    if (tr) tr.setAttribute('aria-current', 'true');
  }

  return { show, update, sortBy, markOpened, clear };
}
