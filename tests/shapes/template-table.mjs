// Table 三 as some templates print it (format.md §6.1, "non-standard extra structure"): the
// model's non-statutory subtotal column of the organisations' columns right before the total
// column, and a subtotal row after the rows of each group of results (the denied, the unable …),
// labelled with the same word. The statutory cells keep their gold values; the added ones are the
// sums they stand for.

// The model with table 三 of `formatId` printed so, for statutory-table.js to render.
export function templateModel(model, formatId) {
  const copy = structuredClone(model);
  const format = copy.formats.find((f) => f.id === formatId);
  const spec = format.tables.requests;
  const subtotal = spec.nonstatutory_columns[0];
  const total = spec.columns.length - 1;
  spec.columns.splice(total, 0, subtotal);
  spec.header[0][0].colspan += 1;
  spec.header[1].find((h) => h.colspan > 1).colspan += 1;   // the organisations' band over one column more
  spec.header[2].push({ label: subtotal.label, column: subtotal.key });
  // A subtotal row after the last data row of each group of two or more rows under the results.
  const rows = [];
  for (const [i, row] of spec.rows.entries()) {
    rows.push(row);
    const next = spec.rows[i + 1];
    const group = row.parent && spec.rows.find((r) => r.key === row.parent);
    if (!row.data || !group || !group.parent || (next && next.parent === row.parent)) continue;
    if (spec.rows.filter((r) => r.data && r.parent === row.parent).length < 2) continue;
    rows.push({ key: `${group.key}.subtotal`, number: '', label: subtotal.label, display: subtotal.label, data: true,
      parent: group.key });
  }
  spec.rows = rows;
  return copy;
}

// The gold rows of table 三 with the subtotal cell in each row and the subtotal rows, for
// `templated` (templateModel's).
export function templateValues(templated, formatId, requests) {
  const spec = templated.formats.find((f) => f.id === formatId).tables.requests;
  const withSubtotal = (row) => row && [...row.slice(0, -1), row.slice(1, -1).reduce((a, b) => a + b, 0), row[row.length - 1]];
  const out = {};
  for (const row of spec.rows.filter((r) => r.data)) {
    if (row.key.endsWith('.subtotal')) {
      const group = row.key.slice(0, -'.subtotal'.length);
      const parts = spec.rows.filter((r) => r.parent === group && r.data && !r.key.endsWith('.subtotal')).map((r) => requests[r.key]);
      out[row.key] = parts.some((p) => !p) ? null : withSubtotal(parts.reduce((a, p) => a.map((v, i) => v + p[i])));
    } else out[row.key] = withSubtotal(requests[row.key]);
  }
  return out;
}
