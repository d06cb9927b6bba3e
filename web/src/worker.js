// Web Worker: loads the wasm module; checks pasted text and reads documents (all document reading
// of the page happens here, never on the main thread). Messages:
//   in:  {type: 'check', id, text, options}            check the text (options: object)
//        {type: 'read', id, bytes, name, options}      read a document (Uint8Array; name "" or
//                                                      "clipboard.html" for pasted HTML) and check it
//        {type: 'vendor', files: {name: text|null}}    answer to a vendor-request
//        {type: 'call', id, fn, args}                  one of the core's batch functions
//                                                      (worker-calls.js) → {type: 'answer', id, value}
//   out: {type: 'ready', version, model, rules, ms}   (model, rules: the core's format model and
//                                                      rule list as JSON text)
//        {type: 'result', id, json, ms} | {type: 'error', id, message}
//        {type: 'document', id, json, ms}              the core's document JSON (xxgk/document_json.h)
//        {type: 'vendor-request', names}               pdf.js sources, asked of the page once, when
//                                                      the first PDF is opened
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
      self.postMessage({ type: 'answer', id: msg.id, value: await answerCall(lint, msg, requestVendor) });
      return;
    }
    const t0 = performance.now();
    const options = JSON.stringify(msg.options || {});
    let json = lint.checkDocument(msg.bytes, msg.name || '', options);
    if (JSON.parse(json).status === 'needs_pdf_runs') {
      const { pdfjs, binaryData } = await loadPdfjs();
      json = lint.checkPdfRuns(await extractPdfRuns(pdfjs, msg.bytes, { binaryData }), options);
    }
    self.postMessage({ type: 'document', id: msg.id, json, ms: performance.now() - t0 });
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

// ---- pdf.js, from the page's vendor files (inline in the single file, or vendor/ beside it) ----
let vendorWaiters = [];
function requestVendor(names) {
  return new Promise((resolve) => {
    vendorWaiters.push(resolve);
    self.postMessage({ type: 'vendor-request', names });
  });
}

let pdfjsLoaded = null;
function loadPdfjs() {
  pdfjsLoaded ??= (async () => {
    const files = await requestVendor(['pdfjs/pdf.min.mjs', 'pdfjs/pdf.worker.min.mjs', 'pdfjs/cmaps-zh.json']);
    const url = (text) => URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
    if (!files['pdfjs/pdf.min.mjs'] || !files['pdfjs/pdf.worker.min.mjs']) throw new Error('此页面未附带 PDF 读取组件');
    const pdfjs = await import(/* @vite-ignore */ url(files['pdfjs/pdf.min.mjs']));
    // pdf.js's own worker code runs here, in this Worker, already off the main thread.
    globalThis.pdfjsWorker ??= await import(/* @vite-ignore */ url(files['pdfjs/pdf.worker.min.mjs']));
    const cmaps = files['pdfjs/cmaps-zh.json'] ? JSON.parse(files['pdfjs/cmaps-zh.json']) : {};
    class BinaryData {  // CMaps for Chinese fonts that are not embedded
      async fetch({ kind, filename }) {
        const b64 = kind === 'cMapUrl' ? cmaps[filename.replace(/\.bcmap$/, '')] : null;
        if (!b64) throw new Error(`缺少 ${filename}`);
        return Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      }
    }
    return { pdfjs, binaryData: BinaryData };
  })().catch((e) => { pdfjsLoaded = null; throw e; });
  return pdfjsLoaded;
}

self.onmessage = (e) => {
  const msg = e.data || {};
  if (msg.type === 'check') { pending = msg; schedule(); }
  else if (msg.type === 'read' || msg.type === 'call') { documents.push(msg); schedule(); }
  else if (msg.type === 'vendor') { const w = vendorWaiters; vendorWaiters = []; for (const f of w) f(msg.files || {}); }
};

const t0 = performance.now();
createXxgkLint({
  print: () => {},
  printErr: () => {},
}).then((m) => {
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
