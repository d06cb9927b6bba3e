// Headless Debian Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

export const CHROMIUM = process.env.XXGK_CHROMIUM || '/usr/bin/chromium';

export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'xxgk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
    ...options,
  });
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

// Collects what must not happen: network requests, page errors, console errors, dialogs.
export function watch(context, page, allowed = /^(file|data|blob):/) {
  const w = { requests: [], errors: [], dialogs: [] };
  context.on('request', (r) => { if (!allowed.test(r.url())) w.requests.push(r.url()); });
  page.on('pageerror', (e) => w.errors.push('pageerror: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') w.errors.push('console: ' + m.text()); });
  page.on('dialog', (d) => { w.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('worker', (wk) => wk.on('console', (m) => { if (m.type() === 'error') w.errors.push('worker console: ' + m.text()); }));
  return w;
}

// Sets the textarea like a paste does (value + input event) and waits for the matching result.
export async function pasteAndWait(page, selector, text) {
  const before = await page.evaluate(() => document.getElementById('status').dataset.seq || '0');
  await page.evaluate(({ selector, text }) => {
    const ta = document.querySelector(selector);
    ta.value = text;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }, { selector, text });
  await page.waitForFunction((b) => {
    const s = document.getElementById('status');
    return s.dataset.state === 'done' && s.dataset.seq !== b;
  }, before, { timeout: 30000 });
  return page.evaluate(() => Number(document.getElementById('status').dataset.checkMs));
}

// A folder over HTTP on 127.0.0.1 (the hosted build): {origin, close()}.
export async function serveStatic(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
    '.wasm': 'application/wasm', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const p = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, p.endsWith('/') ? p + 'index.html' : p);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
