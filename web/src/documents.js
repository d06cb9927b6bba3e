// Documents in the page: files and pasted HTML are read and checked by the core in the Worker
// (web/src/worker.js), exactly as the CLI reads them; nothing here decodes or reads a document.
// The one thing the Worker cannot do is parse HTML (DOMParser is the main thread's): it asks, and
// html-tree.js gives it the browser's tree, only converted.
//
// Contract for the page:
//   const docs = documentReader(worker)          the page's Worker (already created)
//   await docs.readFiles(fileList, {onProgress, options})
//       → [{name, status, message, text, result, contract, document}]   one per file, in order
//   await docs.readClipboard(clipboardEvent, {options})
//       → null when the clipboard has no text/html (the plain text paste goes on as usual), else
//         it takes the HTML (preventDefault) and gives {name, status, message, text, result, document}
//   status: 'ok' | 'empty' | 'unsupported' | 'too_large' | 'undecodable' | 'damaged' |
//           'no_text_layer' | 'encrypted'; message: Chinese, one cause, when status != 'ok'
//   text:   the document's text (what findings' spans point into: show it in the text box)
//   result: the contract object (../shared/spec/contract.md), the same bytes as the CLI's
//           `xxgk-lint --format json`; null unless status == 'ok'; contract: that JSON text
//   document: the core's document JSON (tables with cell byte ranges, repairs; see
//           core/include/xxgk/document_json.h)
//   options: {previous: "last year's text"} as for check()
//   onProgress({done, total, name}) after each file.

import { htmlTreeJson } from './html-tree.js';

export function documentReader(worker) {
  let nextId = 1;
  const waiting = new Map();
  worker.addEventListener('message', (e) => {
    const msg = e.data || {};
    if (msg.type === 'html-request') {
      worker.postMessage({ type: 'html-tree', id: msg.id, json: htmlTreeJson(msg.markup, msg.attributes || []) });
    } else if (msg.type === 'document' && waiting.has(msg.id)) {
      const { resolve, name } = waiting.get(msg.id);
      waiting.delete(msg.id);
      const doc = JSON.parse(msg.json);
      resolve({
        name, status: doc.status, message: doc.message, text: doc.text,
        result: msg.contract ? JSON.parse(msg.contract) : null, contract: msg.contract || null, document: doc,
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
