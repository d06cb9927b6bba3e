// Web Worker: loads the wasm module and runs check(). Messages:
//   in:  {type: 'check', id, text, options}   (options: object, sent to the core as JSON)
//   out: {type: 'ready', version, ms} | {type: 'result', id, json, ms} | {type: 'error', id, message}
// A check cannot be interrupted; while one runs, newer requests replace older queued ones, so
// only the latest text is checked next.
import createXxgkLint from '../xxgk-lint.mjs';

let lint = null;
let pending = null;
let scheduled = false;

function run() {
  scheduled = false;
  if (!lint || !pending) return;
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
}

function schedule() {
  if (!scheduled) { scheduled = true; setTimeout(run, 0); }
}

self.onmessage = (e) => {
  const msg = e.data || {};
  if (msg.type === 'check') { pending = msg; schedule(); }
};

const t0 = performance.now();
createXxgkLint({
  print: () => {},
  printErr: () => {},
}).then((m) => {
  lint = m;
  self.postMessage({ type: 'ready', version: m.version(), ms: performance.now() - t0 });
  schedule();
}, (e) => {
  self.postMessage({ type: 'error', id: null, message: '检查模块加载失败：' + String(e && e.message || e) });
});
