// Batches on the page (headless Chromium): a folder of the corpus reports through the folder input
// of the hosted page (the one with the Excel module), one summary row per report as the native CLI
// lists them; sorting; one report opened in the full view; the CSV and the .xlsx downloaded and
// their cells compared with the CLI's (`--format csv`, `--xlsx`) on the same files. In the single
// file: year pairs with their cross_year findings; a file that cannot be read has its own row and
// its reason; the roll-up of a folder laid out for one; files dropped on the page; cancel; the
// .xlsx from the Excel module the user chooses (the single file leaves it out); nothing fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { CORPUS, NATIVE, WEB } from './common.mjs';
import { launch, serveStatic } from './browser.mjs';
import { openSingle, openHosted, seqOf, waitForCheck, goldCells, SEED_003 } from './page-helpers.mjs';
import { xlsxCells, sheetRows } from './xlsx-cells.mjs';

let browser;
let dir;
let hosted;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'xxgk-batch-'));
  hosted = await serveStatic(WEB);
});
after(async () => {
  if (browser) await browser.close();
  if (hosted) hosted.close();
  rmSync(dir, { recursive: true, force: true });
});

const PDF = 'corpus/dev/06_hongze_2023.pdf';   // pdf.js in the page, poppler in the CLI: runs differ

// RFC 4180, as the core writes it (CRLF, quoted fields), BOM dropped.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

// The native CLI on `names` inside `cwd` (so its file column reads as the page's paths).
function native(cwd, args) {
  const r = spawnSync(NATIVE, args, { cwd, maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1 && r.status !== 2) throw new Error(`xxgk-lint: ${r.stderr}`);
  return r.stdout;
}

async function finished(page, state = 'done') {
  await page.waitForFunction(() => ['done', 'failed', 'cancelled'].includes(document.getElementById('batch').dataset.state),
    null, { timeout: 180000 });
  assert.equal(await page.locator('#batch').getAttribute('data-state'), state, await page.locator('#batch-count').textContent());
}

async function runBatch(page, input, files) {
  await page.setInputFiles(input, files);
  await finished(page);
}

const shownFiles = (page) => page.locator('#batch-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.file));
const cellText = (page, file, column) =>
  page.locator(`#batch-table tr[data-file="${file}"] td[data-column="${column}"]`).textContent();

async function download(page, button) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = join(dir, `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

// The summary sheet of a downloaded .xlsx against the native --xlsx workbook of `root` in `cwd`:
// the same sheets, every row the same (the PDF's: its first four cells). Its rows.
function summarySheetAsCli(xlsx, cwd, root) {
  assert.match(xlsx.name, /\.xlsx$/);
  const nativeBook = join(dir, `native-${Date.now()}.xlsx`);
  native(cwd, ['-q', '--xlsx', nativeBook, root]);
  const mine = xlsxCells(xlsx.bytes), theirs = xlsxCells(readFileSync(nativeBook));
  assert.deepEqual(Object.keys(mine), Object.keys(theirs));
  const [sheet] = Object.keys(mine);
  const mineRows = sheetRows(mine[sheet]), theirRows = sheetRows(theirs[sheet]);
  assert.equal(mineRows.length, theirRows.length);
  assert.deepEqual(mineRows[0], theirRows[0]);
  for (let i = 1; i < theirRows.length; i++) {
    if (theirRows[i][0].endsWith('.pdf')) assert.deepEqual(mineRows[i].slice(0, 4), theirRows[i].slice(0, 4));
    else assert.deepEqual(mineRows[i], theirRows[i], theirRows[i][0]);
  }
  return mineRows;
}

test('a folder of the corpus: a row per report, sorted, one opened, CSV and .xlsx as the CLI writes them', async () => {
  const { page, w } = await openHosted(browser.context, hosted.origin);
  const t0 = performance.now();
  await runBatch(page, '#folder-input', CORPUS);
  const ms = performance.now() - t0;
  const cwd = dirname(CORPUS), root = basename(CORPUS);
  const cli = parseCsv(native(cwd, ['--format', 'csv', '-q', root]).toString());
  const [header, ...cliRows] = cli;
  const col = (name) => header.indexOf(name);

  // One row per report, in the CLI's order; the summary line counts them.
  assert.deepEqual(await shownFiles(page), cliRows.map((r) => r[0]));
  assert.match(await page.locator('#batch-count').textContent(), new RegExp(`已检查 ${cliRows.length} / ${cliRows.length} 份`));
  // Agency as the core reads it, year and format as the gold files give them.
  for (const row of cliRows) {
    const gold = row[0].replace(/\.(txt|pdf)$/, '.expected.json');
    let expected;
    try { expected = JSON.parse(readFileSync(join(cwd, gold), 'utf8')); } catch { continue; }
    assert.equal(await cellText(page, row[0], 'agency'), row[col('agency')], row[0]);
    assert.equal(await cellText(page, row[0], 'year'), String(expected.year), row[0]);
    if (row[col('format')]) assert.equal(await cellText(page, row[0], 'format'), expected.format, row[0]);
  }
  // An indicator's cell says its numerator and denominator.
  const rate = page.locator(`#batch-table tr[data-file="${root}/dev/04_pingtan_2025.txt"] td[data-column="substantive_disclosure_rate"]`);
  assert.equal(await rate.textContent(), cliRows.find((r) => r[0].endsWith('04_pingtan_2025.txt'))[col('实质公开率')]);
  assert.match(await rate.getAttribute('title'), /分子 \d+，分母 \d+/);

  // Sorting: by year ascending (rows without a year last, ties in checking order), then descending
  // with the keyboard.
  const byYear = (sign) => cliRows.map((r, i) => ({ file: r[0], year: r[col('year')] === '' ? null : Number(r[col('year')]), i }))
    .sort((a, b) => (a.year === null || b.year === null ? (a.year === b.year ? a.i - b.i : a.year === null ? 1 : -1)
      : sign * (a.year - b.year) || a.i - b.i)).map((r) => r.file);
  await page.click('#batch-table th[data-column="year"] button');
  assert.equal(await page.locator('#batch-table th[data-column="year"]').getAttribute('aria-sort'), 'ascending');
  assert.deepEqual(await shownFiles(page), byYear(1));
  await page.focus('#batch-table th[data-column="year"] button');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#batch-table th[data-column="year"]').getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await shownFiles(page), byYear(-1));

  // A row opens the report's full view: its tables as the gold file has them, its findings.
  const before = await seqOf(page);
  await page.click(`#batch-table tr[data-file="${root}/seeds/${SEED_003}.txt"] td[data-column="agency"]`);
  await waitForCheck(page, before);
  const gold = goldCells(JSON.parse(readFileSync(join(CORPUS, 'seeds', `${SEED_003}.expected.json`), 'utf8')));
  for (const [cell, value] of Object.entries(gold).filter(([c]) => c.startsWith('requests:'))) {
    assert.equal((await page.locator(`#tables td[data-cell="${cell}"]`).first().textContent()).replace(/→.*$/, ''), value, cell);
  }
  assert.ok(await page.locator('#findings [data-rule="requests.balance"]').count() > 0);
  assert.equal(await page.locator(`#batch-table tr[aria-current="true"]`).getAttribute('data-file'), `${root}/seeds/${SEED_003}.txt`);

  // The CSV: the core's bytes (BOM first) — every row the CLI's, byte for byte, but the PDF's,
  // whose text runs come from another PDF library.
  const csv = await download(page, '#batch-csv');
  assert.match(csv.name, /\.csv$/);
  assert.ok(csv.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'UTF-8 with BOM');
  const pageRows = parseCsv(csv.bytes.toString('utf8'));
  assert.deepEqual(pageRows[0], header);
  assert.equal(pageRows.length, cli.length);
  for (const [i, row] of cliRows.entries()) {
    if (row[0] === PDF) assert.deepEqual(pageRows[i + 1].slice(0, 4), row.slice(0, 4));
    else assert.deepEqual(pageRows[i + 1], row, row[0]);
  }
  assert.equal(pageRows[cliRows.findIndex((r) => r[0] === PDF) + 1][col('sha256')], cliRows.find((r) => r[0] === PDF)[col('sha256')]);

  // The .xlsx: the summary sheet's cells are the native --xlsx workbook's (the PDF's row aside).
  const mineRows = summarySheetAsCli((await download(page, '#batch-xlsx')), cwd, root);
  assert.equal(mineRows.length, cliRows.length + 1);
  // …and say what the gold files say.
  const seedRow = mineRows.find((r) => r[0].endsWith(`${SEED_003}.txt`));
  assert.equal(seedRow[2], '2021');
  assert.equal(seedRow[col('errors')], cliRows.find((r) => r[0].endsWith(`${SEED_003}.txt`))[col('errors')]);

  assert.deepEqual(w.requests, [], 'nothing leaves the browser: no request beyond the page\'s origin');
  assert.deepEqual(w.errors, []);
  console.log(`# corpus folder (${cliRows.length} reports) checked in the page in ${ms.toFixed(0)} ms`);
  await page.close();
});

test('year pairs: each 平潭 report checked against the year before, as the CLI pairs them; cross_year findings in the opened report', async () => {
  // 平潭 2019, 2021, 2024, 2025 and a 2026 made from 2025 (the same text: its carried-over cell
  // disagrees with 2025's carried-forward one, and the text repeats).
  const folder = join(dir, 'pingtan');
  mkdirSync(folder);
  const names = ['01_pingtan_2019', '02_pingtan_2021', '03_pingtan_2024', '04_pingtan_2025'].map((n) => `${n}.txt`);
  for (const n of names) copyFileSync(join(CORPUS, 'dev', n), join(folder, n));
  const text2025 = readFileSync(join(CORPUS, 'dev', '04_pingtan_2025.txt'), 'utf8');
  writeFileSync(join(folder, '05_pingtan_2026.txt'), text2025.replaceAll('2026', '2027').replaceAll('2025', '2026'));
  names.push('05_pingtan_2026.txt');

  const { page, w } = await openSingle(browser.context);
  await runBatch(page, '#file-input', names.map((n) => join(folder, n)));
  const records = native(folder, ['--format', 'jsonl', '-q', ...names]).toString().trim().split('\n').map(JSON.parse);
  assert.deepEqual(records.map((r) => r.previous_file ?? ''), ['', '', '', '03_pingtan_2024.txt', '04_pingtan_2025.txt']);
  for (const r of records) assert.equal(await cellText(page, r.file, 'previous_file'), r.previous_file ?? '', r.file);
  assert.match(await page.locator('#batch-note').textContent(), /2 份已与同一机关上一年度的报告做跨年度核对/);
  const reuse = await cellText(page, '05_pingtan_2026.txt', 'text_reuse');
  assert.match(reuse, /^\d+(\.\d+)?%$/);

  // The CSV of the pairs is the CLI's, byte for byte (previous_file, changes, text reuse).
  const csv = await download(page, '#batch-csv');
  assert.ok(csv.bytes.equals(native(folder, ['--format', 'csv', '-q', ...names])), csv.bytes.toString());

  // Opened: last year's report goes in the second box, the cross_year findings are the CLI's.
  const before = await seqOf(page);
  await page.click('#batch-table tr[data-file="05_pingtan_2026.txt"] button.open');
  await waitForCheck(page, before);
  assert.equal(await page.locator('#previous-input').inputValue(), text2025);
  const expected = [...new Set(records[4].findings.map((f) => f.rule).filter((r) => r.startsWith('cross_year.')))].sort();
  assert.ok(expected.includes('cross_year.carried_over') && expected.includes('cross_year.text_reuse'), expected.join());
  const shown = await page.locator('#findings [data-rule^="cross_year."]').evaluateAll((els) => els.map((e) => e.dataset.rule));
  assert.deepEqual([...new Set(shown)].sort(), expected);
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('a file that cannot be read has its own row with the reason the CLI gives; what is no report has none', async () => {
  const folder = join(dir, '报告');
  mkdirSync(folder);
  copyFileSync(join(CORPUS, 'seeds', `${SEED_003}.txt`), join(folder, `${SEED_003}.txt`));
  writeFileSync(join(folder, '空.txt'), '');
  writeFileSync(join(folder, '损坏.docx'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)));
  writeFileSync(join(folder, 'notes.json'), '{}');
  writeFileSync(join(folder, '.hidden.txt'), 'x');
  const { page, w } = await openSingle(browser.context);
  await runBatch(page, '#folder-input', folder);
  const cli = parseCsv(native(dir, ['--format', 'csv', '-q', '报告']).toString());
  const at = cli[0].indexOf('message');
  assert.deepEqual(await shownFiles(page), cli.slice(1).map((r) => r[0]));
  const unreadable = cli.slice(1).filter((r) => r[cli[0].indexOf('status')] === 'unreadable');
  assert.equal(unreadable.length, 2);
  for (const r of unreadable) {
    const row = page.locator(`#batch-table tr[data-file="${r[0]}"]`);
    assert.equal(await row.getAttribute('data-status'), 'unreadable');
    assert.equal(await row.locator('td[data-column="message"]').textContent(), `无法读取：${r[at]}`);
  }
  assert.match(await page.locator('#batch-note').textContent(), /其中 2 份无法读取/);
  const csv = await download(page, '#batch-csv');
  assert.equal(csv.bytes.toString(), native(dir, ['--format', 'csv', '-q', '报告']).toString());
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('a folder laid out for a roll-up: offered, and the core\'s findings are the CLI\'s `rollup`', async () => {
  // The consolidated report: 平潭 2025; units: 平潭 (the same report), 上海办公厅 (another), and a
  // unit named by the manifest that has no report.
  const region = join(dir, 'region');
  for (const [folder, name] of [['平潭', '04_pingtan_2025'], ['上海办公厅', '07_shanghai_bgt_2025']]) {
    mkdirSync(join(region, folder), { recursive: true });
    copyFileSync(join(CORPUS, 'dev', `${name}.txt`), join(region, folder, `${name}.txt`));
  }
  copyFileSync(join(CORPUS, 'dev', '04_pingtan_2025.txt'), join(region, '本级.txt'));
  const expected = JSON.parse(native(dir, ['rollup', '--format', 'json', 'region']).toString());
  assert.ok(expected[0].findings.some((f) => f.rule === 'rollup.cell_mismatch'));

  const { page, w } = await openSingle(browser.context);
  const shownFindings = async () => {
    await page.click('#batch-rollup-check');
    await page.locator('#batch-rollup .rollup-level').first().waitFor();
    return page.locator('#batch-rollup .rollup-level').evaluateAll((levels) => levels.map((l) => ({
      file: l.dataset.file,
      findings: [...l.querySelectorAll('.finding')].map((f) => [f.dataset.rule, f.dataset.severity, f.querySelector('.message').textContent]),
    })));
  };
  const asShown = (levels) => levels.map((l) => ({ file: l.file, findings: l.findings.map((f) => [f.rule, f.severity, f.message]) }));
  await runBatch(page, '#folder-input', region);
  await page.locator('#batch-rollup-check').waitFor();
  assert.deepEqual(await shownFindings(), asShown(expected));

  writeFileSync(join(region, 'xxgk-rollup.txt'), 'report: 本级.txt\nunit: 平潭\nunit: 审计局\n');
  const manifest = JSON.parse(native(dir, ['rollup', '--format', 'json', 'region']).toString());
  assert.ok(manifest[0].findings.some((f) => f.rule === 'rollup.unit_missing'));
  await runBatch(page, '#folder-input', region);
  await page.locator('#batch-rollup-check').waitFor();
  assert.deepEqual(await shownFindings(), asShown(manifest));
  assert.match(await page.locator('#batch-rollup .rollup-units li[data-status="missing"]').textContent(), /^审计局：/);
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('files dropped on the page are a batch', async () => {
  const { page, w } = await openSingle(browser.context);
  const texts = ['03_pingtan_2024', '04_pingtan_2025'].map((n) => [`${n}.txt`, readFileSync(join(CORPUS, 'dev', `${n}.txt`), 'utf8')]);
  await page.evaluate((files) => {
    const data = new DataTransfer();
    for (const [name, text] of files) data.items.add(new File([text], name, { type: 'text/plain' }));
    document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, texts);
  await finished(page);
  assert.deepEqual(await shownFiles(page), ['03_pingtan_2024.txt', '04_pingtan_2025.txt']);
  assert.equal(await cellText(page, '04_pingtan_2025.txt', 'previous_file'), '03_pingtan_2024.txt');
  assert.equal(await page.inputValue('#report-input'), '', 'no report went into the text box');
  const csv = await download(page, '#batch-csv');
  assert.equal(csv.bytes.toString(), native(join(CORPUS, 'dev'), ['--format', 'csv', '-q', ...texts.map(([n]) => n)]).toString());
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('cancel: the reports checked keep their rows, the others say they were not checked; the CSV has the checked ones', async () => {
  const folder = join(dir, 'many');
  mkdirSync(folder);
  const total = 120;
  for (let i = 0; i < total; i++) copyFileSync(join(CORPUS, 'seeds', `${SEED_003}.txt`), join(folder, `${String(i).padStart(3, '0')}.txt`));
  const { page, w } = await openSingle(browser.context);
  await page.setInputFiles('#folder-input', folder);
  await page.waitForFunction(() => /^已检查 [1-9]\d* \//.test(document.getElementById('batch-count').textContent));
  assert.equal(await page.locator('#batch-progress').getAttribute('max'), String(total));
  await page.click('#batch-cancel');
  await finished(page, 'cancelled');
  const checked = await page.locator('#batch-table tr[data-status="ok"]').count();
  const notChecked = await page.locator('#batch-table td.pending', { hasText: '未检查（已取消）' }).count();
  assert.ok(checked >= 1 && checked < total, `${checked} checked`);
  assert.equal(checked + notChecked, total);
  assert.match(await page.locator('#batch-note').textContent(), new RegExp(`已取消：已检查 ${checked} / ${total} 份`));
  const csv = parseCsv((await download(page, '#batch-csv')).bytes.toString('utf8'));
  const okFiles = await page.locator('#batch-table tr[data-status="ok"]').evaluateAll((trs) => trs.map((tr) => tr.dataset.file));
  assert.deepEqual(csv.slice(1).map((r) => r[0]).sort(), okFiles.sort());
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('single file: the Excel module is chosen from beside it (a wrong file is refused), then the .xlsx is the CLI\'s; nothing fetched', async () => {
  const { page, w } = await openSingle(browser.context);
  await runBatch(page, '#folder-input', join(CORPUS, 'dev'));
  assert.match(await page.locator('#batch-xlsx').getAttribute('title'), /xxgk-xlsx\.mjs/);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#batch-xlsx')]);
  assert.equal(chooser.isMultiple(), false);

  await chooser.setFiles(join(WEB, 'xxgk-readers.mjs'));
  await page.waitForFunction(() => document.getElementById('batch-note').textContent.includes('导出失败'));
  assert.match(await page.locator('#batch-note').textContent(), /不是本页对应的 xxgk-xlsx\.mjs/);

  const [d] = await Promise.all([page.waitForEvent('download'), page.setInputFiles('#batch-xlsx-module', join(WEB, 'xxgk-xlsx.mjs'))]);
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  summarySheetAsCli({ name: d.suggestedFilename(), bytes: readFileSync(path) }, CORPUS, 'dev');
  // Chosen once: the next export needs no file.
  const again = await download(page, '#batch-xlsx');
  assert.deepEqual(xlsxCells(again.bytes), xlsxCells(readFileSync(path)));
  assert.deepEqual(w.requests, []);
  assert.deepEqual(w.errors, []);
  await page.close();
});
