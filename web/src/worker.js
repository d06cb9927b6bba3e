// Web Worker: loads the wasm module and runs check(). Messages:
//   in:  {type: 'check', id, text, options}   (options: object, sent to the core as JSON)
//   out: {type: 'ready', version, model, rules, ms} | {type: 'result', id, json, ms} | {type: 'error', id, message}
//        (model, rules: the core's format model and rule list as JSON text)
// A check cannot be interrupted; while one runs, newer requests replace older queued ones, so
// only the latest text is checked next. The page cancels a stale check by terminating this worker
// (web/src/check-client.js).
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
  // Warm-up: the first call compiles the hot wasm paths and builds the core's lazy tables, so the
  // user's first check is as fast as the later ones.
  try { m.check('2021年政府信息公开工作年度报告\n一、总体情况\n本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n', '{}');
    m.check('2021年政府資訊公開工作年度報告\n一、總體情況\n', '{}'); } catch (_) { /* reported on the real check */ }
  self.postMessage({ type: 'ready', version: m.version(), model: m.model(), rules: m.rules(), ms: performance.now() - t0 });
  schedule();
}, (e) => {
  self.postMessage({ type: 'error', id: null, message: '检查模块加载失败：' + String(e && e.message || e) });
});
