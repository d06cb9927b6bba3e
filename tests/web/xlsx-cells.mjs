// The cells of an .xlsx file, read with node's zlib (no package): {sheet name: {"A1": text, …}}.
// Shared strings resolved; numbers as their <v> text. Enough for the workbooks xxgk-lint writes.
import { inflateRawSync } from 'node:zlib';

// {name: Buffer} of a zip file, from its central directory (sizes there are always right).
export function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = {};
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10), size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28), extra = buf.readUInt16LE(at + 30), comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(data, data + size);
    files[name] = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function xlsxCells(buf) {
  const files = unzip(buf);
  const shared = files['xl/sharedStrings.xml']
    ? [...files['xl/sharedStrings.xml'].toString().matchAll(/<si>(.*?)<\/si>/gs)].map((m) => unescape(m[1].replace(/<[^>]+>/g, '')))
    : [];
  const names = [...files['xl/workbook.xml'].toString().matchAll(/<sheet name="([^"]+)"/g)].map((m) => unescape(m[1]));
  const out = {};
  names.forEach((name, i) => {
    const xml = files[`xl/worksheets/sheet${i + 1}.xml`].toString();
    const cells = {};
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      const v = /<v>([^<]*)<\/v>/.exec(m[3] || '');
      const inline = /<t[^>]*>([^<]*)<\/t>/.exec(m[3] || '');
      cells[m[1]] = /t="s"/.test(m[2]) ? shared[Number(v[1])] : v ? unescape(v[1]) : inline ? unescape(inline[1]) : '';
    }
    out[name] = cells;
  });
  return out;
}

// "A1" → [row 1-based, column 0-based]; the rows of a sheet as arrays of texts.
export function sheetRows(cells) {
  const rows = [];
  for (const [ref, text] of Object.entries(cells)) {
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(ref);
    const col = [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
    (rows[Number(row) - 1] ??= [])[col] = text;
  }
  return rows.map((r) => Array.from(r || [], (t) => t ?? ''));
}
