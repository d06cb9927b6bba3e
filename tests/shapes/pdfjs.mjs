// The page's PDF reading on every generated PDF: pdf.js text runs through the wasm modules
// (wasm/cli.mjs, as in the page's Worker) must give the tables and identity the native CLI's
// poppler runs give, so the gold checks of the native reading hold for the page too.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';

export const WASM_CLI = join(ROOT, 'wasm/cli.mjs');
export const WASM_BUILT = existsSync(join(process.env.XXGK_WASM_DIR || join(ROOT, 'build/wasm/wasm'), 'xxgk-lint.mjs'));

function wasmResult(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WASM_CLI, file]);
    const out = [], err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (status) => {
      try { resolve(JSON.parse(Buffer.concat(out).toString())); }
      catch { resolve({ unreadable: Buffer.concat(err).toString().trim() || `exit ${status}` }); }
    });
  });
}

// What the page reads differently from the CLI: a short description, or '' when the same.
function difference(page, cli) {
  if (page.unreadable) return `pdf.js reading failed: ${page.unreadable.slice(0, 120)}`;
  const parts = [];
  for (const key of new Set([...Object.keys(cli.tables || {}), ...Object.keys(page.tables || {})]))
    if (JSON.stringify(page.tables?.[key]) !== JSON.stringify(cli.tables?.[key])) parts.push(`table ${key}`);
  for (const key of ['title', 'agency', 'year', 'format'])
    if (page.meta?.[key] !== cli.meta?.[key]) parts.push(`meta.${key} ${JSON.stringify(page.meta?.[key])}`);
  return parts.length ? `pdf.js reads differently from poppler: ${parts.join(', ')}` : '';
}

// items: [{ file, native }] (native: the CLI's result). Returns Map file → difference ('' = same),
// two files at a time.
export async function pageDifferences(items, parallel = 2) {
  const out = new Map();
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const { file, native } = items[next++];
      out.set(file, difference(await wasmResult(file), native));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return out;
}
