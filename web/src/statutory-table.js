// The statutory layout of the three tables, built from the format model the core exports
// (`model()` in wasm, `xxgk-lint --model`): header bands with their spans, the row labels'
// hierarchy (三、本年度办理结果 over its rows, （三）不予公开 over 1.–8.), one value cell per
// data cell. No label is declared here. Used by the page (render, copy as a table, print) and by
// the test tools that turn gold values into documents; pure functions, no DOM.
//
//   layoutTable(model, formatId, tableId, values) → { title, rows: [[cell…]…] }
//     cell: { header: bool, text, colspan, rowspan, ref: {table, row, column} | null, cls }
//     values: the result JSON's tables.<id> (or a gold file's table: same keys)
//   tableHtml(model, formatId, tableId, values, options) → '<table>…</table>'
//     options.cellAttributes(ref, value) → {name: value} extra attributes of a value cell
//     options.formatValue(value) → text of a value cell (default: the number, '' when null)
//   tableLines(model, formatId, tableId, values) → [line…] the table's text as Word copies it:
//     one line a row, a TAB between the row's cells, a merged cell once (the clipboard's plain
//     text, and the text the hand-filled form is checked as: the core reads it like a paste)
//   tableGrid(model, formatId, tableId, values) → [[text…]…] the same table as a rectangle: a
//     merged cell's text in its top-left position, '' in the positions it covers (CSV columns)
//   cellLabel(model, formatId, ref) → {table, row, column} the statutory names of a value cell
//   formatLabel(model, formatId) → '2021 年格式（国办公开办函〔2021〕30号）'

export function formatOf(model, formatId) {
  const formats = (model && model.formats) || [];
  return formats.find((f) => f.id === formatId) || formats[formats.length - 1];
}

const cell = (header, text, extra = {}) => ({ header, text: text ?? '', colspan: 1, rowspan: 1, ref: null, cls: '', ...extra });

// The numbers of a row of table 三 from the result (tables.requests.rows) or a gold file (the rows).
function requestValues(values, key) {
  const rows = values && (values.rows || values);
  const v = rows && rows[key];
  return Array.isArray(v) ? v : null;
}

function layoutActive(spec, values) {
  const width = Math.max(...spec.blocks.map((b) => b.columns.length));
  const rows = [];
  for (const block of spec.blocks) {
    rows.push([cell(true, block.caption, { colspan: width + 1, cls: 'caption' })]);
    const head = [cell(true, block.label_header, { cls: 'label-header' })];
    block.columns.forEach((c, i) => {
      const last = i === block.columns.length - 1;
      head.push(cell(true, c.label, { colspan: last ? width - block.columns.length + 1 : 1 }));
    });
    rows.push(head);
    const blockValues = values && values[block.key];
    for (const r of block.rows) {
      const v = blockValues && Array.isArray(blockValues[r.key]) ? blockValues[r.key] : null;
      const row = [cell(true, r.label, { cls: 'row-label' })];
      block.columns.forEach((c, i) => {
        const last = i === block.columns.length - 1;
        row.push(cell(false, null, {
          colspan: last ? width - block.columns.length + 1 : 1,
          ref: { table: 'active', row: `${block.key}.${r.key}`, column: i },
          value: v ? v[i] ?? null : null,
        }));
      });
      rows.push(row);
    }
  }
  return rows;
}

function layoutRequests(spec, values) {
  const byKey = new Map(spec.rows.map((r) => [r.key, r]));
  const ancestors = (r) => {
    const out = [];
    for (let p = r.parent && byKey.get(r.parent); p; p = p.parent && byKey.get(p.parent)) out.unshift(p);
    return out;
  };
  const dataRows = spec.rows.filter((r) => r.data);
  const under = (group) => dataRows.filter((r) => ancestors(r).includes(group)).length;
  const rows = [];
  spec.header.forEach((band, i) => {
    const row = [];
    if (i === 0) {
      row.push(cell(true, spec.corner, { colspan: spec.label_columns, rowspan: spec.header.length, cls: 'corner' }));
    }
    for (const h of band) row.push(cell(true, h.label, { colspan: h.colspan || 1, rowspan: h.rowspan || 1 }));
    rows.push(row);
  });
  const opened = new Set();
  for (const r of dataRows) {
    const row = [];
    const chain = ancestors(r);
    for (const a of chain) {
      if (opened.has(a.key)) continue;
      opened.add(a.key);
      row.push(cell(true, a.display, { rowspan: under(a), cls: chain[0] === a ? 'vgroup' : 'group' }));
    }
    row.push(cell(true, r.display, { colspan: spec.label_columns - chain.length, cls: 'row-label' }));
    const v = requestValues(values, r.key);
    spec.columns.forEach((c, i) => {
      row.push(cell(false, null, { ref: { table: 'requests', row: r.key, column: i }, value: v ? v[i] ?? null : null }));
    });
    rows.push(row);
  }
  return rows;
}

function layoutReview(spec, values) {
  const rows = spec.header.map((band) => band.map((h) =>
    cell(true, h.label, { colspan: h.colspan || 1, rowspan: h.rowspan || 1, cls: h.column ? 'vtext' : '' })));
  const data = [];
  for (const g of spec.groups) {
    const v = values && values[g.key];
    for (const c of spec.columns) {
      data.push(cell(false, null, {
        ref: { table: 'review_litigation', row: g.key, column: c.key },
        value: v && typeof v === 'object' ? v[c.key] ?? null : null,
      }));
    }
  }
  rows.push(data);
  return rows;
}

export function layoutTable(model, formatId, tableId, values) {
  const format = formatOf(model, formatId);
  const spec = format.tables[tableId];
  const rows = tableId === 'active' ? layoutActive(spec, values)
    : tableId === 'requests' ? layoutRequests(spec, values)
      : layoutReview(spec, values);
  return { title: spec.title, short: spec.short, name: spec.name, format: format.id, rows };
}

const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;');

export function defaultFormatValue(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  return String(v);
}

export function tableHtml(model, formatId, tableId, values, options = {}) {
  const { rows } = layoutTable(model, formatId, tableId, values);
  const formatValue = options.formatValue || defaultFormatValue;
  const attrs = (o) => Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  const body = rows.map((row) => '<tr>' + row.map((c) => {
    const tag = c.header ? 'th' : 'td';
    const base = { colspan: c.colspan > 1 ? c.colspan : null, rowspan: c.rowspan > 1 ? c.rowspan : null,
      class: c.cls || null };
    const extra = !c.header && options.cellAttributes ? options.cellAttributes(c.ref, c.value) : {};
    const text = c.header ? c.text : formatValue(c.value);
    return `<${tag}${attrs({ ...base, ...extra })}>${escapeHtml(text)}</${tag}>`;
  }).join('') + '</tr>').join('');
  return `<table${attrs(options.tableAttributes || {})}>${body}</table>`;
}

export function tableLines(model, formatId, tableId, values, formatValue = defaultFormatValue) {
  return layoutTable(model, formatId, tableId, values).rows.map((row) =>
    row.map((c) => (c.header ? c.text : formatValue(c.value)).replace(/[\t\r\n]+/g, ' ')).join('\t'));
}

export function tableGrid(model, formatId, tableId, values, formatValue = defaultFormatValue) {
  const { rows } = layoutTable(model, formatId, tableId, values);
  const grid = rows.map(() => []);
  const covered = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cellSpec of row) {
      while (covered[r][c]) c++;
      for (let dr = 0; dr < cellSpec.rowspan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cellSpec.colspan; dc++) {
          covered[r + dr][c + dc] = true;
          grid[r + dr][c + dc] = '';
        }
      }
      grid[r][c] = cellSpec.header ? cellSpec.text : formatValue(cellSpec.value);
      c += cellSpec.colspan;
    }
  });
  return grid.map((row) => Array.from(row, (t) => t ?? ''));
}

export function cellLabel(model, formatId, ref) {
  const format = formatOf(model, formatId);
  const spec = format && format.tables[ref.table];
  if (!spec) return { table: ref.table, row: String(ref.row), column: String(ref.column ?? '') };
  if (ref.table === 'active') {
    const [blockKey, rowKey] = String(ref.row).split('.');
    const block = spec.blocks.find((b) => b.key === blockKey);
    const row = block && block.rows.find((r) => r.key === rowKey);
    const column = block && block.columns[ref.column];
    return { table: spec.short, row: row ? `${block.caption} ${row.label}` : String(ref.row),
      column: column ? column.name || column.label : '' };
  }
  if (ref.table === 'requests') {
    const row = spec.rows.find((r) => r.key === ref.row);
    const parent = row && row.parent && spec.rows.find((r) => r.key === row.parent);
    const rowName = row ? (parent && parent.parent ? `${parent.display} ${row.display}` : row.display) : String(ref.row);
    const column = spec.columns[ref.column];
    return { table: spec.short, row: rowName, column: column ? column.name || column.label : '' };
  }
  const group = spec.groups.find((g) => g.key === ref.row);
  const column = typeof ref.column === 'number' ? spec.columns[ref.column] : spec.columns.find((c) => c.key === ref.column);
  return { table: spec.short, row: group ? group.name || group.label : String(ref.row),
    column: column ? column.label : String(ref.column ?? '') };
}

export function formatLabel(model, formatId) {
  const format = (model && model.formats || []).find((f) => f.id === formatId);
  return format ? `${format.id} 年格式（${format.notice}）` : String(formatId ?? '');
}
