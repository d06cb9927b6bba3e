// The core's functions over results the page already holds (which dropped files are reports, year
// pairs, the roll-up, the summary, the workbook), answered in the Worker for the batch view
// (batch-run.js). Type conversion only: every answer is the core's.
//   in:  {type: 'call', id: 'call-N', fn, args: [string…]}
//   out: {type: 'answer', id, value} (a string, or bytes for summaryCsv and workbook)
// workbook runs in the Excel module (libxlsxwriter; xxgk-xlsx.mjs, its wasm inlined), imported on
// the first export through the page's assets (web/src/assets.js), as the readers are on the first
// document.
const CHECKER = new Set(['batchInputs', 'yearPairs', 'rollupLayout', 'rollup', 'summaryTable', 'summaryCsv']);
export const EXCEL_MODULE = 'xxgk-xlsx.mjs';

// importAsset(name) → the ES module of one of the page's assets (worker.js).
export async function answerCall(lint, { fn, args }, importAsset) {
  if (CHECKER.has(fn)) return lint[fn](...args);
  if (fn === 'workbook') return (await excelModule(importAsset)).workbook(...args);
  throw new Error(`没有函数 ${fn}`);
}

let excel = null;
function excelModule(importAsset) {
  excel ??= importAsset(EXCEL_MODULE)
    .then(({ default: create }) => create({ print: () => {}, printErr: () => {} }))
    .catch((e) => { excel = null; throw e; });
  return excel;
}
