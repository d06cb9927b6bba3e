// The single-file page opened from disk (file://) in headless Debian Chromium, and the hosted
// build (build/web/ over a local HTTP server).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SINGLE, SEED_003, WEB } from './common.mjs';
import { launch, watch, pasteAndWait, serveStatic } from './browser.mjs';
import { nativeResult, openHosted } from './page-helpers.mjs';

const seed = readFileSync(SEED_003, 'utf8');
let browser;

before(async () => {
  assert.ok(existsSync(SINGLE), `${SINGLE} missing: scripts/build-wasm.sh`);
  browser = await launch();
});
after(async () => { if (browser) await browser.close(); });

async function openSingle() {
  const page = await browser.context.newPage();
  const w = watch(browser.context, page);
  await page.goto(pathToFileURL(SINGLE).href);
  await page.waitForFunction(() => ['ready', 'done'].includes(document.getElementById('status').dataset.state),
    null, { timeout: 30000 });
  return { page, w };
}

test('single file from disk: seed 003 shows the balance error in place, no network, no errors', async () => {
  const { page, w } = await openSingle();
  await pasteAndWait(page, '#report-input', seed);
  const item = page.locator('#findings [data-rule="requests.balance"]').first();
  await item.waitFor({ timeout: 10000 });
  assert.equal(await item.getAttribute('data-severity'), 'error');
  assert.equal(await page.locator('[data-cell="requests:new_received:0"][data-severity="error"]').count(), 1);
  // The core's best fix is offered beside the cells it changes.
  const best = nativeResult(seed).findings.find((f) => f.details && f.details.fixes).details.fixes[0];
  for (const c of best) {
    assert.equal(await page.locator(`[data-cell="requests:${c.row}:${c.column}"] .suggest`).textContent(), `→ ${c.to}`);
  }
  // The three tables are real tables.
  assert.equal(await page.locator('#tables table').count(), 3);
  assert.ok(await page.locator('[data-cell="review_litigation:review:total"]').count() === 1);
  // The summary says what was read and checked.
  const coverage = nativeResult(seed).coverage.requests;
  const summary = await page.locator('#summary').textContent();
  assert.ok(summary.includes(`表三 ${coverage.cells_read}/${coverage.cells_expected} 格`), summary);
  assert.match(summary, /项检查中通过 \d+ 项/);
  // Meta at the top; the rule's Chinese title on screen, its id in small type.
  assert.notEqual(await page.locator('[data-meta="agency"]').textContent(), '');
  assert.match(await item.locator('.rule-title').textContent(), /[\u4e00-\u9fff]/);
  assert.equal(await item.locator('.rule-id').textContent(), 'requests.balance');

  // Clicking the finding highlights its cells and marks its place in the text (selecting nothing).
  await item.click();
  assert.ok(await page.locator('td.highlight[data-cell="requests:new_received:0"]').count() === 1);
  assert.ok(await page.locator('.source-mark').count() > 0, 'the place is marked over the text box');
  const sel = await page.evaluate(() => {
    const ta = document.getElementById('report-input');
    return [ta.selectionStart, ta.selectionEnd, document.activeElement === ta];
  });
  assert.equal(sel[0], sel[1], 'nothing is selected in the text box');
  assert.equal(sel[2], false, 'the text box does not take the focus');

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /connect-src 'none'/, 'the single file fetches nothing');
  assert.match(csp, /img-src data:;/);
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
  const { origin, close } = await serveStatic(WEB);
  try {
    const { page, w } = await openHosted(browser.context, origin);
    await pasteAndWait(page, '#report-input', seed);
    assert.equal(await page.locator('#findings [data-rule="requests.balance"][data-severity="error"]').count() > 0, true);
    assert.equal(await page.locator('[data-cell="requests:new_received:0"][data-severity="error"]').count(), 1);
    assert.deepEqual(w.requests, [], 'only the page origin');
    // The hosted page's policy is as narrow as the module allows: no image from the origin, no
    // connection beyond the origin (the worker fetches the .wasm from it).
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directive = (name) => (csp.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name) || []).slice(1);
    assert.deepEqual(directive('img-src'), ['data:']);
    assert.deepEqual(directive('connect-src'), ["'self'"]);
    assert.ok(!directive('script-src').includes('blob:') && !directive('script-src').includes("'unsafe-eval'"));
    assert.deepEqual(w.errors, []);
    await page.close();
  } finally {
    close();
  }
});

test('single file: pasted HTML (a table copied from a web page) is read in the Worker, its text undoable', async () => {
  const { seedToHtml } = await import('./seed-to-html.mjs');
  const { page, w } = await openSingle();
  const before = await page.evaluate(() => document.getElementById('status').dataset.seq || '0');
  await page.focus('#report-input');
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'plain text the page must not take');
    document.getElementById('report-input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, seedToHtml(seed));
  await page.waitForFunction((b) => {
    const s = document.getElementById('status');
    return s.dataset.state === 'done' && s.dataset.seq !== b;
  }, before, { timeout: 30000 });
  const text = await page.inputValue('#report-input');
  assert.ok(text.includes('本年新收政府信息公开申请数量') && !text.includes('must not take'));
  assert.ok(await page.locator('#findings [data-rule="requests.balance"]').count() > 0);
  await page.focus('#report-input');
  await page.keyboard.press('Control+z');
  assert.equal(await page.inputValue('#report-input'), '', 'Ctrl+Z takes the pasted document back out');
  assert.deepEqual(w.requests, []);
  assert.deepEqual(w.errors, []);
  await page.close();
});
