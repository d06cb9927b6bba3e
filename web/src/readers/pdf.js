// .pdf → report text with pdf.js (pdfjs-dist, vendored at build time, loaded on first use).
// Where pdf.js comes from, in order:
//  1. the single-file page: <script type="text/plain" data-vendor="pdfjs/pdf.min.mjs">
//     (and pdfjs/pdf.worker.min.mjs, pdfjs/cmaps-zh.json), imported through blob: URLs;
//  2. otherwise <vendorBase>pdfjs/…, vendorBase defaulting to ../../vendor/ next to this module.

import { itemsToLines, fromPdfjsItem } from './layout.js';

const config = {
  vendorBase: new URL('../../vendor/', import.meta.url).href,
  fetchText: async (url) => {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return r.text();
  },
};

/** Overrides where vendor files are found (vendorBase: URL ending in '/'), and how text files are fetched. */
export function configurePdfReader(options) {
  Object.assign(config, options);
  loaded = null;
  cmaps = null;
}

function inlineVendor(name) {
  if (typeof document === 'undefined') return null;
  const el = document.querySelector(`script[type="text/plain"][data-vendor="${name}"]`);
  return el ? el.textContent : null;
}

function vendorModuleUrl(name) {
  const text = inlineVendor(name);
  if (text !== null) return URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  return new URL(name, config.vendorBase).href;
}

let loaded = null; // Promise<{ lib, workerUrl }>
function loadPdfjs() {
  loaded ??= (async () => {
    const lib = await import(/* @vite-ignore */ vendorModuleUrl('pdfjs/pdf.min.mjs'));
    return { lib, workerUrl: vendorModuleUrl('pdfjs/pdf.worker.min.mjs') };
  })().catch((e) => { loaded = null; throw e; });
  return loaded;
}

// CJK CMaps (for PDFs whose Chinese fonts are not embedded), one JSON of base64 .bcmap files.
let cmaps = null;
function loadCmaps() {
  cmaps ??= (async () => {
    const text = inlineVendor('pdfjs/cmaps-zh.json') ?? await config.fetchText(new URL('pdfjs/cmaps-zh.json', config.vendorBase).href);
    return JSON.parse(text);
  })().catch((e) => { cmaps = null; throw e; });
  return cmaps;
}

// pdf.js asks the page for binary data (useWorkerFetch: false): CMaps only.
let missingCmap = null; // the last CMap pdf.js asked for and could not get
class VendorData {
  async fetch({ kind, filename }) {
    if (kind !== 'cMapUrl') throw new Error(`${kind} ${filename} 未随页面提供`);
    const b64 = await loadCmaps().then((all) => all[filename.replace(/\.bcmap$/, '')], () => null);
    if (!b64) {
      missingCmap = filename;
      throw new Error(`缺少 CMap ${filename}`);
    }
    return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  }
}

// A real Worker when the page can start one; otherwise pdf.js runs on the main thread.
async function startWorker(lib, workerUrl) {
  if (typeof Worker === 'function' && typeof window !== 'undefined') {
    let w = null;
    try {
      w = new Worker(workerUrl, { type: 'module' });
      const ready = await new Promise((resolve) => {
        const t = setTimeout(() => resolve(false), 15000);
        w.addEventListener('message', () => { clearTimeout(t); resolve(true); }, { once: true });
        w.addEventListener('error', () => { clearTimeout(t); resolve(false); }, { once: true });
      });
      if (ready) return { pdfWorker: new lib.PDFWorker({ port: w }), stop: () => w.terminate() };
    } catch { /* blocked (CSP) or unsupported: fall through */ }
    w?.terminate();
  }
  globalThis.pdfjsWorker ??= await import(/* @vite-ignore */ workerUrl);
  return { pdfWorker: null, stop() {} };
}

function pdfError(e) {
  const why = e?.name === 'PasswordException' ? '文件设有打开密码，请先在阅读器中取消密码后另存'
    : e?.name === 'InvalidPDFException' ? '文件已损坏或不是 PDF'
    : (e?.message || String(e));
  return new Error(`无法读取该 PDF 文件：${why}`);
}

/** .pdf bytes (Uint8Array) → text: one line per text line, table cells separated by tabs. */
export async function readPdf(bytes) {
  let lib, workerUrl;
  try {
    ({ lib, workerUrl } = await loadPdfjs());
  } catch (e) {
    throw new Error(`无法读取该 PDF 文件：PDF 组件加载失败（${e.message}）`);
  }
  const worker = await startWorker(lib, workerUrl);
  missingCmap = null;
  const task = lib.getDocument({
    data: bytes,
    worker: worker.pdfWorker ?? undefined,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    BinaryDataFactory: VendorData,
    cMapUrl: 'vendor/pdfjs/cmaps/',
    cMapPacked: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(itemsToLines(content.items.filter((it) => typeof it.str === 'string').map(fromPdfjsItem)).join('\n'));
      page.cleanup();
    }
    const text = pages.filter((p) => p).join('\n');
    if (!text.trim() && missingCmap) throw new Error(`缺少字符映射表 ${missingCmap}，无法识别其中未嵌入的字体`);
    if (!text.trim()) throw new Error('文件里没有可提取的文字（可能是扫描图片），请使用可复制文字的版本');
    return text + '\n';
  } catch (e) {
    throw pdfError(e);
  } finally {
    await task.destroy().catch(() => {});
    worker.stop();
  }
}
