// The page's document paths in headless Chromium (the single file from file://), each against the
// native CLI on the same file and against the gold of the report it comes from:
//   file input: .txt, .docx (LibreOffice, pandoc), .pdf (LibreOffice, Chromium's print-to-PDF, the
//     published 06_hongze_2023.pdf), .html (seed-to-html, LibreOffice's and Chromium's own HTML, a
//     GBK page, a page with an unclosed comment and script);
//   a real clipboard paste: a report with its tables rendered by Chromium, zeros left blank,
//     selected, copied and pasted into the page's text box with the real clipboard.
// For every source but PDF, the page's Document JSON (HTML parsed by DOMParser) equals the CLI's
// (gumbo) and the contract JSON is the same bytes; PDFs (pdf.js vs poppler) compare their tables.
// Gold (../shared/corpus/**/*.expected.json) wins: the Document's grid cells must carry the gold
// values (no table reader involved), and the rebuilt tables are compared end to end with an
// explicit list of known failures (a listed case that agrees fails too: strike it from the list).
// Also: the start-up path loads the checker's wasm only; the readers and pdf.js come when needed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS, NATIVE, ROOT, SINGLE } from './common.mjs';
import { launch } from './browser.mjs';
import { model as loadModel, openSingle } from './page-helpers.mjs';
import { gridDifferences, loadGold, tableDifferences } from './gold.mjs';

const PRINT_DOCUMENT = join(ROOT, 'build/native/tests/xxgk_print_document');
const FIXTURES = join(ROOT, 'build/fixtures/docs');
const SEEDS = { '000': 'seeds/000_806d6c890c9d0d8d', '003': 'seeds/003_b58532c6c9d423bb' };
const HONGZE = 'dev/06_hongze_2023';

// "<file>|<front end>" → why the Document's grid cells are not the gold values (the PDF layout,
// core/src/document/pdf_tables.cpp: a grid rebuilt from positions).
const KNOWN_GRID_FAILURES = new Map([
  ['000.pdf|cli', 'LibreOffice 的 PDF（2019 格式）：表三、表四的格子未分成每行 7 个、15 个数'],
  ['000.pdf|page', 'LibreOffice 的 PDF（2019 格式）：表三、表四的格子未分成每行 7 个、15 个数'],
  ['000-chromium.pdf|cli', 'Chromium 的 PDF（2019 格式）：表三各行的数未分成 7 格'],
  ['000-chromium.pdf|page', 'Chromium 的 PDF（2019 格式）：表三各行的数未分成 7 格'],
]);
// "<file>|<front end>" → why the rebuilt tables differ from the gold.
const KNOWN_TABLE_FAILURES = new Map([]);

// What disagrees with the list: a difference not listed, or a listed case that now agrees.
function disagreements(known, key, diffs) {
  if (known.has(key)) return diffs.length ? [] : [`${key} 列为已知失败（${known.get(key)}），现在却与金标一致：请从清单中删去`];
  return diffs.length ? [`${key} 与金标不一致：\n  ${diffs.slice(0, 8).join('\n  ')}`] : [];
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { maxBuffer: 64 << 20 });
  return r.stdout.toString();
};

let browser, page, pageWatch, model, ready = false, skipWhy = '';
const fixtures = [];   // {name, path, gold, pdf}

// Records what the page's Worker says (its document answers and the assets it asks for) and the
// HTML of every paste, without changing the page.
function hooks() {
  window.__xxgk = { documents: [], assets: [], clipboard: [] };
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      this.addEventListener('message', (e) => {
        const m = e.data || {};
        if (m.type === 'document') window.__xxgk.documents.push({ json: m.json, contract: m.contract });
        if (m.type === 'asset-request') window.__xxgk.assets.push(m.name);
      });
    }
  };
  document.addEventListener('paste', (e) => window.__xxgk.clipboard.push(e.clipboardData.getData('text/html')), true);
}

async function openPage() {
  const { page: p, w } = await openSingle(browser.context);
  return { p, w };
}

// The Worker's answer for the next document the page reads.
async function nextDocument(p, action) {
  const n = await p.evaluate(() => window.__xxgk.documents.length);
  await action();
  await p.waitForFunction((k) => window.__xxgk.documents.length > k, n, { timeout: 90000 });
  return p.evaluate((k) => window.__xxgk.documents[k], n);
}

before(async () => {
  assert.ok(existsSync(SINGLE), `${SINGLE} missing: scripts/build-wasm.sh`);
  assert.ok(existsSync(PRINT_DOCUMENT), `${PRINT_DOCUMENT} missing: cmake --build build/native`);
  const made = spawnSync('bash', [join(ROOT, 'tests/web/make-doc-fixtures.sh'), ...Object.keys(SEEDS)], { stdio: 'inherit' });
  if (made.status === 3) { skipWhy = '没有 LibreOffice 或 pandoc'; return; }
  assert.equal(made.status, 0, 'make-doc-fixtures.sh failed');
  model = loadModel();
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await browser.context.addInitScript(hooks);
  // Chromium's own HTML (its DOM serialised) and print-to-PDF of each seed's HTML.
  const printer = await browser.context.newPage();
  for (const [n, report] of Object.entries(SEEDS)) {
    await printer.goto(pathToFileURL(join(FIXTURES, `${n}.html`)).href);
    writeFileSync(join(FIXTURES, `${n}-chromium.html`), await printer.content());
    writeFileSync(join(FIXTURES, `${n}-chromium.pdf`), await printer.pdf({ format: 'A4' }));
    copyFileSync(join(CORPUS, `${report}.txt`), join(FIXTURES, `${n}.txt`));
    const gold = loadGold(join(CORPUS, `${report}.expected.json`));
    for (const suffix of ['.txt', '.docx', '-pandoc.docx', '.pdf', '-chromium.pdf', '.html', '-lo.html', '-chromium.html',
      '-gbk.html', '-unclosed.html']) {
      const name = n + suffix;
      fixtures.push({ name, path: join(FIXTURES, name), gold, pdf: suffix.endsWith('.pdf'), text: suffix === '.txt' });
    }
  }
  await printer.close();
  if (existsSync(join(CORPUS, `${HONGZE}.pdf`))) {
    fixtures.push({ name: basename(HONGZE) + '.pdf', path: join(CORPUS, `${HONGZE}.pdf`),
      gold: loadGold(join(CORPUS, `${HONGZE}.expected.json`)), pdf: true });
  }
  ({ p: page, w: pageWatch } = await openPage());
  ready = true;
});
after(async () => { if (browser) await browser.close(); });

test('start-up loads the checker only; the readers come with the first document, pdf.js with the first PDF', async (t) => {
  if (!ready) { t.skip(skipWhy); return; }
  const { p, w } = await openPage();
  // The active worker and its warm spare (web/src/check-client.js) each load the checker only.
  const atStart = await p.evaluate(() => window.__xxgk.assets);
  assert.deepEqual([...new Set(atStart)], ['xxgk-lint.wasm']);
  // Every lazily loaded piece is inline gzip + base64, none in the Worker's source.
  const inline = await p.evaluate(() => [...document.querySelectorAll('script[data-asset]')].map((s) => [s.dataset.asset, s.textContent.slice(0, 4)]));
  assert.ok(inline.length >= 5, JSON.stringify(inline));
  for (const [name, head] of inline) assert.equal(head, 'H4sI', `${name}: gzip (1f 8b 08) in base64`);
  const workerSource = await p.evaluate(() => document.getElementById('xxgk-worker-source').textContent.length);
  assert.ok(workerSource < 200 * 1024, `the Worker's source holds no module: ${workerSource} bytes`);
  await nextDocument(p, () => p.setInputFiles('#file-input', join(FIXTURES, '003.txt')));
  const readersAsked = async () => (await p.evaluate(() => window.__xxgk.assets)).filter((a) => a !== 'xxgk-lint.wasm');
  assert.deepEqual((await readersAsked()).sort(), ['xxgk-readers.mjs', 'xxgk-readers.wasm']);
  await nextDocument(p, () => p.setInputFiles('#file-input', join(FIXTURES, '003.docx')));
  assert.equal((await readersAsked()).length, 2, 'the readers are loaded once');
  await nextDocument(p, () => p.setInputFiles('#file-input', join(FIXTURES, '003-chromium.pdf')));
  const afterPdf = await p.evaluate(() => window.__xxgk.assets);
  assert.ok(afterPdf.includes('vendor/pdfjs/pdf.min.mjs') && afterPdf.includes('vendor/pdfjs/pdf.worker.min.mjs'),
    JSON.stringify(afterPdf));
  assert.deepEqual(w.requests, []);
  assert.deepEqual(w.errors, []);
  await p.close();
});

test('file input: every document as the CLI reads it, its grid and its tables against the gold', async (t) => {
  if (!ready) { t.skip(skipWhy); return; }
  for (const f of fixtures) {
    await t.test(f.name, async () => {
      const msg = await nextDocument(page, () => page.setInputFiles('#file-input', f.path));
      const doc = JSON.parse(msg.json);
      assert.equal(doc.status, 'ok', doc.message);
      const nativeDoc = JSON.parse(run(PRINT_DOCUMENT, [f.path]));
      const nativeContract = run(NATIVE, ['--format', 'json', f.path]);
      const contract = JSON.parse(msg.contract);
      if (!f.pdf) {
        assert.deepEqual(doc, nativeDoc, 'Document JSON: page = CLI');
        assert.equal(msg.contract + '\n', nativeContract, 'contract JSON: page = CLI, byte for byte');
      }
      const wrong = [];
      for (const [front, d, c] of [['page', doc, contract], ['cli', nativeDoc, JSON.parse(nativeContract)]]) {
        // Plain text has no explicit table: its grid is the checker's reading alone.
        if (d.tables.length) wrong.push(...disagreements(KNOWN_GRID_FAILURES, `${f.name}|${front}`, gridDifferences(d, f.gold, model)));
        wrong.push(...disagreements(KNOWN_TABLE_FAILURES, `${f.name}|${front}`, tableDifferences(c, f.gold)));
      }
      assert.deepEqual(wrong, []);
    });
  }
});

// A PDF whose Chinese font is not embedded (STSong-Light, UniGB-UCS2-H or another encoding): its
// text needs the CMaps inlined with pdf.js (the encoding's for the codes, Adobe-GB1-UCS2 for Unicode).
function pdfWithoutEmbeddedFont(hexText, encoding = 'UniGB-UCS2-H') {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>',
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${encoding} /DescendantFonts [5 0 R] >>`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /FontDescriptor 6 0 R ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 ' +
      '/Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
  ];
  const content = `BT /F1 12 Tf 72 700 Td <${hexText}> Tj ET`;
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

test('a PDF whose Chinese font is not embedded reads through the inlined CMaps', async (t) => {
  if (!ready) { t.skip(skipWhy); return; }
  const buffer = pdfWithoutEmbeddedFont('653F5E9C4FE1606F516C5F00');   // 政府信息公开
  const msg = await nextDocument(page, () => page.setInputFiles('#file-input', { name: 'cmap.pdf', mimeType: 'application/pdf', buffer }));
  const doc = JSON.parse(msg.json);
  assert.equal(doc.status, 'ok', doc.message);
  assert.match(doc.text, /政府信息公开/);
});

// UniGB-UTF16-H and GBK-EUC-H's variants are inlined as deltas of UniGB-UCS2-H and GBK-EUC-H
// (scripts/pack-cmaps.mjs): read through the base they name.
for (const [encoding, hex] of [['UniGB-UTF16-H', '653F5E9C4FE1606F516C5F00'], ['GBK2K-H', 'D5FEB8AED0C5CFA2B9ABBFAA']]) {
  test(`a PDF whose font is not embedded, encoded ${encoding}, reads through the inlined delta CMap`, async (t) => {
    if (!ready) { t.skip(skipWhy); return; }
    const buffer = pdfWithoutEmbeddedFont(hex, encoding);   // 政府信息公开
    const msg = await nextDocument(page, () => page.setInputFiles('#file-input', { name: `${encoding}.pdf`, mimeType: 'application/pdf', buffer }));
    const doc = JSON.parse(msg.json);
    assert.equal(doc.status, 'ok', doc.message);
    assert.match(doc.text, /政府信息公开/);
  });
}

test('a real clipboard paste of a rendered report whose tables have blank cells', async (t) => {
  if (!ready) { t.skip(skipWhy); return; }
  // Seed 003 with real tables, every 0 of its statutory tables left blank, rendered by Chromium.
  const html = readFileSync(join(FIXTURES, '003.html'), 'utf8').replace(/<td([^>]*)>0<\/td>/g, '<td$1></td>');
  const source = join(FIXTURES, '003-blank.html');
  writeFileSync(source, html);
  const view = await browser.context.newPage();
  await view.goto(pathToFileURL(source).href);
  await view.locator('body').click({ position: { x: 5, y: 5 } });
  await view.keyboard.press('Control+A');
  await view.keyboard.press('Control+C');
  await view.close();
  await page.locator('#report-input').fill('');
  await page.locator('#report-input').focus();
  const msg = await nextDocument(page, () => page.keyboard.press('Control+V'));
  const pasted = await page.evaluate(() => window.__xxgk.clipboard.at(-1));
  assert.match(pasted, /<table/i, 'the clipboard has the tables as HTML');
  assert.match(pasted, /<td[^>]*>\s*<\/td>/i, 'and their blank cells');
  const clip = join(FIXTURES, '003-clipboard.html');
  writeFileSync(clip, pasted);
  const doc = JSON.parse(msg.json);
  assert.equal(doc.status, 'ok', doc.message);
  assert.equal(await page.inputValue('#report-input'), doc.text, 'the document text is in the box');
  assert.deepEqual(doc, JSON.parse(run(PRINT_DOCUMENT, [clip])), 'Document JSON: page = CLI');
  assert.equal(msg.contract + '\n', run(NATIVE, ['--format', 'json', clip]), 'contract JSON: page = CLI');
  const gold = fixtures.find((f) => f.name === '003.html').gold;
  // Every blank cell kept in its place: the grid is the gold with its zeros blank.
  assert.deepEqual(gridDifferences(doc, gold, model, { blankIsZero: true }), []);
  const strict = gridDifferences(doc, gold, model);
  assert.ok(strict.length > 0 && strict.every((d) => d.endsWith('：null，金标 0')), strict.join('\n'));
  // Nothing of all this read, parsed or pasted broke the page's policy or logged an error.
  assert.deepEqual(pageWatch.errors, []);
  assert.deepEqual(pageWatch.requests, []);
});
