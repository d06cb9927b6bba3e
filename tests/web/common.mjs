// Paths shared by the web tests.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const NATIVE = process.env.XXGK_NATIVE_CLI || join(ROOT, 'build/native/xxgk-lint');
export const WASM_CLI = join(ROOT, 'wasm/cli.mjs');
export const WEB = process.env.XXGK_WEB_DIR || join(ROOT, 'build/web');
export const SINGLE = join(WEB, 'xxgk-lint.html');
export const CORPUS = process.env.XXGK_CORPUS || resolve(ROOT, '../shared/corpus');
export const SEED_003 = join(CORPUS, 'seeds/003_b58532c6c9d423bb.txt');

export function corpusFiles() {
  const out = [];
  for (const sub of ['seeds', 'dev']) {
    const dir = join(CORPUS, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push(join(dir, f));
  }
  return out;
}
