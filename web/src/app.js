// The page: the report's text (or the hand-filled form) → check in a Web Worker → meta, summary,
// findings, tables, checklist and the printable 检查意见单. No rule logic and no format labels
// here: everything shown comes from the result JSON and the core's model and rule list.
import { createCheckClient } from './check-client.js';
import { sourceHighlighter } from './source-highlight.js';
import { replaceText, replaceAllText } from './text-edit.js';
import { findingsView } from './findings.js';
import { groupFindings, relationRulesOf } from './finding-groups.js';
import { cellSpan } from './finding-text.js';
import { renderTables, cellId, TABLE_IDS } from './render-tables.js';
import { checklist, coverageLine } from './checklist.js';
import { renderSheet } from './report-sheet.js';
import { handForm } from './hand-form.js';
import { composeText, toUserSpan, pieceAt } from './compose-text.js';
import { inputNotice } from './input-size.js';
import { sampleReportText } from './sample-report.js';
import { formatLabel, defaultFormatValue } from './statutory-table.js';
import { SEVERITY_NAMES, SCRIPT_NAMES } from './words.js';
import { documentReader } from './documents.js';
import { serveAssets } from './assets.js';
import { batchView } from './batch.js';
import {
  toCsv, toJson, tablesHtml, tablesTsv, tablesDocument, copyRich, download, baseName,
} from './export.js';

const TYPING_DELAY_MS = 250;   // a check starts this long after the last keystroke
const FORM_DELAY_MS = 150;

const $ = (id) => document.getElementById(id);
const input = $('report-input');
const previous = $('previous-input');
const statusEl = $('status');

const page = {
  model: null,
  rules: [],
  ruleMap: new Map(),
  relationRules: new Set(),
  version: '',
  mode: 'text',            // 'text' | 'form'
  textVersion: 0,          // grows with every change of the text box
  loadingDocument: false,  // a read document's text is going into the box (its result comes with it)
  plain: null,             // {text, result}: the last check of the text alone (sections for the form)
  requests: new Map(),     // id → what was asked: {kind, userText, textVersion, composed}
  shown: null,             // {id, result, request}
  timer: 0,
};

function setStatus(state, text) {
  statusEl.dataset.state = state;
  statusEl.textContent = text;
}

// ---- the check worker ----
function spawnWorker() {
  const worker = newWorker();
  serveAssets(worker);   // its wasm modules and pdf.js, when it asks
  return worker;
}

function newWorker() {
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

const client = createCheckClient({
  spawn: spawnWorker,
  onReady: (info) => ready(info),
  onResult: ({ id, json, ms }) => received(id, json, ms),
  onError: ({ message }) => setStatus('error', message.startsWith('检查模块') ? message : '检查失败：' + message),
  onState: ({ running, spareReady, cancelled }) => {
    statusEl.dataset.running = running ?? '';
    statusEl.dataset.spare = spareReady ? 'ready' : 'loading';
    statusEl.dataset.cancelled = String(cancelled);
  },
});

// Files and pasted HTML are read (and checked) in the Worker, as the CLI reads them.
const documents = documentReader(client.port);

function ready({ version, model, rules, ms }) {
  page.model = model;
  page.rules = rules || [];
  page.ruleMap = new Map(page.rules.map((r) => [r.id, r]));
  page.relationRules = relationRulesOf(model);
  page.version = version;
  statusEl.dataset.loadMs = ms.toFixed(0);
  $('version').textContent = 'xxgk-lint ' + version;
  fillIntro();
  setupForm();
  setStatus('ready', '就绪：粘贴报告全文即可检查');
  if (input.value.trim()) checkNow();
}

function options() {
  return previous.value.trim() ? { previous: previous.value } : {};
}

function ask(kind, checkedText, extra = {}) {
  const id = client.check(checkedText, options());
  page.requests.set(id, { kind, userText: input.value, textVersion: page.textVersion, ...extra });
  setStatus('checking', '正在检查…');
  return id;
}

function checkNow() {
  clearTimeout(page.timer);
  if (!page.model) return;
  const text = input.value;
  showNotice(inputNotice(text));
  if (page.mode === 'form') return checkForm(text);
  if (!text.trim()) return nothingToCheck();
  ask('plain', text);
}

function nothingToCheck() {
  client.forget();
  page.shown = null;
  showIntro(true);
  setStatus('ready', '就绪：粘贴报告全文即可检查');
}

// The form is checked inside the report's text: its sections come from a check of the text alone.
function checkForm(text) {
  if (!form.hasValues() && !text.trim()) return nothingToCheck();
  if (!page.plain || page.plain.text !== text) {
    if (!text.trim()) page.plain = { text, result: { sections: [] } };
    else { ask('plain', text, { thenForm: true }); return; }
  }
  const composed = composeText(text, page.plain.result.sections, form.blocks());
  ask('form', composed.text, { composed });
}

function schedule(delay) {
  clearTimeout(page.timer);
  page.timer = setTimeout(checkNow, delay);
}

function received(id, json, ms) {
  const request = page.requests.get(id);
  page.requests.clear();
  if (!request) return;
  let result;
  try { result = JSON.parse(json); } catch (_) { setStatus('error', '检查结果无法解析'); return; }
  if (request.kind === 'plain') page.plain = { text: request.userText, result };
  if (request.thenForm) { if (page.mode === 'form') checkForm(input.value); return; }
  show(id, result, request, ms);
}

// ---- showing a result ----
const findingsEl = $('findings');
const tablesEl = $('tables');
const highlighter = sourceHighlighter(input);
let form = null;

const view = findingsView(findingsEl, {
  onSelect: selectFinding,
  onApplyFix: applyFix,
  onHandForm: (f) => openForm(f.table),
});

function checkedText(request) {
  return request.composed ? request.composed.text : request.userText;
}

function show(id, result, request, ms) {
  page.shown = { id, result, request };
  const text = checkedText(request);
  showIntro(false);
  showNotice(inputNotice(text, result));
  renderMeta(result);
  const items = checklist(result, page.rules, page.model, { previous: Boolean(options().previous) });
  renderSummary(result, items);
  renderChecklist(items);
  view.render(groupFindings(result.findings, page.relationRules), {
    model: page.model, rules: page.ruleMap, result, text, canFix: true,
  });
  const severities = renderTables(tablesEl, result, page.model);
  if (form) form.mark(page.mode === 'form' ? severities : new Map());
  highlighter.clear();
  statusEl.dataset.seq = String(id);
  if (ms !== undefined) statusEl.dataset.checkMs = ms.toFixed(1);
  setStatus('done', ms === undefined ? '已检查' : `已检查，用时 ${ms.toFixed(0)} 毫秒`);
  const n = (result.findings || []).length;
  $('jump-count').textContent = n ? `（${n}）` : '（无问题）';
  const sheet = $('sheet');
  setTimeout(() => {
    if (!page.shown || page.shown.id !== id) return;
    renderSheet(sheet, { result, text, model: page.model, rules: page.ruleMap, checklistItems: items,
      version: page.version, date: new Date() });
    sheet.dataset.seq = String(id);
  }, 0);
}

function showIntro(on) {
  $('intro').hidden = !on;
  $('result-body').hidden = on;
  if (on) { $('jump-count').textContent = ''; delete $('sheet').dataset.seq; $('sheet').replaceChildren(); }
}

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

function formatsOf(result) {
  const tables = result.tables || {};
  const used = [...new Set(TABLE_IDS.map((t) => tables[t] && tables[t].format).filter(Boolean))];
  if (used.length > 1) {
    return TABLE_IDS.filter((t) => tables[t]).map((t) =>
      `${page.model.formats.find((f) => f.id === tables[t].format).tables[t].short} ${tables[t].format} 年格式`).join('，');
  }
  const id = used[0] || (result.meta && result.meta.format);
  return id ? formatLabel(page.model, id) : null;
}

function renderMeta(result) {
  const m = result.meta || {};
  $('meta').replaceChildren(
    metaItem('agency', '机关', m.agency),
    metaItem('year', '年度', m.year),
    metaItem('format', '格式', formatsOf(result)),
    metaItem('script', '字体', m.script ? SCRIPT_NAMES[m.script] || m.script : null),
    metaItem('published', '发布日期', m.published),
    metaItem('title', '标题', m.title),
  );
}

function renderSummary(result, items) {
  const findings = result.findings || [];
  const count = (s) => findings.filter((f) => f.severity === s).length;
  const passed = items.filter((c) => c.status === 'passed').length;
  const failed = items.filter((c) => c.status === 'failed').length;
  const unchecked = items.filter((c) => c.status === 'unchecked').length;
  const read = coverageLine(result, page.model);
  const found = findings.length
    ? '发现' + ['error', 'warning', 'info'].filter((s) => count(s)).map((s) => `${SEVERITY_NAMES[s]} ${count(s)} 项`).join('、')
    : '未发现问题';
  $('summary').textContent = `已检查${read ? `（读出${read}）` : '（未读出统计表）'}：${items.length} 项检查中通过 ${passed} 项` +
    (failed ? `、未通过 ${failed} 项` : '') + (unchecked ? `、未能核对 ${unchecked} 项` : '') + `。${found}。`;
}

function renderChecklist(items) {
  const ul = $('checklist');
  const mark = { passed: '✓', failed: '✗', unchecked: '○' };
  ul.replaceChildren(...items.map((c) => {
    const li = document.createElement('li');
    li.dataset.rule = c.id;
    li.dataset.status = c.status;
    li.textContent = `${mark[c.status]} ${c.title}` + (c.status === 'failed' ? `（${c.count} 项）` : '') +
      (c.note ? `（${c.note}）` : '');
    return li;
  }));
  const passed = items.filter((c) => c.status === 'passed').length;
  $('checklist-summary').textContent = `检查项目：通过 ${passed} 项，共 ${items.length} 项（✓ 未发现该类问题，✗ 发现问题，○ 未能核对）`;
}

function showNotice(notice) {
  const el = $('input-notice');
  el.hidden = !notice;
  el.textContent = notice ? notice.message : '';
  if (notice) el.dataset.kind = notice.kind; else delete el.dataset.kind;
}

// ---- a finding: its cells and its place, without touching the text ----
function selectFinding(f) {
  for (const td of tablesEl.querySelectorAll('td.highlight')) td.classList.remove('highlight');
  const ids = f.table && Array.isArray(f.cells) ? f.cells.map((c) => cellId(f.table, c[0], c[1])) : [];
  for (const id of ids) {
    const td = tablesEl.querySelector(`td[data-cell="${CSS.escape(id)}"]`);
    if (td) td.classList.add('highlight');
  }
  const shown = page.shown;
  if (!shown || shown.request.textVersion !== page.textVersion) { highlighter.clear(); return; }
  // The cells' own places when the core gave them (a relation's span covers the whole table).
  const cellSpans = f.table && Array.isArray(f.cells)
    ? f.cells.map((c) => cellSpan(shown.result, f.table, c[0], c[1])).filter(Boolean) : [];
  const spans = cellSpans.length ? cellSpans : [f.span];
  const composed = shown.request.composed;
  if (composed) form.highlight(ids);
  const shownSpans = composed ? spans.map((s) => toUserSpan(composed, s)).filter(Boolean) : spans;
  if (shownSpans.length) highlighter.show(shownSpans); else highlighter.clear();
}

// ---- 采用此修改: the chosen fix, written into the text (or the form) as if typed ----
function applyFix(fixFinding, optionIndex, button) {
  const shown = page.shown;
  const option = fixFinding.details.fixes[optionIndex];
  if (!shown || shown.request.textVersion !== page.textVersion) {
    setStatus('error', '文字已改动，请等待重新检查后再采用修改');
    return;
  }
  const { result, request } = shown;
  const table = fixFinding.table;
  const changes = option.map((c) => ({ ...c, span: cellSpan(result, table, c.row, c.column) }));
  if (request.composed) {
    const inForm = changes.filter((c) => c.span && (pieceAt(request.composed, c.span[0]) || {}).table);
    for (const c of inForm) form.setValue(cellId(table, c.row, c.column), defaultFormatValue(c.to));
    const inText = changes.filter((c) => !inForm.includes(c)).map((c) => ({ ...c, span: toUserSpan(request.composed, c.span) }));
    if (inText.length && !writeChanges(inText)) return;
  } else if (!writeChanges(changes)) {
    return;
  }
  if (button) $('summary').focus({ preventScroll: true });
  checkNow();
}

// One edit (one undo step) from the first changed cell to the last; each cell's digits are
// replaced only when the text there still reads as the number the core read.
function writeChanges(changes) {
  const text = input.value;
  const number = (s) => Number(s.normalize('NFKC').replace(/[,\s]/g, ''));
  for (const c of changes) {
    if (!c.span || number(text.slice(c.span[0], c.span[1])) !== c.from) {
      setStatus('error', '原文中找不到要修改的数字，请手工修改');
      return false;
    }
  }
  const sorted = [...changes].sort((a, b) => a.span[0] - b.span[0]);
  const from = sorted[0].span[0];
  const to = sorted[sorted.length - 1].span[1];
  let middle = '';
  let at = from;
  for (const c of sorted) {
    middle += text.slice(at, c.span[0]) + defaultFormatValue(c.to);
    at = c.span[1];
  }
  middle += text.slice(at, to);
  replaceText(input, from, to, middle, { keepFocus: $('summary') });
  return true;
}

// ---- the hand-filled form ----
function setupForm() {
  form = handForm($('hand-form'), { model: page.model, onInput: () => schedule(FORM_DELAY_MS) });
  const select = $('form-format');
  select.replaceChildren(...[...page.model.formats].reverse().map((f) => {
    const o = document.createElement('option');
    o.value = f.id;
    o.textContent = `${formatLabel(page.model, f.id)}，${f.first_year}${f.last_year ? `–${f.last_year} 年度` : ' 年度起'}`;
    return o;
  }));
  select.value = form.format;
  select.addEventListener('change', () => { form.setFormat(select.value); checkNow(); });
  $('form-fill').addEventListener('click', () => {
    const result = page.plain && page.plain.result;
    if (result && result.meta) chooseFormat(result);
    if (result) form.fill(result);
    checkNow();
  });
  $('form-clear').addEventListener('click', () => form.clear());
}

function chooseFormat(result) {
  const m = result.meta || {};
  const byYear = m.year && page.model.formats.find((f) => f.first_year <= m.year && (!f.last_year || m.year <= f.last_year));
  const id = m.format || (byYear && byYear.id);
  if (id) { form.setFormat(id); $('form-format').value = form.format; }
}

function setMode(mode) {
  page.mode = mode;
  const isForm = mode === 'form';
  $('mode-text').setAttribute('aria-selected', String(!isForm));
  $('mode-form').setAttribute('aria-selected', String(isForm));
  $('mode-text').tabIndex = isForm ? -1 : 0;
  $('mode-form').tabIndex = isForm ? 0 : -1;
  $('form-panel').hidden = !isForm;
  $('text-panel').hidden = isForm;
  $('layout').classList.toggle('form-mode', isForm);
  checkNow();
}

function openForm(table) {
  if (page.shown && !form.hasValues()) chooseFormat(page.shown.result);
  setMode('form');
  const first = $('hand-form').querySelector(`[data-form-table="${CSS.escape(table || 'requests')}"] input`);
  if (first) first.focus();
}

// ---- the first screen ----
function fillIntro() {
  $('intro-formats').textContent = `（${page.model.formats.map((f) => f.notice).join('、')}）`;
  $('rule-list').replaceChildren(...page.rules.map((r) => {
    const li = document.createElement('li');
    li.textContent = r.title;
    return li;
  }));
  const sample = $('try-sample');
  sample.disabled = false;
  sample.addEventListener('click', () => {
    if (page.mode !== 'text') setMode('text');
    replaceAllText(input, sampleReportText(page.model), { keepFocus: sample });
    checkNow();
  });
}

// ---- files and pasted HTML (documents.js: read and checked in the Worker) ----
// A read document's text goes in the box (as one undoable change); for the report box its result
// is shown as it came with the reading (the CLI's result for that file: tables, repairs).
function showDocument(doc, target, label) {
  const msg = $('file-message');
  if (doc.status !== 'ok') {
    msg.textContent = `无法读取 ${label}：${doc.message}`;
    msg.dataset.state = 'error';
    return;
  }
  msg.textContent = `已读取 ${label}`;
  msg.dataset.state = 'ok';
  if (target !== input) {
    target.value = doc.text;
    if (input.value.trim()) schedule(TYPING_DELAY_MS);
    return;
  }
  page.loadingDocument = true;
  replaceAllText(input, doc.text);
  page.loadingDocument = false;
  showNotice(inputNotice(doc.text));
  page.plain = { text: doc.text, result: doc.result };
  if (page.mode === 'form') { checkNow(); return; }
  show(client.forget(), doc.result, { kind: 'document', userText: doc.text, textVersion: page.textVersion });
}

async function readFile(file, target) {
  const msg = $('file-message');
  msg.textContent = `正在读取 ${file.name}…`;
  msg.dataset.state = 'busy';
  const [doc] = await documents.readFiles([file], { options: target === input ? options() : {} });
  showDocument(doc, target, file.name);
}

// A report of a batch in the full view, checked against the previous year's report it was paired
// with (that one goes in the second box).
async function openBatchReport({ file, previous: last }) {
  previous.value = '';
  if (last) { $('previous-details').open = true; await readFile(last.file, previous); }
  await readFile(file, input);
  clearTimeout(page.timer);   // the result came with the reading
  $('results').scrollIntoView({ block: 'start' });
}

const batch = batchView($('batch'), {
  spawn: spawnWorker,
  formatTitle: (id) => formatLabel(page.model, id),
  openReport: openBatchReport,
});

async function pasteDocument(e) {
  const doc = await documents.readClipboard(e, { options: options() });
  if (doc) showDocument(doc, input, '粘贴的内容');
}

function setupDrop(zone, target) {
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragging'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragging');
    if (target === input && e.dataTransfer && batch.takeDrop(e.dataTransfer)) return;
    const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (f) readFile(f, target);
  });
}

// ---- wiring ----
// Typing waits for a pause; a paste, a drop or a change made by the page is checked at once.
const TYPING = /^(insertText|insertLineBreak|insertParagraph|insertCompositionText|delete)/;
input.addEventListener('input', (e) => {
  page.textVersion += 1;
  if (page.loadingDocument) return;
  if (TYPING.test(e.inputType || '') && e.isTrusted) schedule(TYPING_DELAY_MS); else checkNow();
});
input.addEventListener('paste', pasteDocument);
previous.addEventListener('input', () => { if (input.value.trim()) schedule(TYPING_DELAY_MS); });
setupDrop($('drop-zone'), input);
setupDrop(previous, previous);
$('file-input').addEventListener('change', (e) => {
  const files = e.target.files || [];
  if (files.length > 1) batch.takeFiles(files); else if (files[0]) readFile(files[0], input);
  e.target.value = '';
});
$('folder-input').addEventListener('change', (e) => {
  if (e.target.files && e.target.files.length) batch.takeFiles(e.target.files);
  e.target.value = '';
});
$('previous-file-input').addEventListener('change', (e) => {
  const f = e.target.files && e.target.files[0];
  if (f) { $('previous-details').open = true; readFile(f, previous); }
  e.target.value = '';
});
$('mode-text').addEventListener('click', () => setMode('text'));
$('mode-form').addEventListener('click', () => openForm(null));
for (const tab of [$('mode-text'), $('mode-form')]) {
  tab.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const other = tab.id === 'mode-text' ? $('mode-form') : $('mode-text');
    other.focus();
    other.click();
  });
}
$('prev-finding').addEventListener('click', () => view.move(-1));
$('next-finding').addEventListener('click', () => view.move(1));

const withResult = (fn) => () => { if (page.shown) fn(page.shown); };
$('copy-tables').addEventListener('click', withResult(({ result }) => {
  const ok = copyRich(tablesHtml(result, page.model), tablesTsv(result, page.model));
  const b = $('copy-tables');
  b.dataset.copied = ok ? 'yes' : 'no';
  b.textContent = ok ? '已复制' : '复制失败';
  setTimeout(() => { b.textContent = '复制表格'; }, 1500);
}));
$('export-tables').addEventListener('click', withResult(({ result }) =>
  download(baseName(result) + '-统计表.html', tablesDocument(result, page.model), 'text/html;charset=utf-8')));
$('export-csv').addEventListener('click', withResult(({ result, request }) =>
  download(baseName(result) + '.csv', toCsv(result, page.model, page.ruleMap, checkedText(request)), 'text/csv;charset=utf-8')));
$('export-json').addEventListener('click', withResult(({ result }) =>
  download(baseName(result) + '.json', toJson(result, new Date().toISOString()), 'application/json')));
$('print-sheet').addEventListener('click', () => window.print());

client.start();
