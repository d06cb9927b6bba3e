// The file readers in headless Chromium, as the page uses them:
//  - single-file mode: readers bundled by esbuild into an inline classic script (as
//    scripts/assemble-web.mjs does), pdf.js + worker + CMaps inlined as
//    <script type="text/plain" data-vendor=…>, the page's strict CSP, opened from file://;
//  - hosted mode: ES modules served over http with vendor/ beside src/.
// Each must give exactly the text the node test gets, use a real Worker for pdf.js and make
// no network request. Needs build/fixtures/docs (make-doc-fixtures.sh) and build/web/vendor/pdfjs.
//   node --test tests/web/readers-browser.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './common.mjs';
import { nonEmbeddedChinesePdf } from './tiny-pdf.mjs';

const FIXTURES = join(ROOT, 'build/fixtures/docs');
const VENDOR = join(ROOT, 'build/web/vendor');
const HARNESS = join(ROOT, 'build/fixtures/readers-harness');
const FILES = ['000.docx', '000.pdf', '003.pdf', '000-locked.pdf', 'cid-nonembedded.pdf'];

let why = '';
if (!existsSync(join(VENDOR, 'pdfjs/pdf.min.mjs'))) why = 'build/web/vendor/pdfjs 不存在（scripts/build-pdfjs.sh）';
else if (!FILES.every((f) => f.startsWith('cid') || existsSync(join(FIXTURES, f)))) why = 'build/fixtures/docs 不完整（先运行 readers.test.mjs 或 tests/web/make-doc-fixtures.sh）';
let launch;
try { ({ launch } = await import('./browser.mjs')); } catch { why ||= 'playwright-core 未安装（tests/web: npm ci）'; }
if (!why && !existsSync(process.env.XXGK_CHROMIUM || '/usr/bin/chromium')) why = 'chromium 未安装';
if (why) console.log(`# SKIP ${why}`);

// What node reads from the same files (the reference).
async function nodeText(name) {
  const { readReportFile } = await import(pathToFileURL(join(ROOT, 'web/src/readers/index.js')));
  const { configurePdfReader } = await import(pathToFileURL(join(ROOT, 'web/src/readers/pdf.js')));
  configurePdfReader({ vendorBase: pathToFileURL(VENDOR + '/').href, fetchText: async (u) => readFileSync(new URL(u), 'utf8') });
  try {
    const canvas = createRequire(join(ROOT, 'web/package.json'))('@napi-rs/canvas');
    for (const k of ['DOMMatrix', 'ImageData', 'Path2D']) globalThis[k] ??= canvas[k];
  } catch { /* optional */ }
  const b = readFileSync(join(FIXTURES, name));
  return readReportFile({ name, arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.length) })
    .catch((e) => `ERROR ${e.message}`);
}

// Runs in the page: reads a base64 fixture through the readers and returns text or "ERROR …".
const HARNESS_CALL = `
window.readFixture = async (b64, name) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  try { return await readReportFile(new File([bytes], name)); } catch (e) { return 'ERROR ' + e.message; }
};`;

function singleFilePage() {
  const esbuild = createRequire(join(ROOT, 'web/package.json'))('esbuild');
  const entry = join(HARNESS, 'single-entry.js');
  writeFileSync(entry, `import { readReportFile } from ${JSON.stringify(join(ROOT, 'web/src/readers/index.js'))};\n${HARNESS_CALL}\n`);
  const js = esbuild.buildSync({
    entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', minify: true,
    target: ['chrome100', 'firefox100', 'safari15'], logLevel: 'error',
    define: { 'import.meta.url': '__xxgk_base_url' },
    banner: { js: "var __xxgk_base_url = typeof document !== 'undefined' ? document.baseURI : self.location.href;" },
  }).outputFiles[0].text;
  const sha = `'sha256-${createHash('sha256').update(js, 'utf8').digest('base64')}'`;
  const csp = `default-src 'none'; script-src ${sha} 'wasm-unsafe-eval' blob:; worker-src blob:; connect-src blob: data:; style-src 'none'; img-src data: blob:; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'`;
  const vendor = [];
  const walk = (dir, rel = '') => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), rel + e.name + '/');
      else vendor.push(`<script type="text/plain" data-vendor="${rel + e.name}">${readFileSync(join(dir, e.name), 'utf8')}</script>`);
    }
  };
  walk(VENDOR);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}"><title>readers</title></head><body>
${vendor.join('\n')}\n<script>${js}</script></body></html>`;
  writeFileSync(join(HARNESS, 'single.html'), html);
  return pathToFileURL(join(HARNESS, 'single.html')).href;
}

// Hosted mode: /src/readers/*.js and /vendor/** over http, the hosted page's CSP.
function startServer() {
  const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' blob:; worker-src 'self' blob:; connect-src 'self' blob: data:; style-src 'self'; img-src 'self' data: blob:; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"></head>
<body><script type="module" src="/harness.js"></script></body></html>`;
  const harness = `import { readReportFile } from '/src/readers/index.js';\n${HARNESS_CALL}\nwindow.harnessReady = true;\n`;
  const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let body = null;
    if (path === '/') body = page;
    else if (path === '/harness.js') body = harness;
    else {
      const file = path.startsWith('/src/readers/') ? join(ROOT, 'web', normalize(path))
        : path.startsWith('/vendor/') ? join(ROOT, 'build/web', normalize(path)) : null;
      if (file && existsSync(file)) body = readFileSync(file);
    }
    if (body === null) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': (types[extname(path)] ?? 'text/html') + '; charset=utf-8' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let browser = null, server = null;
const expected = {};
before(async () => {
  if (why) return;
  mkdirSync(HARNESS, { recursive: true });
  writeFileSync(join(FIXTURES, 'cid-nonembedded.pdf'), nonEmbeddedChinesePdf([{ x: 50, y: 700, text: '规章' }, { x: 200, y: 700, text: '40' }]));
  for (const f of FILES) expected[f] = await nodeText(f);
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function readAll(url, allowed, ready) {
  const page = await browser.context.newPage();
  const seen = { requests: [], errors: [], workers: 0 };
  browser.context.on('request', (r) => { if (!allowed.test(r.url())) seen.requests.push(r.url()); });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('worker', () => seen.workers++);
  await page.goto(url);
  await page.waitForFunction(ready, null, { timeout: 30000 });
  const out = {};
  for (const f of FILES) {
    const b64 = readFileSync(join(FIXTURES, f)).toString('base64');
    out[f] = await page.evaluate(([b, n]) => window.readFixture(b, n), [b64, f]);
  }
  await page.close();
  return { out, seen };
}

function check({ out, seen }) {
  assert.deepEqual(seen.errors, [], 'page errors');
  assert.deepEqual(seen.requests, [], 'requests outside the page');
  assert.ok(seen.workers >= 1, 'pdf.js ran without a Worker');
  for (const f of FILES) assert.equal(out[f], expected[f], `${f}: browser text differs from node`);
  assert.match(out['000-locked.pdf'], /^ERROR 无法读取该 PDF 文件：文件设有打开密码/);
  assert.equal(out['cid-nonembedded.pdf'], '规章\t40\n', 'CMaps from the vendor files');
}

test('single-file page (file://, inline vendor, strict CSP): same text as node, pdf.js in a blob Worker', { skip: why || false }, async () => {
  check(await readAll(singleFilePage(), /^(file|data|blob):/, () => typeof window.readFixture === 'function'));
});

test('hosted page (http, ES modules, vendor/ beside src/): same text as node, pdf.js in a Worker', { skip: why || false }, async () => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const r = await readAll(origin + '/', new RegExp(`^(${origin.replace(/\./g, '\\.')}|data:|blob:)`), () => window.harnessReady === true);
  check(r);
});
