// node tests/web/bench-batch.mjs [COPIES]: a batch in the page (headless Chromium, the single file):
// the corpus texts COPIES times over (default 28: 336 reports) in one folder through the folder
// input, timed from choosing the folder to the last row; beside it the native CLI on the same
// folder (`--format csv`, all cores). Printed, never asserted; scripts/bench.sh runs it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { corpusFiles, NATIVE } from './common.mjs';
import { launch } from './browser.mjs';
import { openSingle } from './page-helpers.mjs';

const copies = Number(process.argv[2] || 28);
const dir = mkdtempSync(join(tmpdir(), 'xxgk-bench-batch-'));
const folder = join(dir, 'reports');
mkdirSync(folder);
const texts = corpusFiles();
for (let i = 0; i < copies; i++) for (const f of texts) copyFileSync(f, join(folder, `${String(i).padStart(3, '0')}-${basename(f)}`));
const total = copies * texts.length;
const { context, close } = await launch();
try {
  const { page } = await openSingle(context);
  const workers = await page.evaluate(() => Math.min(4, navigator.hardwareConcurrency || 2));
  const t0 = performance.now();
  await page.setInputFiles('#folder-input', folder);
  await page.waitForFunction(() => document.getElementById('batch').dataset.state === 'done', null, { timeout: 600000 });
  const ms = performance.now() - t0;
  const rows = await page.locator('#batch-table tbody tr').count();
  console.log(`页面批量检查：${rows} 份（语料 ${texts.length} 份 × ${copies}），${workers} 个 Worker，用时 ${(ms / 1000).toFixed(1)} s（每份 ${(ms / total).toFixed(1)} ms，含加载模块、年度配对与汇总行）`);
  const n0 = performance.now();
  spawnSync(NATIVE, ['--format', 'csv', '-q', folder], { maxBuffer: 1 << 28 });
  console.log(`本机命令行同一文件夹（--format csv，全部核心）：${((performance.now() - n0) / 1000).toFixed(2)} s`);
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
