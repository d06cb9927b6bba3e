// A batch in Web Workers of its own (typing in the page never cancels it; cancel() ends it): each
// report read and checked by the core exactly as a single file is (documents.js), then each report
// whose agency's report of the year before is in the batch checked again with that report's text
// as `previous`: the pairs the core's yearPairs makes, as the CLI pairs a folder. Which files are
// reports, each summary row, the exports and the roll-up are the core's too (call()).
//
//   const batch = startBatch({ listing, spawn, onProgress, onRecord })
//   listing: what batch-files.js gives; spawn() → a Worker running worker.js
//   onProgress({phase, done, total})   phase 'check' (every report), then 'pairs' (the re-checks)
//   onRecord(record)                   a record checked (again)
//   await batch.done                   → {records, columns, cancelled}
//   batch.cancel()                     ends the workers; records not checked keep status null
//   await batch.call(fn, ...args)      a function of worker-calls.js, in a worker kept afterwards
//   batch.columns(), batch.records()   the core's summary columns (after the first row), the records
//   recordsJson(records)               the records as the core's functions take them
//
//   record: {index, path, file, status ('ok' | a reading status | null before its check), message,
//            contract (the contract JSON text | null), sha256, previous (the record it was checked
//            against | null), metrics ({key: the result's metric}), summary ([{text, number}],
//            one per column of the core's summary)}
import { documentReader } from './documents.js';

const MAX_WORKERS = 4;

export function recordsJson(records) {
  const text = (s) => JSON.stringify(s || '');
  return '[' + records.map((r) => `{"file":${text(r.path)},"result":${r.contract || 'null'},` +
    `"message":${text(r.message)},"sha256":${text(r.sha256)},"previous_file":${text(r.previous && r.previous.path)}}`).join(',') + ']';
}

export async function sha256(file) {
  if (!globalThis.crypto || !crypto.subtle) return '';   // not a secure context: the column stays empty
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
    return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return '';
  }
}

export function startBatch({ listing, spawn, onProgress, onRecord }) {
  let cancelled = false;
  let callIds = 0;
  let columns = null;
  let records = [];
  const slots = [];
  let stop;
  const stopped = new Promise((resolve) => { stop = resolve; });

  function newSlot() {
    const worker = spawn();
    const slot = { worker, reader: documentReader(worker) };
    // A worker that dies (out of memory) answers nothing more: what waits on it fails.
    slot.dead = new Promise((resolve) => worker.addEventListener('error', (e) => {
      e.preventDefault();
      resolve(new Error('检查模块出错：' + (e.message || '未知错误')));
    }));
    return slot;
  }

  function replace(slot) {
    slot.worker.terminate();
    Object.assign(slot, newSlot());
  }

  // What a slot's worker answers; fails when the worker dies or (during the batch) on cancel.
  const onSlot = (slot, promise, cancellable = true) => Promise.race([
    promise, slot.dead.then((e) => { throw e; }),
    ...(cancellable ? [stopped.then(() => { throw new Error('已取消'); })] : [])]);

  function callOn(slot, fn, args, cancellable = true) {
    const id = `call-${++callIds}`;
    return onSlot(slot, new Promise((resolve, reject) => {
      const listen = (e) => {
        const m = e.data || {};
        if (m.id !== id) return;
        slot.worker.removeEventListener('message', listen);
        if (m.type === 'answer') resolve(m.value); else reject(new Error(m.message));
      };
      slot.worker.addEventListener('message', listen);
      slot.worker.postMessage({ type: 'call', id, fn, args });
    }), cancellable);
  }

  async function summarise(slot, record) {
    const table = JSON.parse(await callOn(slot, 'summaryTable', [recordsJson([record])]));
    columns ??= table.columns;
    record.summary = table.rows[0];
    onRecord(record);
  }

  // A file read and checked: the fields of its record.
  async function checked(slot, file, options) {
    const [doc] = await onSlot(slot, slot.reader.readFiles([file], { options }));
    if (!doc.document) replace(slot);   // the module may be unusable after an abort
    return {
      status: doc.status, message: doc.status === 'ok' ? '' : doc.message,
      contract: doc.contract || null,
      metrics: doc.result ? doc.result.metrics || {} : {},
    };
  }

  // Each record's work on the first free worker. A worker that fails is replaced, and
  // failed(slot, record, error) says what became of the record.
  async function runAll(phase, list, work, failed) {
    let next = 0, done = 0;
    onProgress({ phase, done, total: list.length });
    await Promise.all(slots.map(async (slot) => {
      while (!cancelled && next < list.length) {
        const record = list[next++];
        try {
          await work(slot, record);
        } catch (e) {
          if (cancelled) return;
          replace(slot);
          await failed(slot, record, e).catch(() => onRecord(record));
        }
        onProgress({ phase, done: ++done, total: list.length });
      }
    }));
  }

  async function run() {
    slots.push(newSlot());
    const chosen = JSON.parse(await callOn(slots[0], 'batchInputs', [JSON.stringify(listing.files.map((f) => f.path))]));
    const items = [...chosen.map((i) => listing.files[i]), ...listing.files.filter((f) => f.folder)];
    records = items.map((f, index) => ({
      index, path: f.path, file: f.file, problem: f.problem, status: null, message: '', contract: null,
      sha256: '', previous: null, metrics: {}, summary: null,
    }));
    const workers = Math.max(1, Math.min(records.length, MAX_WORKERS, navigator.hardwareConcurrency || 2));
    while (slots.length < workers) slots.push(newSlot());

    await runAll('check', records, async (slot, record) => {
      if (!record.file) {
        Object.assign(record, { status: 'unreadable', message: record.problem });
      } else {
        const sha = await sha256(record.file);
        Object.assign(record, await checked(slot, record.file, {}));
        record.sha256 = record.status === 'ok' ? sha : '';   // as the CLI's records of unreadable files
      }
      return summarise(slot, record);
    }, (slot, record, e) => {
      Object.assign(record, { status: 'damaged', message: '检查失败：' + e.message, contract: null, metrics: {} });
      return summarise(slot, record);
    });
    if (cancelled) return;
    const pairs = JSON.parse(await callOn(slots[0], 'yearPairs', ['[' + records.map((r) => r.contract || 'null').join(',') + ']']));
    // A report whose re-check fails keeps its check alone, as one whose previous year cannot be read.
    await runAll('pairs', records.filter((r) => pairs[r.index] >= 0), async (slot, record) => {
      const previous = records[pairs[record.index]];
      const [last] = await onSlot(slot, slot.reader.readFiles([previous.file]));
      if (last.status !== 'ok') return;   // checked alone, as the CLI does
      const again = await checked(slot, record.file, { previous: last.text });
      if (again.status !== 'ok') return;
      Object.assign(record, again, { previous });
      return summarise(slot, record);
    }, async (slot, record) => { if (record.previous) await summarise(slot, record); });
    while (slots.length > 1) slots.pop().worker.terminate();
  }

  const finished = () => ({ records, columns, cancelled });
  return {
    done: run().then(finished, (e) => { if (cancelled) return finished(); throw e; }),
    cancel() {
      cancelled = true;
      stop();
      while (slots.length) slots.pop().worker.terminate();
    },
    columns: () => columns,
    records: () => records,
    call(fn, ...args) {
      if (!slots.length) slots.push(newSlot());
      return callOn(slots[0], fn, args, false);
    },
  };
}
