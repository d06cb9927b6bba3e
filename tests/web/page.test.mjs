// The single-file page opened from disk (file://) in headless Debian Chromium, and the hosted
// build (build/web/ over a local HTTP server).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SINGLE, SEED_003, WEB, corpusFiles } from './common.mjs';
import { launch, pasteAndWait, openReady } from './browser.mjs';

const seed = readFileSync(SEED_003, 'utf8');
let browser;

before(async () => {
  assert.ok(existsSync(SINGLE), `${SINGLE} missing: scripts/build-wasm.sh`);
  browser = await launch();
});
after(async () => { if (browser) await browser.close(); });

const openSingle = () => openReady(browser.context, pathToFileURL(SINGLE).href);

test('single file from disk: seed 003 shows the balance error in place, no network, no errors', async () => {
  const { page, w } = await openSingle();
  await pasteAndWait(page, '#report-input', seed);
  const item = page.locator('#findings [data-rule="requests.balance"]').first();
  await item.waitFor({ timeout: 10000 });
  assert.equal(await item.getAttribute('data-severity'), 'error');
  assert.equal(await page.locator('[data-cell="requests:new_received:0"][data-severity="error"]').count(), 1);
  // The smallest fix is offered beside the cells it changes (option 1: 本年新收 自然人 and 总计 → 26).
  assert.equal(await page.locator('[data-cell="requests:new_received:0"] .suggest').textContent(), '→ 26');
  assert.equal(await page.locator('[data-cell="requests:new_received:6"] .suggest').textContent(), '→ 26');
  // The three tables are real tables.
  assert.equal(await page.locator('#tables table').count(), 3);
  assert.ok(await page.locator('[data-cell="review_litigation:review:total"]').count() === 1);
  // Meta at the top.
  assert.notEqual(await page.locator('[data-meta="agency"]').textContent(), '');

  // Clicking the finding highlights its cells and selects its span in the textarea.
  await item.click();
  assert.ok(await page.locator('td.highlight[data-cell="requests:new_received:0"]').count() === 1);
  const sel = await page.evaluate(() => {
    const ta = document.getElementById('report-input');
    return [ta.selectionStart, ta.selectionEnd];
  });
  const finding = await page.evaluate(() => null);
  assert.ok(sel[1] > sel[0], 'a span is selected in the textarea');
  void finding;

  assert.deepEqual(w.requests, [], 'no network request');
  assert.deepEqual(w.errors, [], 'no page or console error');
  assert.deepEqual(w.dialogs, []);
  await page.close();
});

test('single file: pasted markup executes nothing', async () => {
  const { page, w } = await openSingle();
  const evil = seed.replace('双辽市', '双辽市<img src=x onerror=alert(1)></textarea><script>window.__pwned=1</script>') +
    '\n<img src=x onerror="window.__pwned=2">\n</textarea><script>window.__pwned=3;alert(3)</script>\n';
  await pasteAndWait(page, '#report-input', evil);
  await page.locator('.finding').first().click().catch(() => {});
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#results img, #results script').count(), 0);
  assert.deepEqual(w.dialogs, [], 'no dialog opened');
  assert.deepEqual(w.requests, [], 'no network request (the img src=x would be one)');
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('single file: check time of a typical report in the page', async (t) => {
  const { page, w } = await openSingle();
  const files = [SEED_003, ...corpusFiles().filter((f) => f !== SEED_003)];
  const rows = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const times = [];
    for (let i = 0; i < 5; i++) {
      // A trailing space makes each paste a new text.
      times.push(await pasteAndWait(page, '#report-input', text + ' '.repeat(i)));
    }
    times.sort((a, b) => a - b);
    rows.push({ file: f.split('/').pop(), chars: text.length, median_ms: times[2], max_ms: times[4] });
  }
  t.diagnostic(`模块加载（含预热）${await page.evaluate(() => document.getElementById('status').dataset.loadMs)} ms`);
  for (const r of rows) t.diagnostic(`${r.file}: ${r.chars} 字符, 中位 ${r.median_ms.toFixed(1)} ms, 最慢 ${r.max_ms.toFixed(1)} ms`);
  const seedRow = rows[0];
  assert.ok(seedRow.median_ms < 100, `seed 003 checked in ${seedRow.median_ms} ms`);
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('single file: previous-year report is passed to the check', async () => {
  const { page, w } = await openSingle();
  await page.locator('#previous-details summary').click();
  await page.fill('#previous-input', seed);
  await pasteAndWait(page, '#report-input', seed);
  assert.ok(await page.locator('.finding').count() > 0);
  assert.deepEqual(w.errors, []);
  assert.deepEqual(w.requests, []);
  await page.close();
});

test('single file: a chosen .txt file goes through the readers into the check', async () => {
  const { page, w } = await openSingle();
  const before = await page.evaluate(() => document.getElementById('status').dataset.seq || '0');
  await page.setInputFiles('#file-input', SEED_003);
  await page.waitForFunction((b) => {
    const s = document.getElementById('status');
    return s.dataset.state === 'done' && s.dataset.seq !== b;
  }, before, { timeout: 30000 });
  assert.equal(await page.inputValue('#report-input'), seed);
  assert.ok(await page.locator('#findings [data-rule="requests.balance"]').count() > 0);
  assert.deepEqual(w.requests, []);
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('single file: a PDF is read by the readers (pdf.js inlined) when they are built', async (t) => {
  if (!existsSync(join(WEB, 'vendor/pdfjs/pdf.min.mjs'))) { t.skip('no build/web/vendor/pdfjs'); return; }
  // A PDF of seed 003 printed by the same Chromium.
  const printer = await browser.context.newPage();
  await printer.setContent('<pre style="font-size:9pt">' + seed.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]) + '</pre>');
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();
  const { page, w } = await openSingle();
  const before = await page.evaluate(() => document.getElementById('status').dataset.seq || '0');
  await page.setInputFiles('#file-input', { name: '003.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.waitForFunction((b) => {
    const s = document.getElementById('status');
    const m = document.getElementById('file-message');
    return (s.dataset.state === 'done' && s.dataset.seq !== b) || m.dataset.state === 'error';
  }, before, { timeout: 60000 });
  const msg = await page.locator('#file-message').textContent();
  assert.equal(await page.locator('#file-message').getAttribute('data-state'), 'ok', msg);
  assert.ok((await page.inputValue('#report-input')).includes('本年新收政府信息公开申请数量'));
  assert.ok(await page.locator('#findings [data-rule="requests.balance"]').count() > 0);
  assert.deepEqual(w.requests, []);
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('hosted build (build/web over HTTP): module worker and separate .wasm', async () => {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
    '.wasm': 'application/wasm', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const p = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(WEB, p.endsWith('/') ? p + 'index.html' : p);
    if (!file.startsWith(WEB) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const { page, w } = await openReady(browser.context, origin + '/index.html',
      new RegExp('^(data|blob|' + origin.replace(/[.:/]/g, '\\$&') + ')'));
    await pasteAndWait(page, '#report-input', seed);
    assert.equal(await page.locator('#findings [data-rule="requests.balance"][data-severity="error"]').count() > 0, true);
    assert.equal(await page.locator('[data-cell="requests:new_received:0"][data-severity="error"]').count(), 1);
    assert.deepEqual(w.requests, [], 'only the page origin');
    assert.deepEqual(w.errors, []);
    await page.close();
  } finally {
    server.close();
  }
});
