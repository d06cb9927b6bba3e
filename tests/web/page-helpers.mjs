// Shared by the page tests: open the single-file page, wait for a check, read the model and the
// gold files, type gold numbers into the hand-filled form.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS, NATIVE, SINGLE } from './common.mjs';
import { watch } from './browser.mjs';

export const seedText = (name) => readFileSync(join(CORPUS, 'seeds', `${name}.txt`), 'utf8');
export const seedGold = (name) => JSON.parse(readFileSync(join(CORPUS, 'seeds', `${name}.expected.json`), 'utf8'));
export const devText = (name) => readFileSync(join(CORPUS, 'dev', `${name}.txt`), 'utf8');
export const SEED_000 = '000_806d6c890c9d0d8d';
export const SEED_003 = '003_b58532c6c9d423bb';

let modelCache = null;
export function model() {
  modelCache ??= JSON.parse(execFileSync(NATIVE, ['--model'], { maxBuffer: 1 << 26 }).toString());
  return modelCache;
}

// The native CLI's result for a text (exit code 1 only says an error was found).
export function nativeResult(text) {
  const r = spawnSync(NATIVE, ['--format', 'json', '-'], { input: text, maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`xxgk-lint: ${r.stderr}`);
  return JSON.parse(r.stdout.toString());
}

export async function openSingle(context) {
  return open(context, pathToFileURL(SINGLE).href);
}

// The hosted build served at origin (browser.mjs's serveStatic): no request beyond that origin.
export async function openHosted(context, origin) {
  return open(context, origin + '/index.html', new RegExp('^(data|blob|' + origin.replace(/[.:/]/g, '\\$&') + ')'));
}

async function open(context, url, allowed) {
  const page = await context.newPage();
  const w = watch(context, page, allowed);
  await page.goto(url);
  await page.waitForFunction(() => ['ready', 'done'].includes(document.getElementById('status').dataset.state),
    null, { timeout: 30000 });
  return { page, w };
}

export const seqOf = (page) => page.evaluate(() => document.getElementById('status').dataset.seq || '0');

// Waits for a check newer than `before` to be shown.
export async function waitForCheck(page, before, timeout = 60000) {
  await page.waitForFunction((b) => {
    const s = document.getElementById('status');
    return s.dataset.state === 'done' && s.dataset.seq !== b;
  }, before, { timeout });
}

// The value cells of a gold table as {"table:row:column": "text"} (the page's data-cell ids).
export function goldCells(gold) {
  const out = {};
  const text = (v) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6));
  for (const [block, rows] of Object.entries(gold.active || {})) {
    for (const [row, values] of Object.entries(rows)) values.forEach((v, i) => { out[`active:${block}.${row}:${i}`] = text(v); });
  }
  for (const [row, values] of Object.entries(gold.requests || {})) values.forEach((v, i) => { out[`requests:${row}:${i}`] = text(v); });
  for (const [group, cols] of Object.entries(gold.review_litigation || {})) {
    for (const [col, v] of Object.entries(cols)) out[`review_litigation:${group}:${col}`] = text(v);
  }
  return out;
}

// Text of every labelled header cell of a table in the model's format (what the page must show).
export function headerLabels(formatId, table) {
  const spec = model().formats.find((f) => f.id === formatId).tables[table];
  if (table === 'active') return spec.blocks.flatMap((b) => [b.caption, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]);
  if (table === 'requests') return [...spec.header.flat().map((h) => h.label), ...spec.rows.map((r) => r.display)];
  return spec.header.flat().map((h) => h.label);
}
