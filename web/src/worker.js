// Web Worker: the checker module at start-up; the readers module (and pdf.js) only when a document
// comes. Pasted text is checked here; files and pasted HTML are read here by the readers module
// (bytes → the core's document JSON) and checked by the checker module (checkDocumentJson).
// Messages:
//   in:  {type: 'check', id, text, options}            check the text (options: object)
//        {type: 'read', id, bytes, name, options}      read a document (Uint8Array; name "" or
//                                                      "clipboard.html" for pasted HTML) and check it
//        {type: 'asset', id, gzipBase64|bytes|error}   answer to an asset-request (web/src/assets.js)
//        {type: 'html-tree', id, json}                 answer to an html-request
//        {type: 'call', id, fn, args}                  one of the core's batch functions
//                                                      (worker-calls.js) → {type: 'answer', id, value}
//   out: {type: 'ready', version, model, rules, ms}   (model, rules: the core's format model and
//                                                      rule list as JSON text)
//        {type: 'result', id, json, ms} | {type: 'error', id, message}
//        {type: 'document', id, json, contract, ms}    the core's document JSON
//                                                      (xxgk/document_json.h) and, when it was
//                                                      read, its contract JSON
//        {type: 'asset-request', id, name}             a wasm module, the readers' loader, pdf.js
//        {type: 'html-request', id, markup, attributes} a page to parse with DOMParser (main thread
//                                                      only): web/src/html-tree.js
// A check cannot be interrupted; while one runs, newer text checks replace older queued ones, so
// only the latest text is checked next. Documents are read in the order they come. The page
// cancels a stale check by terminating this worker (web/src/check-client.js).
import createXxgkLint from '../xxgk-lint.mjs';
import { extractPdfRuns } from './readers/pdf-runs.js';
import { answerCall } from './worker-calls.js';

let lint = null;
let pending = null;
let scheduled = false;
const documents = [];

function run() {
  scheduled = false;
  if (!lint) return;
  if (documents.length) {
    readNext();
    return;
  }
  if (!pending) return;
  const msg = pending;
  pending = null;
  try {
    const t0 = performance.now();
    const json = lint.check(msg.text, JSON.stringify(msg.options || {}));
    const ms = performance.now() - t0;
    self.postMessage({ type: 'result', id: msg.id, json, ms });
  } catch (e) {
    self.postMessage({ type: 'error', id: msg.id, message: String(e && e.message || e) });
  }
  schedule();
}

let reading = false;
async function readNext() {
  if (reading) return;
  reading = true;
  const msg = documents.shift();
  try {
    if (msg.type === 'call') {
      self.postMessage({ type: 'answer', id: msg.id, value: await answerCall(lint, msg, importAsset) });
      return;
    }
    const t0 = performance.now();
    const readers = await loadReaders();
    let json = readers.readDocument(msg.bytes, msg.name || '');
    let status = JSON.parse(json);
    if (status.status === 'needs_pdf_runs') {
      const { pdfjs, binaryData } = await loadPdfjs();
      json = readers.readPdfRuns(await extractPdfRuns(pdfjs, msg.bytes, { binaryData }));
    } else if (status.status === 'needs_html_tree') {
      json = readers.readHtmlTree(json, await parseHtml(status.text, status.html_attributes));
    }
    status = JSON.parse(json).status;
    const contract = status === 'ok' ? lint.checkDocumentJson(json, JSON.stringify(msg.options || {})) : null;
    self.postMessage({ type: 'document', id: msg.id, json, contract, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ type: 'error', id: msg.id, message: String(e && e.message || e) });
  } finally {
    reading = false;
    schedule();
  }
}

function schedule() {
  if (!scheduled) { scheduled = true; setTimeout(run, 0); }
}

// ---- requests to the page: assets and HTML parsing ----
let nextRequest = 1;
const waiting = new Map();
function ask(message) {
  const id = nextRequest++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    self.postMessage({ ...message, id });
  });
}

async function asset(name) {
  const a = await ask({ type: 'asset-request', name });
  if (a.bytes) return new Uint8Array(a.bytes);
  if (!a.gzipBase64) throw new Error(a.error || `此页面缺少组件 ${name}`);
  const packed = atob(a.gzipBase64);
  const bytes = new Uint8Array(packed.length);
  for (let i = 0; i < packed.length; i++) bytes[i] = packed.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function importAsset(name) {
  const url = URL.createObjectURL(new Blob([await asset(name)], { type: 'text/javascript' }));
  try {
    return await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function parseHtml(markup, attributes) {
  return (await ask({ type: 'html-request', markup, attributes })).json;
}

// Loads once; a failure is not kept (the next document tries again).
function once(load) {
  let loaded = null;
  return () => (loaded ??= load().catch((e) => { loaded = null; throw e; }));
}

// The .wasm comes as wasmBinary: the loaders need no URL (theirs may be a blob: URL, no base).
const MODULE_OPTIONS = { locateFile: (name) => name, print: () => {}, printErr: () => {} };

const loadReaders = once(async () => {
  const [{ default: create }, wasmBinary] = await Promise.all([importAsset('xxgk-readers.mjs'), asset('xxgk-readers.wasm')]);
  return create({ ...MODULE_OPTIONS, wasmBinary });
});

const loadPdfjs = once(async () => {
  const pdfjs = await importAsset('vendor/pdfjs/pdf.min.mjs');
  // pdf.js's own worker code runs here, in this Worker, already off the main thread.
  globalThis.pdfjsWorker ??= await importAsset('vendor/pdfjs/pdf.worker.min.mjs');
  // CMaps for Chinese fonts that are not embedded: u32 n, n bytes of JSON {name: [offset, length]},
  // the files (scripts/build-pdfjs.sh).
  const bundle = await asset('vendor/pdfjs/cmaps-zh.bin');
  const n = new DataView(bundle.buffer, bundle.byteOffset).getUint32(0, true);
  const index = JSON.parse(new TextDecoder().decode(bundle.subarray(4, 4 + n)));
  class BinaryData {
    async fetch({ kind, filename }) {
      const entry = kind === 'cMapUrl' ? index[filename.replace(/\.bcmap$/, '')] : null;
      if (!entry) throw new Error(`缺少 ${filename}`);
      return bundle.slice(4 + n + entry[0], 4 + n + entry[0] + entry[1]);
    }
  }
  return { pdfjs, binaryData: BinaryData };
});

self.onmessage = (e) => {
  const msg = e.data || {};
  if (msg.type === 'check') { pending = msg; schedule(); }
  else if (msg.type === 'read' || msg.type === 'call') { documents.push(msg); schedule(); }
  else if ((msg.type === 'asset' || msg.type === 'html-tree') && waiting.has(msg.id)) {
    const resolve = waiting.get(msg.id);
    waiting.delete(msg.id);
    resolve(msg);
  }
};

const t0 = performance.now();
asset('xxgk-lint.wasm').then((wasmBinary) => createXxgkLint({ ...MODULE_OPTIONS, wasmBinary })).then((m) => {
  lint = m;
  // Warm-up: the first call compiles the hot wasm paths and builds the core's lazy tables, so the
  // user's first check is as fast as the later ones. Its headings and row come from the model.
  const model = m.model();
  try {
    const format = JSON.parse(model).formats.at(-1);
    const first = format.sections[0];
    const row = format.tables.requests.rows[0];
    m.check(`${format.first_year}年报告\n${first.numeral}、${first.title}\n${row.display} 1 0 0 0 0 0 1\n`, '{}');
    m.check(`${format.first_year}年報告\n政府資訊公開\n`, '{}');
  } catch (_) { /* reported on the real check */ }
  self.postMessage({ type: 'ready', version: m.version(), model, rules: m.rules(), ms: performance.now() - t0 });
  schedule();
}, (e) => {
  self.postMessage({ type: 'error', id: null, message: '检查模块加载失败：' + String(e && e.message || e) });
});
