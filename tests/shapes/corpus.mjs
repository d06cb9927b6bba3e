// The reports with hand-read gold (../shared/corpus seeds and dev) and the native CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT, NATIVE, corpusFiles } from '../web/common.mjs';

export { ROOT };
export const SHAPES = process.env.XXGK_SHAPES_DIR || join(ROOT, 'build/shapes');

// [{ name: '003_b58532c6c9d423bb', txt: path, text, gold }], the reports that have a gold file.
export function goldReports() {
  return corpusFiles().map((txt) => {
    const name = basename(txt, '.txt');
    const goldPath = txt.replace(/\.txt$/, '.expected.json');
    let gold;
    try { gold = JSON.parse(readFileSync(goldPath, 'utf8')); } catch { return null; }
    return { name, txt, text: readFileSync(txt, 'utf8'), gold };
  }).filter(Boolean);
}

export function cli(args) {
  const r = spawnSync(NATIVE, args, { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

export const cliModel = () => JSON.parse(cli(['--model']).stdout);

// The contract JSON of one file, or { unreadable: message } when the CLI cannot read it.
export function checkFile(file) {
  const r = cli(['--format', 'json', file]);
  if (r.status === 2) return { unreadable: (r.stderr || '').trim() };
  return JSON.parse(r.stdout);
}
