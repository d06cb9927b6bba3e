// The reports with hand-read gold (../shared/corpus seeds and dev) and the native CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT, NATIVE, CORPUS, corpusFiles } from '../web/common.mjs';

export { ROOT, NATIVE, CORPUS };
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

export function cli(args, input) {
  const r = spawnSync(NATIVE, args, { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

export const cliModel = () => JSON.parse(cli(['--model']).stdout);

// The contract JSON of one file (or of stdin text when `input` is given and file is '-').
export function checkFile(file, input) {
  const r = cli(['--format', 'json', file], input);
  if (r.status === 2) return { unreadable: (r.stderr || '').trim() };
  return JSON.parse(r.stdout);
}

// One result per file of a folder (JSON Lines, all cores), keyed by path relative to the folder.
export function checkFolder(dir) {
  const r = cli(['--format', 'jsonl', '-q', dir]);
  const out = new Map();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const j = JSON.parse(line);
    out.set(j.file ?? j.path, j);
  }
  return out;
}
