// The evaluators' functions of the wasm build (year pairs, roll-up, CSV summary, the workbook) give
// what the native CLI gives, on the page's own inputs: contract results it already holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { NATIVE, ROOT, CORPUS } from './common.mjs';
import { loadModule } from '../../wasm/cli.mjs';

const DEV = join(CORPUS, 'dev');
const PINGTAN = ['01_pingtan_2019', '02_pingtan_2021', '03_pingtan_2024', '04_pingtan_2025'].map((n) => join(DEV, `${n}.txt`));
const XLSX_MODULE = join(ROOT, 'build/wasm/wasm/xxgk-xlsx.mjs');
const ready = existsSync(NATIVE) && PINGTAN.every(existsSync);

const lint = ready ? await loadModule('xxgk-lint') : null;
const contract = (file) => JSON.parse(lint.check(readFileSync(file, 'utf8'), '{}'));

test('yearPairs: 平潭 2025 is paired with 2024, as the native batch pairs them', { skip: !ready }, () => {
  const pairs = JSON.parse(lint.yearPairs(JSON.stringify(PINGTAN.map(contract))));
  assert.deepEqual(pairs, [-1, -1, -1, 2]);
  const native = spawnSync(NATIVE, ['--format', 'jsonl', ...PINGTAN]).stdout.toString().trim().split('\n').map(JSON.parse);
  assert.deepEqual(native.map((r) => r.previous_file ?? null), [null, null, null, PINGTAN[2]]);
});

test('summaryCsv: the native CLI\'s CSV row byte for byte', { skip: !ready }, () => {
  for (const file of PINGTAN) {
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    const wasm = lint.summaryCsv(JSON.stringify([{ file, result: contract(file), sha256 }]));
    const native = spawnSync(NATIVE, ['--format', 'csv', file]).stdout;
    assert.ok(wasm instanceof Uint8Array);
    assert.ok(Buffer.from(wasm).equals(native), `${basename(file)}:\n${Buffer.from(wasm)}\n${native}`);
  }
});

test('rollup: the native `rollup --format json DIR` from a JSON tree of results', { skip: !ready }, () => {
  // The 2025 report as the consolidated one, itself its one unit, and a unit folder without a report.
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-rollup-'));
  const own = join(dir, '本级.txt');
  copyFileSync(PINGTAN[3], own);
  mkdirSync(join(dir, '平潭'));
  const unit = join(dir, '平潭', '04_pingtan_2025.txt');
  copyFileSync(PINGTAN[3], unit);
  mkdirSync(join(dir, '审计局'));
  const native = JSON.parse(spawnSync(NATIVE, ['rollup', '--format', 'json', dir]).stdout.toString());
  const tree = {
    name: basename(dir), file: own, result: contract(own),
    units: [{ name: '审计局', result: null, problem: '文件夹中没有报告文件' }, { name: '平潭', file: unit, result: contract(unit) }],
  };
  assert.deepEqual(JSON.parse(lint.rollup(JSON.stringify(tree))), native);
  assert.equal(native[0].findings[0].rule, 'rollup.unit_missing');
});

test('workbook: the Excel module gives an .xlsx with the summary and one report\'s three tables',
  { skip: (!ready || !existsSync(XLSX_MODULE)) && 'no wasm Excel module' }, async () => {
    const xlsx = await loadModule('xxgk-xlsx');
    const result = contract(PINGTAN[3]);
    const bytes = xlsx.workbook(JSON.stringify([{ file: PINGTAN[3], result }]), JSON.stringify(result));
    assert.ok(bytes instanceof Uint8Array && bytes.length > 4000, `${bytes.length} bytes`);
    const text = Buffer.from(bytes).toString('latin1');
    assert.ok(text.startsWith('PK\x03\x04'), 'a zip file');
    for (let i = 1; i <= 4; i++) assert.ok(text.includes(`xl/worksheets/sheet${i}.xml`), `sheet ${i}`);
    assert.ok(!text.includes('xl/worksheets/sheet5.xml'));
    const summaryOnly = xlsx.workbook(JSON.stringify([{ file: PINGTAN[3], result }]), '');
    assert.ok(!Buffer.from(summaryOnly).toString('latin1').includes('xl/worksheets/sheet2.xml'));
  });
