// Rebuilds lines of text from positioned text items (pdf.js getTextContent() items):
// items are grouped into lines by baseline (within a tolerance), sorted by x, and a
// tab is put between two items whose gap is wider than about one character, so that
// table cells keep their separation. A row label that wrapped inside its cell, with the
// row's numbers centred between its lines, is put back together on the numbers' line.

const isWide = (ch) => ch !== undefined && ch.codePointAt(0) >= 0x2e80;

/**
 * items: [{ str, x, y, width, size }] in page coordinates (y grows upwards).
 * Returns the page's lines, top to bottom.
 */
export function itemsToLines(items) {
  const rows = [];
  const sorted = items
    .filter((it) => it.str && it.str.trim())
    .sort((a, b) => b.y - a.y || a.x - b.x);
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - it.y) <= 0.45 * Math.min(row.size, it.size)) {
      row.items.push(it);
      row.size = Math.max(row.size, it.size);
    } else {
      rows.push({ y: it.y, size: it.size, items: [it] });
    }
  }
  mergeWrappedLabels(rows);
  return rows.map(({ items }) => rowCells(items).map((c) => c.str.trim()).join('\t'));
}

// Joins a row's items into cells: a new cell after a gap wider than about one character
// (the narrower neighbour's average glyph width, at most 0.3 em; pdf.js already merges
// glyphs with ordinary word spacing into one item). Returns [{ str, x, width, size }].
function rowCells(items) {
  const cells = [];
  let prev = null;
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const cell = cells[cells.length - 1];
    const gap = prev ? it.x - (prev.x + prev.width) : Infinity;
    if (gap > 0.9 * Math.min(prev ? charWidth(prev) : 0, charWidth(it), it.size / 3) || !cell) {
      cells.push({ str: it.str, x: it.x, width: it.width, size: it.size });
    } else {
      const space = gap > 0.2 * it.size && !(isWide(cell.str[cell.str.length - 1]) && isWide(it.str[0]))
        && !/\s$/.test(cell.str) && !/^\s/.test(it.str);
      cell.str += (space ? ' ' : '') + it.str;
      cell.width = Math.max(cell.width, it.x + it.width - cell.x);
    }
    if (!prev || it.x + it.width > prev.x + prev.width) prev = it;
  }
  return cells.filter((c) => c.str.trim());
}

const NUMBER = /^\s*\d+([.,]\d+)*\s*(万元|%)?\s*$/;
const joinWrapped = (a, b) => (isWide(a[a.length - 1]) && isWide(b[0]) ? a + b : a + ' ' + b);

// A table row whose label wrapped over 2k lines (or 2k+1, the middle one on the numbers'
// baseline) gives k label-only lines above the numbers and k below, all left of the numbers.
// Those lines are joined into the numbers' line, cell by cell (cells found by x overlap).
function mergeWrappedLabels(rows) {
  for (let i = 0; i < rows.length; i++) {
    const n = rows[i];
    const nums = rowCells(n.items).filter((c) => NUMBER.test(c.str));
    if (nums.length < 2) continue;
    const x0 = Math.min(...nums.map((c) => c.x));
    if (n.items.some((it) => it.x >= x0 && !NUMBER.test(it.str))) continue;
    const fits = (r, next) => r && !r.merged && Math.abs(r.y - next.y) <= 2 * n.size
      && r.items.every((it) => it.x + it.width <= x0 + 1) && !rowCells(r.items).some((c) => NUMBER.test(c.str));
    let up = 0, down = 0;
    while (up < 3 && fits(rows[i - up - 1], rows[i - up])) up++;
    while (down < 3 && fits(rows[i + down + 1], rows[i + down])) down++;
    const k = Math.min(up, down);
    if (!k || Math.abs((rows[i - k].y + rows[i + k].y) / 2 - n.y) > 0.35 * n.size) continue;
    const text = [
      ...rows.slice(i - k, i).map((r) => r.items),
      n.items.filter((it) => it.x < x0),
      ...rows.slice(i + 1, i + k + 1).map((r) => r.items),
    ].flatMap(rowCells);
    const cells = [];
    for (const it of text) {
      const c = cells.find((c) => Math.min(c.x + c.width, it.x + it.width) > Math.max(c.x, it.x));
      if (!c) { cells.push({ ...it, y: n.y }); continue; }
      const end = Math.max(c.x + c.width, it.x + it.width);
      c.str = joinWrapped(c.str, it.str);
      c.x = Math.min(c.x, it.x);
      c.width = end - c.x;
    }
    n.items = [...cells, ...n.items.filter((it) => it.x >= x0)];
    n.merged = true;
    rows.splice(i + 1, k);
    rows.splice(i - k, k);
    i -= k;
  }
}

function charWidth(it) {
  const n = [...it.str].length;
  return n && it.width > 0 ? it.width / n : it.size / 2;
}

/** Converts a pdf.js text item to { str, x, y, width, size } (horizontal text only). */
export function fromPdfjsItem(item) {
  const [a, b, c, d, e, f] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
  return { str: item.str, x: e, y: f, width: item.width, size };
}
