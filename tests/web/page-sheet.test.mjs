// The 检查意见单 as Chromium prints it (page.pdf() uses the print stylesheet), read back with
// pdftotext; and the findings in the CSV and JSON exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, pasteAndWait } from './browser.mjs';
import { openSingle, seedText, seqOf, nativeResult, SEED_003 } from './page-helpers.mjs';

const seed = seedText(SEED_003);
const expected = nativeResult(seed);
let browser;
let dir;
before(async () => { browser = await launch(); dir = mkdtempSync(join(tmpdir(), 'xxgk-sheet-')); });
after(async () => { if (browser) await browser.close(); rmSync(dir, { recursive: true, force: true }); });

const squeeze = (s) => s.replace(/\s+/g, '');

async function ready(page) {
  await pasteAndWait(page, '#report-input', seed);
  const seq = await seqOf(page);
  await page.waitForFunction((s) => document.getElementById('sheet').dataset.seq === s, seq);
}

test('the printed 检查意见单 holds agency, year, date, version, every finding, the checklist, the signature lines and the tables', async () => {
  const { page, w } = await openSingle(browser.context);
  await ready(page);
  const pdf = join(dir, 'sheet.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  const text = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString());
  const now = new Date();
  for (const want of ['政府信息公开工作年度报告检查意见单', expected.meta.agency, `${expected.meta.year}年`,
    `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`, expected.version, '国办公开办函〔2021〕30号',
    '经办人：', '审核人：', '日期：', '已通过的检查']) {
    assert.ok(text.includes(squeeze(want)), `the sheet says ${want}`);
  }
  for (const f of expected.findings) {
    assert.ok(text.includes(squeeze(f.message)), `the sheet lists ${f.rule}: ${f.message}`);
  }
  // The fix, in the sheet's words, and a passed check with its mark.
  assert.ok(text.includes('修改建议：方案1：'), 'the fix is printed');
  assert.ok(text.includes('✓'), 'passed checks are ticked');
  // The tables as read follow, in the statutory layout.
  assert.ok(text.includes('附：按报告内容重建的统计表'));
  assert.ok(text.includes('申请人情况') && text.includes('法人或其他组织'));
  // Nothing of the screen is printed.
  assert.ok(!text.includes('粘贴报告全文') && !text.includes('导出CSV'));
  assert.deepEqual(w.errors, []);
  await page.close();
});

async function download(page, button) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('CSV and JSON exports carry the tables and every finding', async () => {
  const { page } = await openSingle(browser.context);
  await ready(page);
  const csv = await download(page, '#export-csv');
  assert.match(csv.name, /\.csv$/);
  assert.ok(csv.text.includes('申请人情况'), 'the statutory header');
  assert.ok(csv.text.includes('检查发现'));
  for (const f of expected.findings) assert.ok(csv.text.includes(f.rule), `CSV lists ${f.rule}`);
  const json = JSON.parse((await download(page, '#export-json')).text);
  assert.deepEqual(json.findings, expected.findings);
  assert.deepEqual(json.tables, expected.tables);
  assert.ok(json.checked_at);
  const html = await download(page, '#export-tables');
  assert.match(html.text, /<th colspan="7">申请人情况<\/th>/);
  await page.close();
});
