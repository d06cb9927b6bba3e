// The batch view: several files or a folder given to the page (the file inputs, or dropped
// anywhere on it) → a progress bar, the summary table (batch-table.js), the roll-up when the
// folder is laid out for one (batch-rollup.js), and the summary as CSV or Excel. The work runs in
// Workers (batch-run.js) and every figure is the core's; nothing leaves the browser.
//
//   const batch = batchView(section, { spawn, formatTitle, openReport })
//   openReport({file, path, previous: {file, path} | null})   show one report's full view
//   batch.takeDrop(dataTransfer) → true when the drop is a batch (several files or a folder): taken
//   batch.takeFiles(fileList)       files from an <input type=file multiple> or webkitdirectory
import { filesOfInput, filesOfDrop, isBatchDrop } from './batch-files.js';
import { startBatch, recordsJson } from './batch-run.js';
import { summaryTable } from './batch-table.js';
import { findLayout, rollupTree, showRollup } from './batch-rollup.js';
import { download } from './export.js';
import { hasAsset, chooseAsset } from './assets.js';
import { EXCEL_MODULE } from './worker-calls.js';
import { el } from './dom.js';

const PHASES = { check: '已检查', pairs: '跨年度核对' };
// Rows checked are shown together this often: a table of thousands of rows laid out again after
// every report would hold up the page, and with it the Workers' messages.
const ROWS_EVERY_MS = 500;

export function batchView(section, { spawn, formatTitle, openReport }) {
  const title = el('h2', { id: 'batch-title' }, '批量检查');
  const close = el('button', { type: 'button', id: 'batch-close' }, '关闭批量结果');
  const bar = el('progress', { id: 'batch-progress', max: 1, value: 0 });
  const count = el('span', { id: 'batch-count', role: 'status', 'aria-live': 'polite' });
  const cancel = el('button', { type: 'button', id: 'batch-cancel' }, '取消');
  const note = el('p', { id: 'batch-note', class: 'hint' });
  const csv = el('button', { type: 'button', id: 'batch-csv', disabled: '' }, '导出汇总 CSV');
  const xlsx = el('button', { type: 'button', id: 'batch-xlsx', disabled: '' }, '导出汇总 Excel（.xlsx）');
  // The single file leaves the Excel module out (its size budget): the user chooses the
  // xxgk-xlsx.mjs published beside it the first time (assets.js checks its SHA-256).
  const excelModule = el('input', { type: 'file', id: 'batch-xlsx-module', accept: '.mjs', hidden: '' });
  if (!hasAsset(EXCEL_MODULE)) {
    xlsx.title = '单文件版不含 Excel 导出组件：首次导出时请选择与本页一同发布的 xxgk-xlsx.mjs；也可导出 CSV（Excel 可直接打开）';
  }
  const rollup = el('div', { id: 'batch-rollup', class: 'batch-rollup', hidden: '' });
  const tableBox = el('div', { id: 'batch-table', class: 'batch-table-wrap' });
  const head = el('div', { class: 'batch-head' });
  head.append(title, close);
  const progress = el('div', { class: 'batch-progress' });
  progress.append(bar, count, cancel);
  const tools = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': '导出汇总' });
  tools.append(csv, xlsx, excelModule);
  section.replaceChildren(head, progress, note, tools, rollup, tableBox);
  section.setAttribute('aria-labelledby', 'batch-title');

  let run = null;
  let done = null;           // {records, columns, cancelled} of the finished batch
  let name = '';
  const checkedRows = new Set();
  let rowsTimer = 0;
  const showRows = () => {
    clearTimeout(rowsTimer);
    rowsTimer = 0;
    table.update([...checkedRows]);
    checkedRows.clear();
  };
  const table = summaryTable(tableBox, {
    formatTitle,
    onOpen(record) {
      if (record.status !== 'ok') return;
      table.markOpened(record);
      const p = record.previous;
      openReport({ file: record.file, path: record.path, previous: p ? { file: p.file, path: p.path } : null });
    },
  });

  function setState(state) {
    section.dataset.state = state;
    cancel.hidden = state !== 'running';
    csv.disabled = xlsx.disabled = state === 'running';
  }

  async function start(listing) {
    if (run) run.cancel();
    done = null;
    name = listing.root || '批量检查';
    section.hidden = false;
    rollup.hidden = true;
    checkedRows.clear();
    table.clear();
    note.textContent = '';
    count.textContent = '正在列出文件…';
    bar.removeAttribute('value');
    setState('running');
    section.scrollIntoView({ block: 'start' });
    let columns = null;
    const mine = startBatch({
      listing, spawn,
      onProgress({ phase, done: n, total }) {
        if (!total) return;
        bar.max = Math.max(total, 1);
        bar.value = n;
        count.textContent = `${PHASES[phase]} ${n} / ${total} 份`;
        section.dataset.phase = phase;
      },
      onRecord(record) {
        if (run !== mine) return;
        if (!columns) {   // the core's columns come with the first summary row
          columns = mine.columns();
          table.show(columns, mine.records());
        } else {
          checkedRows.add(record);
          rowsTimer ||= setTimeout(showRows, ROWS_EVERY_MS);
        }
      },
    });
    run = mine;
    const finished = await mine.done.catch((e) => ({ error: e }));
    if (run !== mine) return;
    showRows();
    if (finished.error) {
      count.textContent = '批量检查失败：' + finished.error.message;
      setState('failed');
      return;
    }
    done = finished;
    const checked = finished.records.filter((r) => r.summary);
    const unreadable = checked.filter((r) => r.status !== 'ok').length;
    const paired = checked.filter((r) => r.previous).length;
    note.textContent = !finished.records.length && !finished.cancelled ? '所选文件中没有可检查的报告文件。'
      : (finished.cancelled ? `已取消：已检查 ${checked.length} / ${finished.records.length} 份。` : `共 ${checked.length} 份报告。`) +
      (unreadable ? `其中 ${unreadable} 份无法读取。` : '') +
      (paired ? `${paired} 份已与同一机关上一年度的报告做跨年度核对。` : '');
    count.textContent = finished.cancelled ? '已取消' : `已检查 ${checked.length} / ${finished.records.length} 份`;
    setState(finished.cancelled ? 'cancelled' : 'done');
    const unchecked = finished.records.filter((r) => !r.summary);
    for (const r of unchecked) r.cancelled = true;
    if (columns) table.update(unchecked);
    if (!finished.cancelled) offerRollup(listing, finished);
  }

  async function offerRollup(listing, finished) {
    const yearAt = finished.columns ? finished.columns.findIndex((c) => c.key === 'year') : -1;
    const years = {};
    for (const r of finished.records) {
      const year = r.summary && r.status === 'ok' ? r.summary[yearAt].number : undefined;
      if (year !== undefined) years[r.path] = year;
    }
    const layout = await findLayout(listing, years, run.call).catch(() => null);
    if (!layout || done !== finished) return;
    const recordOf = new Map(finished.records.map((r) => [r.path, r]));
    showRollup(rollup, layout, { check: () => run.call('rollup', rollupTree(layout, recordOf)) });
  }

  async function exportAs(fn, extension, type, args) {
    const records = done ? done.records.filter((r) => r.summary) : [];
    if (!records.length) return;
    try {
      download(`${name}-汇总.${extension}`, await run.call(fn, recordsJson(records), ...args), type);
    } catch (e) {
      note.textContent = '导出失败：' + e.message;
    }
  }

  cancel.addEventListener('click', () => { if (run) run.cancel(); });
  close.addEventListener('click', () => {
    if (run) run.cancel();
    run = null;
    done = null;
    section.hidden = true;
  });
  csv.addEventListener('click', () => exportAs('summaryCsv', 'csv', 'text/csv;charset=utf-8', []));
  const exportXlsx = () => exportAs('workbook', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ['']);
  xlsx.addEventListener('click', () => {
    if (hasAsset(EXCEL_MODULE)) exportXlsx();
    else excelModule.click();
  });
  excelModule.addEventListener('change', async () => {
    const [file] = excelModule.files;
    excelModule.value = '';
    if (!file) return;
    try {
      await chooseAsset(EXCEL_MODULE, file);
    } catch (e) {
      note.textContent = '导出失败：' + e.message;
      return;
    }
    exportXlsx();
  });

  // A batch dropped anywhere on the page (the drop zones hand theirs over through takeDrop).
  const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  document.addEventListener('dragover', (e) => { if (hasFiles(e)) e.preventDefault(); });
  document.addEventListener('drop', (e) => {
    if (e.defaultPrevented || !hasFiles(e)) return;   // text dragged into a box drops as usual
    e.preventDefault();                               // a file is never opened in place of the page
    takeDrop(e.dataTransfer);
  });

  function takeDrop(dataTransfer) {
    if (!isBatchDrop(dataTransfer)) return false;
    filesOfDrop(dataTransfer).then(start);
    return true;
  }

  return {
    takeDrop,
    takeFiles(fileList) { start(filesOfInput(fileList)); },
  };
}
