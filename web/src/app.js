// The page: paste → (debounced) check in a Web Worker → render meta, findings and tables.
// No rule logic here: everything shown comes from the core's result JSON.
import { FORMAT_NAMES, SCRIPT_NAMES } from './layout.js';
import { renderTables } from './render-tables.js';
import { renderFindings } from './findings.js';
import { toCsv, toJson, copyTables, download, baseName } from './export.js';
import { documentReader } from './documents.js';
import { serveAssets } from './assets.js';

const DEBOUNCE_MS = 250;
const STUCK_MS = 3000;   // a check running longer than this is abandoned when new text arrives

const $ = (id) => document.getElementById(id);
const input = $('report-input');
const previous = $('previous-input');
const statusEl = $('status');
const metaEl = $('meta');
const findingsEl = $('findings');
const tablesEl = $('tables');
const resultsEl = $('results');

let worker = null;
let documents = null;      // documentReader(worker): files and pasted HTML, read in the Worker
let workerReady = false;
let nextId = 1;
let latestId = 0;
let inFlight = null;       // {id, since}
let timer = 0;
let current = null;        // {result, text}

function setStatus(state, text, extra) {
  statusEl.dataset.state = state;
  statusEl.textContent = text;
  if (extra && extra.ms !== undefined) statusEl.dataset.checkMs = extra.ms.toFixed(1);
}

// ---- worker ----
function createWorker() {
  const inline = document.getElementById('xxgk-worker-source');
  if (inline) {
    // Single-file build: module workers and .wasm files cannot be fetched from file://, so the
    // worker comes from a Blob of its inlined source (its wasm from assets.js).
    const url = URL.createObjectURL(new Blob([inline.textContent], { type: 'text/javascript' }));
    const w = new Worker(url, { name: 'xxgk-lint' });
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    return w;
  }
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'xxgk-lint' });
}

function startWorker() {
  if (worker) worker.terminate();
  workerReady = false;
  inFlight = null;
  setStatus('loading', '正在加载检查模块…');
  worker = createWorker();
  serveAssets(worker);
  documents = documentReader(worker);
  worker.onmessage = onWorkerMessage;
  worker.onerror = (e) => {
    e.preventDefault();
    setStatus('error', '检查模块出错：' + (e.message || '未知错误'));
  };
}

function onWorkerMessage(e) {
  const msg = e.data || {};
  if (typeof msg.id === 'string' && msg.id.startsWith('doc-')) return;   // documents.js's
  if (msg.type === 'ready') {
    workerReady = true;
    statusEl.dataset.loadMs = msg.ms.toFixed(0);
    $('version').textContent = 'xxgk-lint ' + msg.version;
    setStatus('ready', '就绪：粘贴报告全文即可检查');
    if (input.value.trim()) requestCheck(); else if (inFlight) inFlight = null;
    return;
  }
  if (msg.type === 'result') {
    if (inFlight) {
      if (inFlight.id === msg.id) inFlight = null;
      else inFlight.since = performance.now();   // the worker has moved on to a newer text
    }
    if (msg.id !== latestId) return;            // an older text: ignore
    let result;
    try { result = JSON.parse(msg.json); } catch (err) {
      setStatus('error', '检查结果无法解析');
      return;
    }
    show(result, inFlightText.get(msg.id) ?? input.value);
    inFlightText.clear();
    statusEl.dataset.seq = String(msg.id);
    setStatus('done', `已检查，用时 ${msg.ms.toFixed(1)} 毫秒`, { ms: msg.ms });
    return;
  }
  if (msg.type === 'error') {
    setStatus('error', msg.message && msg.message.startsWith('检查模块') ? msg.message : '检查失败：' + msg.message);
    // The module may be unusable after an abort: start a fresh one for the next text.
    if (workerReady) { worker.terminate(); worker = null; workerReady = false; inFlight = null; }
  }
}

const inFlightText = new Map();

function requestCheck() {
  clearTimeout(timer);
  const text = input.value;
  if (!text.trim()) {
    latestId = nextId++;
    current = null;
    resultsEl.hidden = true;
    if (workerReady) setStatus('ready', '就绪：粘贴报告全文即可检查');
    return;
  }
  if (!worker) startWorker();
  if (inFlight && performance.now() - inFlight.since > STUCK_MS) startWorker();   // stuck on an old text
  const id = nextId++;
  latestId = id;
  inFlightText.set(id, text);
  const options = {};
  if (previous.value.trim()) options.previous = previous.value;
  if (!workerReady) return;                        // sent when the module is ready
  if (!inFlight) inFlight = { id, since: performance.now() };
  else inFlight.id = id;
  setStatus('checking', '正在检查…');
  worker.postMessage({ type: 'check', id, text, options });
}

function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(requestCheck, DEBOUNCE_MS);
}

// ---- rendering ----
function metaItem(key, label, value) {
  const wrap = document.createElement('div');
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.dataset.meta = key;
  if (value === null || value === undefined || value === '') {
    dd.textContent = '未识别';
    dd.classList.add('unknown');
  } else {
    dd.textContent = String(value);
  }
  wrap.append(dt, dd);
  return wrap;
}

function renderMeta(result) {
  const m = result.meta || {};
  metaEl.replaceChildren(
    metaItem('agency', '机关', m.agency),
    metaItem('year', '年度', m.year),
    metaItem('format', '格式', m.format ? FORMAT_NAMES[m.format] || m.format : null),
    metaItem('script', '字体', m.script ? SCRIPT_NAMES[m.script] || m.script : null),
    metaItem('published', '发布日期', m.published),
    metaItem('title', '标题', m.title),
  );
}

function show(result, text) {
  current = { result, text };
  renderMeta(result);
  renderFindings(findingsEl, result, text, selectFinding);
  renderTables(tablesEl, result);
  resultsEl.hidden = false;
}

// ---- finding → cells and source span ----
function selectFinding(f, item) {
  for (const e of document.querySelectorAll('.finding.active')) e.classList.remove('active');
  for (const e of document.querySelectorAll('td.highlight')) e.classList.remove('highlight');
  item.classList.add('active');
  const cells = [];
  if (f.table && Array.isArray(f.cells)) {
    for (const c of f.cells) {
      const sel = `[data-cell="${CSS.escape(`${f.table}:${c[0]}:${c[1]}`)}"]`;
      const td = tablesEl.querySelector(sel);
      if (td) { td.classList.add('highlight'); cells.push(td); }
    }
  }
  const span = Array.isArray(f.span) ? f.span : null;
  if (span && span[0] >= 0 && span[1] >= span[0] && current && input.value === current.text) {
    input.focus({ preventScroll: true });
    input.setSelectionRange(span[0], span[1]);
    scrollTextareaTo(input, span[0]);
  }
  if (cells.length) cells[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
}

// Scrolls a textarea so that the character at offset is visible (measured with a mirror element).
function scrollTextareaTo(ta, offset) {
  const cs = getComputedStyle(ta);
  const m = document.createElement('div');
  for (const p of ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'tabSize',
    'paddingTop', 'paddingLeft', 'paddingRight', 'wordBreak', 'overflowWrap']) m.style[p] = cs[p];
  m.style.boxSizing = 'content-box';
  m.style.width = (ta.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)) + 'px';
  m.style.whiteSpace = 'pre-wrap';
  m.style.position = 'absolute';
  m.style.visibility = 'hidden';
  m.style.top = '0';
  m.style.left = '-10000px';
  m.textContent = ta.value.slice(0, offset) + '\u200b';
  document.body.append(m);
  const h = m.scrollHeight;
  m.remove();
  ta.scrollTop = Math.max(0, h - ta.clientHeight / 3);
}

// ---- files and pasted HTML: read and checked in the Worker (documents.js) ----
function checkOptions(target) {
  return target === input && previous.value.trim() ? { previous: previous.value } : {};
}

// A read document: its text goes in the box; for the report box its result is shown as is (the
// same result as the CLI's for that file: repairs and tables included).
function showDocument(doc, target, label) {
  const msg = $('file-message');
  if (doc.status !== 'ok') {
    msg.textContent = `无法读取 ${label}：${doc.message}`;
    msg.dataset.state = 'error';
    return;
  }
  target.value = doc.text;
  msg.textContent = `已读取 ${label}`;
  msg.dataset.state = 'ok';
  if (target !== input) { if (input.value.trim()) scheduleCheck(); return; }
  clearTimeout(timer);
  latestId = nextId++;
  show(doc.result, doc.text);
  statusEl.dataset.seq = String(latestId);
  setStatus('done', '已检查');
}

async function readFile(file, target) {
  const msg = $('file-message');
  if (!worker) startWorker();
  msg.textContent = `正在读取 ${file.name}…`;
  msg.dataset.state = 'busy';
  const [doc] = await documents.readFiles([file], { options: checkOptions(target) });
  showDocument(doc, target, file.name);
}

async function pasteDocument(e, target) {
  if (!worker) startWorker();
  const doc = await documents.readClipboard(e, { options: checkOptions(target) });
  if (doc) showDocument(doc, target, '粘贴的内容');
}

function setupDrop(zone, target) {
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragging'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragging');
    const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (f) readFile(f, target);
  });
}

// ---- wiring ----
input.addEventListener('input', scheduleCheck);
input.addEventListener('paste', (e) => { pasteDocument(e, input); });
previous.addEventListener('input', () => { if (input.value.trim()) scheduleCheck(); });
setupDrop($('drop-zone'), input);
setupDrop(previous, previous);
$('file-input').addEventListener('change', (e) => {
  const f = e.target.files && e.target.files[0];
  if (f) readFile(f, input);
  e.target.value = '';
});
$('previous-file-input').addEventListener('change', (e) => {
  const f = e.target.files && e.target.files[0];
  if (f) { $('previous-details').open = true; readFile(f, previous); }
  e.target.value = '';
});
$('export-csv').addEventListener('click', () => {
  if (current) download(baseName(current.result) + '.csv', toCsv(current.result), 'text/csv;charset=utf-8');
});
$('export-json').addEventListener('click', () => {
  if (current) download(baseName(current.result) + '.json', toJson(current.result), 'application/json');
});
$('copy-tsv').addEventListener('click', async () => {
  if (!current) return;
  const ok = await copyTables(current.result);
  const b = $('copy-tsv');
  b.dataset.copied = ok ? 'yes' : 'no';
  const old = b.textContent;
  b.textContent = ok ? '已复制' : '复制失败';
  setTimeout(() => { b.textContent = old; }, 1500);
});

startWorker();
