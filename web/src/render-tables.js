// The three tables as the page shows them: the statutory layout of each table's OWN format
// (tables.<id>.format: a report may mix the formats), built from the model by statutory-table.js.
// Every value cell carries data-cell="<table>:<row>:<column>" and, when findings name it,
// data-severity (the worst). Text goes in through textContent only.
import { formatOf, layoutTable, formatLabel, defaultFormatValue } from './statutory-table.js';
import { bestFix } from './finding-groups.js';
import { el } from './dom.js';

export const TABLE_IDS = ['active', 'requests', 'review_litigation'];
const RANK = { error: 3, warning: 2, info: 1 };

export const cellId = (table, row, column) => `${table}:${row}:${column}`;
export const refId = (ref) => cellId(ref.table, ref.row, ref.column);

// "table:row:column" → the worst severity among the findings that name the cell.
function cellSeverities(findings) {
  const map = new Map();
  for (const f of findings || []) {
    if (!f || !f.table || !Array.isArray(f.cells)) continue;
    for (const c of f.cells) {
      const id = cellId(f.table, c[0], c[1]);
      const old = map.get(id);
      if (!old || (RANK[f.severity] || 0) > (RANK[old] || 0)) map.set(id, f.severity);
    }
  }
  return map;
}

// The statutory table as DOM; valueCell(cell) → the <td> of a value cell (cell.ref, cell.value).
export function statutoryTable(layout, valueCell, attrs) {
  const table = el('table', { class: 'stat', ...attrs });
  const body = el('tbody');
  for (const row of layout.rows) {
    const tr = el('tr');
    for (const c of row) {
      const spans = { colspan: c.colspan > 1 ? c.colspan : null, rowspan: c.rowspan > 1 ? c.rowspan : null };
      if (c.header) {
        tr.append(el('th', { ...spans, class: c.cls || null, scope: c.cls === 'row-label' ? 'row' : null }, c.text));
      } else {
        const td = valueCell(c);
        for (const [k, v] of Object.entries(spans)) if (v) td.setAttribute(k, String(v));
        tr.append(td);
      }
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

export function tableHeading(model, formatId, tableId) {
  const spec = formatOf(model, formatId).tables[tableId];
  const h = el('h3', null, `${spec.short}　${spec.name}`);
  if (formatId) h.append(el('span', { class: 'table-format', 'data-format': formatId }, formatLabel(model, formatId)));
  return h;
}

// Cells of rows printed without their blank cells, placed by order: their column is a guess.
function guessedCells(result, table) {
  const cov = result.coverage && result.coverage[table];
  return new Set(((cov && cov.columns_guessed) || []).map(([row, column]) => cellId(table, row, column)));
}

function resultCell(tableValues, severities, guessed) {
  return (c) => {
    const id = refId(c.ref);
    const td = el('td', { 'data-cell': id, 'data-severity': severities.get(id) });
    if (guessed.has(id)) {
      td.classList.add('guessed');
      td.title = '该行空白单元格的位置未保留，数字按勾稽关系依次放置，所在列未能确定，请对照原表核实';
    }
    if (c.value === null || c.value === undefined) {
      td.classList.add('missing');
      td.textContent = guessed.has(id) ? '?' : '—';
      td.title = td.title || '未读出';
    } else {
      td.textContent = defaultFormatValue(c.value) + (guessed.has(id) ? '?' : '');
    }
    return td;
  };
}

// The core's best fix shown beside the cells it would change ("→ 26").
function markFixes(container, findings) {
  for (const f of findings || []) {
    const best = bestFix(f);
    if (!best) continue;
    for (const change of best) {
      const td = container.querySelector(`td[data-cell="${CSS.escape(cellId(f.table, change.row, change.column))}"]`);
      if (td) td.append(el('span', { class: 'suggest', title: '建议的修改' }, `→ ${defaultFormatValue(change.to)}`));
    }
  }
}

export function renderTables(container, result, model) {
  const severities = cellSeverities(result.findings);
  const tables = result.tables || {};
  const blocks = TABLE_IDS.map((id) => {
    const values = tables[id];
    const formatId = (values && values.format) || (result.meta && result.meta.format) || null;
    const section = el('section', { class: 'table-block', 'data-table': id, 'data-format': values ? values.format : null });
    section.append(tableHeading(model, formatId, id));
    if (!values) {
      section.append(el('p', { class: 'absent' }, '报告中未读出此表。'));
      return section;
    }
    const layout = layoutTable(model, values.format, id, values);
    const wrap = el('div', { class: 'table-scroll' });
    wrap.append(statutoryTable(layout, resultCell(values, severities, guessedCells(result, id)), { id: `table-${id}` }));
    section.append(wrap);
    return section;
  });
  container.replaceChildren(...blocks);
  markFixes(container, result.findings);
  return severities;
}
