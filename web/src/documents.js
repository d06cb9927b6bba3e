// Documents in the page: files and pasted HTML are read and checked by the core in the Worker
// (web/src/worker.js), exactly as the CLI reads them; nothing here decodes or parses a document.
//
// Contract for the page:
//   const docs = documentReader(worker)          the page's Worker (already created)
//   await docs.readFiles(fileList, {onProgress, options})
//       → [{name, status, message, text, result, document}]   one per file, in order
//   await docs.readClipboard(clipboardEvent, {options})
//       → null when the clipboard has no text/html (the plain text paste goes on as usual), else
//         it takes the HTML (preventDefault) and gives {name, status, message, text, result, document}
//   status: 'ok' | 'empty' | 'unsupported' | 'too_large' | 'undecodable' | 'damaged' |
//           'no_text_layer' | 'encrypted'; message: Chinese, one cause, when status != 'ok'
//   text:   the document's text (what findings' spans point into: show it in the text box)
//   result: the contract object (../shared/spec/contract.md), the same bytes as the CLI's
//           `xxgk-lint --format json`; null unless status == 'ok'
//   document: the core's document JSON (tables with cell byte ranges, repairs; see
//           core/include/xxgk/document_json.h)
//   options: {previous: "last year's text"} as for check()
//   onProgress({done, total, name}) after each file.

const VENDOR_BASE = new URL('../vendor/', import.meta.url);

// pdf.js for the Worker: inline in the single-file page, else fetched from vendor/ beside src/.
async function vendorFiles(names) {
  const files = {};
  for (const name of names) {
    const inline = typeof document !== 'undefined'
      ? document.querySelector(`script[type="text/plain"][data-vendor="${name}"]`) : null;
    if (inline) { files[name] = inline.textContent; continue; }
    try {
      const r = await fetch(new URL(name, VENDOR_BASE));
      files[name] = r.ok ? await r.text() : null;
    } catch { files[name] = null; }
  }
  return files;
}

export function documentReader(worker) {
  let nextId = 1;
  const waiting = new Map();
  worker.addEventListener('message', async (e) => {
    const msg = e.data || {};
    if (msg.type === 'vendor-request') {
      worker.postMessage({ type: 'vendor', files: await vendorFiles(msg.names || []) });
    } else if (msg.type === 'document' && waiting.has(msg.id)) {
      const { resolve, name } = waiting.get(msg.id);
      waiting.delete(msg.id);
      const doc = JSON.parse(msg.json);
      resolve({
        name, status: doc.status, message: doc.message, text: doc.text,
        result: doc.contract ? JSON.parse(doc.contract) : null, document: doc,
      });
    } else if (msg.type === 'error' && waiting.has(msg.id)) {
      const { resolve, name } = waiting.get(msg.id);
      waiting.delete(msg.id);
      resolve({ name, status: 'damaged', message: '读取失败：' + msg.message, text: '', result: null, document: null });
    }
  });

  function read(bytes, name, options) {
    const id = `doc-${nextId++}`;
    return new Promise((resolve) => {
      waiting.set(id, { resolve, name });
      worker.postMessage({ type: 'read', id, bytes, name, options: options || {} }, [bytes.buffer]);
    });
  }

  return {
    async readFiles(fileList, { onProgress, options } = {}) {
      const files = [...fileList];
      const out = [];
      for (const file of files) {
        let bytes;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch {
          out.push({ name: file.name, status: 'damaged', message: '无法读取文件', text: '', result: null, document: null });
          continue;
        }
        out.push(await read(bytes, file.name, options));
        onProgress?.({ done: out.length, total: files.length, name: file.name });
      }
      return out;
    },
    async readClipboard(event, { options } = {}) {
      const html = event.clipboardData?.getData('text/html');
      if (!html) return null;
      event.preventDefault();
      return read(new TextEncoder().encode(html), 'clipboard.html', options);
    },
  };
}
