// The core's functions over results the page already holds (which dropped files are reports, year
// pairs, the roll-up, the summary, the workbook), answered in the Worker for the batch view
// (batch-run.js). Type conversion only: every answer is the core's.
//   in:  {type: 'call', id: 'call-N', fn, args: [string…]}
//   out: {type: 'answer', id, value} (a string, or bytes for summaryCsv and workbook)
// workbook runs in the Excel module (libxlsxwriter), loaded from the page's vendor files on the
// first export, as pdf.js is on the first PDF.
const CHECKER = new Set(['batchInputs', 'yearPairs', 'rollupLayout', 'rollup', 'summaryTable', 'summaryCsv']);
const EXCEL_MODULE = 'xlsx/xxgk-xlsx.mjs';

export async function answerCall(lint, { fn, args }, requestVendor) {
  if (CHECKER.has(fn)) return lint[fn](...args);
  if (fn === 'workbook') return (await excelModule(requestVendor)).workbook(...args);
  throw new Error(`没有函数 ${fn}`);
}

let excel = null;
function excelModule(requestVendor) {
  excel ??= (async () => {
    const files = await requestVendor([EXCEL_MODULE]);
    if (!files[EXCEL_MODULE]) throw new Error('此页面未附带 Excel 导出组件');
    const url = URL.createObjectURL(new Blob([files[EXCEL_MODULE]], { type: 'text/javascript' }));
    const { default: create } = await import(/* @vite-ignore */ url);
    return create({ print: () => {}, printErr: () => {} });
  })().catch((e) => { excel = null; throw e; });
  return excel;
}
