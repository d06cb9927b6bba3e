#!/usr/bin/env node
// node wasm/cli.mjs [--previous LAST_YEAR_FILE] FILE
// Runs the WebAssembly build on a file and prints exactly what
// `build/native/xxgk-lint --format json FILE` prints (the contract JSON and a newline), with the
// same exit codes: 0 no error finding, 1 at least one error finding, 2 the input could not be read.
// Every kind is read by the wasm readers module (read_document: text in any of its encodings,
// .docx) and checked by the checker module, as in the page; a PDF's text runs come from pdf.js
// (pdfjs-dist in web/node_modules, as the page's), laid out by the core as the native CLI lays out
// poppler's. HTML pages are refused: they are parsed by an HTML5 parser the page has (DOMParser)
// and node has not.
// The modules: $XXGK_WASM_DIR (default build/wasm/wasm)/xxgk-lint.mjs and xxgk-readers.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { extractPdfRuns } from '../web/src/readers/pdf-runs.js';

const here = dirname(fileURLToPath(import.meta.url));
const WASM_DIR = process.env.XXGK_WASM_DIR || resolve(here, '../build/wasm/wasm');
const PDFJS = resolve(here, '../web/node_modules/pdfjs-dist');

// name: 'xxgk-lint' (the checker), 'xxgk-readers' or 'xxgk-xlsx' (the Excel module, wasm inlined).
export async function loadModule(name, dir = WASM_DIR) {
  const path = join(dir, name + '.mjs');
  // Emscripten 3.1.6's ES6 output uses CommonJS names on its node path: provide them.
  globalThis.require ??= createRequire(path);
  globalThis.__dirname ??= dirname(path);
  globalThis.__filename ??= path;
  const { default: create } = await import(pathToFileURL(path).href);
  const wasm = join(dir, name + '.wasm');
  return create({
    ...(existsSync(wasm) ? { wasmBinary: readFileSync(wasm) } : {}),
    print: () => {},
    printErr: (s) => process.stderr.write(s + '\n'),
  });
}

async function loadPdfjs() {
  let pdfjs;
  try {
    pdfjs = await import(pathToFileURL(join(PDFJS, 'legacy/build/pdf.mjs')).href);
    globalThis.pdfjsWorker ??= await import(pathToFileURL(join(PDFJS, 'legacy/build/pdf.worker.mjs')).href);
  } catch {
    return null;
  }
  const cmaps = join(PDFJS, 'cmaps');
  class BinaryData {  // CMaps from pdfjs-dist, for Chinese fonts that are not embedded
    async fetch({ filename }) { return new Uint8Array(readFileSync(join(cmaps, filename))); }
  }
  return { pdfjs, binaryData: BinaryData };
}

function readBytes(path) {
  try {
    const b = readFileSync(path === '-' ? 0 : path);
    return { bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength) };
  } catch (e) {
    return { error: e.code === 'ENOENT' ? '文件不存在' : e.code === 'EISDIR' ? '是一个目录' : e.code === 'EACCES' ? '没有读取权限' : '读取失败' };
  }
}

// The core's document JSON for a file, as the page's Worker reads it.
async function readFile(readers, path) {
  const { bytes, error } = readBytes(path);
  if (error) return { status: 'error', message: error };
  let json = readers.readDocument(bytes, path === '-' ? '' : path);
  const status = JSON.parse(json).status;
  if (status === 'needs_pdf_runs') {
    const pdf = await loadPdfjs();
    if (!pdf) return { status: 'error', message: '缺少 pdfjs-dist（在 web/ 中执行 npm ci）：wasm 命令行无法读取 PDF' };
    json = readers.readPdfRuns(await extractPdfRuns(pdf.pdfjs, bytes, { binaryData: pdf.binaryData }));
  } else if (status === 'needs_html_tree') {
    return { status: 'error', message: 'wasm 命令行不读取网页（网页由浏览器的 HTML 解析器解析）：请用 build/native/xxgk-lint 或网页' };
  }
  return { ...JSON.parse(json), json };
}

async function main(argv) {
  let previous = null;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--previous') previous = argv[++i];
    else if (a.startsWith('--previous=')) previous = a.slice(11);
    else if (a === '--format') { if (argv[++i] !== 'json') { console.error('xxgk-lint (wasm): 只支持 --format json'); return 2; } }
    else if (a === '-h' || a === '--help') {
      process.stdout.write('用法：node wasm/cli.mjs [--previous 上一年度报告] 文件\n');
      return 0;
    } else files.push(a);
  }
  if (files.length !== 1) {
    console.error('用法：node wasm/cli.mjs [--previous 上一年度报告] 文件');
    return 2;
  }
  const [lint, readers] = await Promise.all([loadModule('xxgk-lint'), loadModule('xxgk-readers')]);
  const options = {};
  if (previous !== null) {
    const p = await readFile(readers, previous);
    if (p.status !== 'ok') { console.error(`xxgk-lint: 无法读取上一年度报告 ${previous}：${p.message}`); return 2; }
    options.previous = p.text;
  }
  const doc = await readFile(readers, files[0]);
  if (doc.status !== 'ok') {
    console.error(`xxgk-lint: 无法读取文件 ${files[0] === '-' ? '<stdin>' : files[0]}：${doc.message}`);
    return 2;
  }
  const contract = lint.checkDocumentJson(doc.json, JSON.stringify(options));
  process.stdout.write(contract + '\n');
  return (JSON.parse(contract).findings || []).some((f) => f.severity === 'error') ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; },
    (e) => { console.error('xxgk-lint (wasm): ' + (e && e.stack || e)); process.exitCode = 2; });
}
