#!/usr/bin/env node
// Writes build/web/vendor/pdfjs/cmaps-zh.bin (scripts/build-pdfjs.sh): the simplified-Chinese CMaps of
// pdfjs-dist as one file (u32 n, n bytes of JSON {name: [offset, length]}, then the .bcmap files), with
// the near-duplicates stored as a "usecmap" of their base plus the codes that differ — pdf.js's own
// format (the -V files already are such deltas of their -H), read by its BinaryCMapReader and merged by
// extendCMap (a child's own entries win, the base's fill the rest). Each delta is checked with pdf.js's
// own CMapFactory: every code, the codespace ranges and the writing mode resolve as from the original
// file, or the original is kept.
//   node scripts/pack-cmaps.mjs web/node_modules/pdfjs-dist OUT_FILE
import { copyFileSync, appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, outFile] = process.argv.slice(2);
const dir = join(dist, 'cmaps');
const DELTAS = { 'UniGB-UTF16-H': 'UniGB-UCS2-H', 'GBKp-EUC-H': 'GBK-EUC-H', 'GBK2K-H': 'GBK-EUC-H', 'GBpc-EUC-H': 'GB-EUC-H' };

// pdf.js's CMap code, from its own (unminified) worker build with the classes exported.
const tmp = mkdtempSync(join(tmpdir(), 'pack-cmaps-'));
const mod = join(tmp, 'pdf.worker.mjs');
copyFileSync(join(dist, 'legacy/build/pdf.worker.mjs'), mod);
appendFileSync(mod, '\nexport { CMapFactory as __CMapFactory, Name as __Name };\n');
const { __CMapFactory: CMapFactory, __Name: Name } = await import(pathToFileURL(mod).href);
rmSync(tmp, { recursive: true, force: true });

const files = {};
for (const f of readdirSync(dir)) if (f.endsWith('.bcmap')) files[f.slice(0, -6)] = new Uint8Array(readFileSync(join(dir, f)));
const resolveIn = (set, name) => CMapFactory.create({ encoding: Name.get(name),
  fetchBuiltInCMap: async (n) => ({ cMapData: set[n], isCompressed: true }) });
const contents = async (set, name) => {
  const cm = await resolveIn(set, name), map = new Map();
  cm.forEach((k, v) => map.set(Number(k), v));
  return { map, ranges: cm.codespaceRanges.map((r) => Array.from(r)), n: cm.numCodespaceRanges, vertical: cm.vertical };
};

// The bcmap writer: numbers in 7-bit groups (high bit: more follow), forward deltas only.
const num = (out, v) => { const g = []; do { g.unshift(v % 128); v = Math.floor(v / 128); } while (v > 0); g.forEach((x, i) => out.push(i < g.length - 1 ? x | 128 : x)); };
const hex = (out, v, size) => { for (let i = size; i >= 0; i--) out.push(Math.floor(v / 2 ** (8 * i)) & 255); };
const bytesOf = (code) => (code < 0x100 ? 0 : code < 0x10000 ? 1 : code < 0x1000000 ? 2 : 3);
function ranges(out, type, size, list) {  // list: [lo, hi, cid?] ascending: one block
  out.push((type << 5) | size); num(out, list.length);
  let end = null;
  for (const [lo, hi, cid] of list) {
    if (end === null) hex(out, lo, size); else num(out, lo - (end + 1));
    num(out, hi - lo);
    if (cid !== undefined) num(out, cid);
    end = hi;
  }
}
async function delta(child, base) {
  const c = await contents(files, child), b = await contents(files, base);
  for (const k of b.map.keys()) if (!c.map.has(k)) return null;   // a base code the child lacks: no delta
  const out = [c.vertical ? 1 : 0, 0xe1];                       // header; usecmap
  num(out, base.length); for (const ch of base) num(out, ch.charCodeAt(0));
  c.ranges.forEach((list, size) => {                            // the child's codespace, in its order
    const blocks = [];
    for (let j = 0; j < list.length; j += 2) {
      const last = blocks.at(-1);
      if (last && list[j] > last.at(-1)[1]) last.push([list[j], list[j + 1]]); else blocks.push([[list[j], list[j + 1]]]);
    }
    for (const bl of blocks) ranges(out, 0, size, bl);
  });
  const runs = [];                                              // codes whose CID differs, as CID ranges
  for (const [k, v] of [...c.map].filter(([k, v]) => b.map.get(k) !== v).sort((x, y) => x[0] - y[0])) {
    const r = runs.at(-1);
    if (r && k === r[1] + 1 && v === r[2] + (k - r[0]) && bytesOf(k) === bytesOf(r[0])) r[1] = k; else runs.push([k, k, v]);
  }
  for (let size = 0; size < 4; size++) { const list = runs.filter((r) => bytesOf(r[0]) === size); if (list.length) ranges(out, 3, size, list); }
  const bytes = new Uint8Array(out);
  const d = await contents({ ...files, [child]: bytes }, child);
  const same = d.map.size === c.map.size && [...c.map].every(([k, v]) => d.map.get(k) === v) &&
    JSON.stringify(d.ranges) === JSON.stringify(c.ranges) && d.n === c.n && d.vertical === c.vertical;
  return same ? bytes : null;
}

const index = {}, parts = [];
let offset = 0;
for (const name of Object.keys(files).sort()) {
  if (!/^(Adobe-GB1-|UniGB-(UCS2|UTF16)-|GB)/.test(name) || name.startsWith('GBT')) continue;
  let b = files[name];
  if (DELTAS[name]) {
    const d = await delta(name, DELTAS[name]);
    if (d) { console.error(`[pack-cmaps] ${name}: ${b.length} → ${d.length} bytes (usecmap ${DELTAS[name]})`); b = d; }
    else console.error(`[pack-cmaps] ${name}: kept whole (not a superset of ${DELTAS[name]} or not identical)`);
  }
  index[name] = [offset, b.length]; parts.push(b); offset += b.length;
}
const head = Buffer.from(JSON.stringify(index)), n = Buffer.alloc(4);
n.writeUInt32LE(head.length);
writeFileSync(outFile, Buffer.concat([n, head, ...parts]));
