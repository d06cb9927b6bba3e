// The shapes harness: every generated file through `xxgk-lint --format json`, every table cell
// against the gold, no false arithmetic error, and the perturbations; differences must be exactly
// those of tests/shapes/known-failures.json. Prints a per-family table.
//   node tests/shapes/check.mjs [--update-known]
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli, cliModel, checkFile } from './corpus.mjs';
import { shapeReports } from './variants.mjs';
import { generate } from './generate.mjs';
import { FAMILIES, DOCUMENT_FAMILIES } from './families.mjs';
import { compareTables, arithmeticDifference, falseArithmetic, cellTally, consistent, changeId, goldCells, identityDifferences } from './gold.mjs';
import { readableCells, perturbText, namesCell, cellName, strayLines } from './perturb.mjs';
import { loadKnown, judge, saveKnown } from './known.mjs';
import { WASM_BUILT, pageDifferences } from './pdfjs.mjs';

const KNOWN = fileURLToPath(new URL('known-failures.json', import.meta.url));

// One CLI run over many files (JSON Lines, all cores); path → result or { unreadable }.
function checkFiles(files) {
  const results = new Map();
  for (let i = 0; i < files.length; i += 2000) {   // keep the argument list short
    const r = cli(['--format', 'jsonl', '-q', ...files.slice(i, i + 2000)]);
    for (const line of r.stdout.split('\n')) {
      if (!line.trim()) continue;
      const j = JSON.parse(line);
      results.set(j.file, j.tables ? j : { unreadable: j.message || j.error || 'unreadable' });
    }
    if (r.status === 2) for (const f of files.slice(i, i + 2000)) if (!results.has(f)) results.set(f, { unreadable: r.stderr.trim() });
  }
  return results;
}

const fileOf = (dir, family, name) => join(dir, family.id, name + family.ext);

const update = process.argv.includes('--update-known');
const dir = await generate();
const model = cliModel();
const reports = shapeReports();
// A family made from the corpus text itself has no value variants.
const reportsOf = (family) => reports.filter((r) => !(family.corpusText && r.variantOf));
const failures = new Map();
const fail = (key, diff) => { if (!failures.has(key)) failures.set(key, []); failures.get(key).push(diff); };
const checked = new Set();
const rows = [];

// PDFs go through the CLI once it reads them; until then their pdftotext shapes stand for them.
const pdfProbe = checkFile(fileOf(dir, FAMILIES.find((f) => f.pdf), reports[0].name));
const pdfReadable = !pdfProbe.unreadable;
if (!pdfReadable) console.log(`[shapes] 跳过 .pdf 文件：CLI 还不读 PDF（${pdfProbe.unreadable}）`);

const resultsByFamily = new Map();
for (const family of FAMILIES) {
  if (family.pdf && !pdfReadable) { rows.push({ family: family.id, skipped: true }); continue; }
  checked.add(family.id);
  const results = checkFiles(reportsOf(family).map((r) => fileOf(dir, family, r.name)));
  resultsByFamily.set(family.id, results);
  const row = { family: family.id, files: 0, exactFiles: 0, cells: 0, exactCells: 0, arith: 0, arithOk: 0,
    identityOk: 0, perturbed: 0, flagged: 0, unread: 0, stray: 0, strayOk: 0 };
  for (const r of reportsOf(family)) {
    const key = `${family.id}/${r.name}`;
    const result = results.get(fileOf(dir, family, r.name)) || { unreadable: 'no result' };
    row.files++;
    if (result.unreadable) { fail(key, `unreadable: ${result.unreadable}`); row.cells += cellTally(r.gold, {}).cells; continue; }
    const diffs = compareTables(r.gold, result);
    const { cells, exact } = cellTally(r.gold, result);
    row.cells += cells; row.exactCells += exact;
    if (!diffs.length) row.exactFiles++;
    // A tool whose output varies from run to run: only what must hold in every run is a failure.
    if (!family.varies) diffs.forEach((d) => fail(key, d));
    const identity = identityDifferences(r, result);
    if (!identity.length) row.identityOk++;
    identity.forEach((d) => fail(key, d));
    if (Array.isArray(r.gold.inconsistencies)) {
      row.arith++;
      const a = arithmeticDifference(r.gold, result);
      if (!a) row.arithOk++;
      const failure = family.varies ? falseArithmetic(r.gold, result) : a;
      if (failure) fail(key, failure);
    }
  }
  rows.push(row);
}

// Perturbation of the text shapes, in place at each readable cell's span.
const perturbedPdfs = [];  // the perturbed PDF documents with the CLI's reading, for the page's check below
const work = mkdtempSync(join(tmpdir(), 'xxgk-shapes-perturb-'));
try {
  const variants = [];   // { file, key, cell, row }
  const strays = [];     // { file, key, gold, where, row }: page furniture after a row
  for (const family of FAMILIES.filter((f) => f.text)) {
    const row = rows.find((x) => x.family === family.id);
    for (const r of reportsOf(family).filter((x) => consistent(x.gold))) {
      const source = fileOf(dir, family, r.name);
      const result = resultsByFamily.get(family.id).get(source);
      if (!result || result.unreadable) continue;
      // Spans count the decoded text: a byte-order mark (Writer's plain text) belongs to the encoding.
      const raw = readFileSync(source, 'utf8');
      const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
      const text = raw.slice(bom.length);
      const cells = readableCells(r.gold, result, model);
      row.unread += goldCells(r.gold).length - cells.length;
      const folder = join(work, family.id, r.name);
      mkdirSync(folder, { recursive: true });
      cells.forEach((cell, i) => {
        const file = join(folder, `${i}${family.ext}`);
        writeFileSync(file, bom + perturbText(text, cell.span, cell.value));
        variants.push({ file, key: `perturb:${family.id}/${r.name}`, cell, row, varies: family.varies });
      });
      strayLines(text, result).forEach((v, i) => {
        const file = join(folder, `stray-${i}${family.ext}`);
        writeFileSync(file, bom + v.text);
        strays.push({ file, key: `stray:${family.id}/${r.name}`, gold: r.gold, where: v.row, row });
      });
    }
  }
  // Documents regenerated from a changed rendering (manifest.json), when the same family's
  // unperturbed reading got that cell right.
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  for (const id of DOCUMENT_FAMILIES) {
    const family = FAMILIES.find((f) => f.id === id);
    if (!checked.has(id)) continue;
    const row = rows.find((x) => x.family === id);
    for (const p of manifest.perturbed) {
      const r = reports.find((x) => x.name === p.report);
      const base = resultsByFamily.get(id).get(fileOf(dir, family, r.name));
      const cell = base && !base.unreadable && readableCells(r.gold, base, model)
        .find((c) => changeId(c) === changeId(p.change));
      if (!cell) { row.unread++; continue; }
      variants.push({ file: join(dir, `perturbed-${id}`, p.name + family.ext), key: `perturb:${id}/${r.name}`, cell, row });
    }
  }
  const results = checkFiles(variants.concat(strays).map((v) => v.file));
  for (const v of strays) {
    v.row.stray++;
    const result = results.get(v.file);
    const diff = result && !result.unreadable ? arithmeticDifference(v.gold, result) : 'unreadable';
    if (diff) fail(v.key, `stray line after ${v.where}: ${diff}`); else v.row.strayOk++;
  }
  for (const v of variants.filter((x) => x.file.endsWith('.pdf'))) perturbedPdfs.push({ ...v, native: results.get(v.file) });
  for (const v of variants) {
    v.row.perturbed++;
    const result = results.get(v.file);
    if (result && !result.unreadable && namesCell(result, v.cell)) v.row.flagged++;
    else if (!v.varies) fail(v.key, `perturb ${cellName(v.cell)}+7: no arithmetic error names the cell`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The page's PDF reading (pdf.js) on every PDF the CLI read, the perturbed ones too.
const pdfItems = [];
for (const family of FAMILIES.filter((f) => f.pdf && resultsByFamily.has(f.id)))
  for (const r of reports) {
    const file = fileOf(dir, family, r.name), native = resultsByFamily.get(family.id).get(file);
    if (native && !native.unreadable) pdfItems.push({ file, native, key: `pdfjs:${family.id}/${r.name}`, what: '' });
  }
for (const v of perturbedPdfs)
  if (v.native && !v.native.unreadable) {
    pdfItems.push({ file: v.file, native: v.native, key: v.key.replace(/^perturb:/, 'pdfjs:'), what: `${cellName(v.cell)}+7: ` });
  }
let pageSame = 0;
if (WASM_BUILT) {
  const page = await pageDifferences(pdfItems);
  for (const item of pdfItems) if (page.get(item.file)) fail(item.key, item.what + page.get(item.file)); else pageSame++;
} else console.log('[shapes] 跳过 pdf.js 读 PDF 的比对：wasm 模块尚未构建');

// The per-family table.
const pad = (s, n) => String(s).padEnd(n);
console.log(`\n${pad('family', 22)}${pad('files exact', 13)}${pad('cells exact', 15)}${pad('arithmetic ok', 15)}`
  + `${pad('identity ok', 13)}${pad('furniture ok', 13)}perturbation flagged (unread skipped)`);
for (const r of rows) {
  if (r.skipped) { console.log(`${pad(r.family, 22)}skipped: the CLI does not read .pdf yet`); continue; }
  const perturbation = r.perturbed || r.unread ? `${r.flagged}/${r.perturbed} (${r.unread})` : '-';
  console.log(`${pad(r.family, 22)}${pad(`${r.exactFiles}/${r.files}`, 13)}${pad(`${r.exactCells}/${r.cells}`, 15)}`
    + `${pad(`${r.arithOk}/${r.arith}`, 15)}${pad(`${r.identityOk}/${r.files}`, 13)}`
    + `${pad(r.stray ? `${r.strayOk}/${r.stray}` : '-', 13)}${perturbation}`);
}
const total = rows.filter((r) => !r.skipped).reduce((t, r) => {
  for (const k of ['files', 'exactFiles', 'cells', 'exactCells', 'arith', 'arithOk', 'identityOk', 'perturbed', 'flagged', 'unread',
    'stray', 'strayOk']) t[k] += r[k];
  return t;
}, { files: 0, exactFiles: 0, cells: 0, exactCells: 0, arith: 0, arithOk: 0, identityOk: 0, perturbed: 0, flagged: 0, unread: 0,
  stray: 0, strayOk: 0 });
console.log(`${pad('all', 22)}${pad(`${total.exactFiles}/${total.files}`, 13)}${pad(`${total.exactCells}/${total.cells}`, 15)}`
  + `${pad(`${total.arithOk}/${total.arith}`, 15)}${pad(`${total.identityOk}/${total.files}`, 13)}`
  + `${pad(`${total.strayOk}/${total.stray}`, 13)}${total.flagged}/${total.perturbed} (${total.unread})`);

if (WASM_BUILT) console.log(`pdf.js (the page) reads as poppler (the CLI): ${pageSame}/${pdfItems.length} PDFs (perturbed ones included)`);

const known = loadKnown(KNOWN);
if (update) {
  saveKnown(KNOWN, known, failures, checked);
  const n = Object.values(loadKnown(KNOWN)).flat().length;
  console.log(`\n[shapes] known-failures.json 已更新：${n} 条已知差异`);
  process.exit(0);
}
const { unexpected, fixed } = judge(known, failures, checked);
for (const u of unexpected) console.log(`NEW  ${u}`);
for (const f of fixed) console.log(`GONE ${f}   (不再出现：运行 --update-known 把它从清单中删去)`);
const listed = Object.values(known).flat().length;
console.log(`\n[shapes] 已知差异 ${listed} 条；新差异 ${unexpected.length} 条，已消失 ${fixed.length} 条`);
console.log(`${unexpected.length + fixed.length ? 0 : 1} passed, ${unexpected.length + fixed.length ? 1 : 0} failed`);
process.exit(unexpected.length + fixed.length ? 1 : 0);
