// The batch's file listing under node (batch-files.js with a fake drop: folders read in parts, an
// empty folder, a file the browser will not give), and what the wasm core makes of that listing:
// which files are reports (batchInputs) and the roll-up layout (rollupLayout: the empty folder is
// a unit without a report, as `xxgk-lint rollup` lists an empty unit folder).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { filesOfDrop, filesOfInput, isBatchDrop } from '../../web/src/batch-files.js';
import { loadModule } from '../../wasm/cli.mjs';
import { ROOT } from './common.mjs';

const MODULE = `${ROOT}/build/wasm/wasm/xxgk-lint.mjs`;

// A FileSystemEntry tree: {name: null} a file, {name: 'fail'} a file that cannot be given,
// {name: {...}} a folder (its entries handed out two at a time, as browsers do in parts).
function entry(name, node) {
  if (node === null || node === 'fail') {
    return { name, isFile: true, isDirectory: false,
      file: (ok, fail) => (node === 'fail' ? fail(Object.assign(new Error('x'), { name: 'NotReadableError' })) : ok({ name })) };
  }
  const children = Object.entries(node).map(([n, c]) => entry(n, c));
  return { name, isFile: false, isDirectory: true, createReader: () => {
    let at = 0;
    return { readEntries: (ok) => { const part = children.slice(at, at + 2); at += part.length; setTimeout(() => ok(part)); } };
  } };
}
const drop = (tree) => ({
  items: Object.entries(tree).map(([n, c]) => ({ kind: 'file', webkitGetAsEntry: () => entry(n, c) })),
  files: [],
});

const REGION = { region: {
  '本级.txt': null, 'xxgk-rollup.txt': null, 'notes.json': null, '.DS_Store': null,
  教育局: { '2023.txt': null, '2024.txt': null }, 审计局: {}, 交通局: { '报告.docx': 'fail' },
} };

test('a dropped folder: every file with its path, every folder (empty ones too), what the browser refused', async () => {
  const dt = drop(REGION);
  assert.equal(isBatchDrop(dt), true);
  const listing = await filesOfDrop(dt);
  assert.equal(listing.root, 'region');
  assert.deepEqual(listing.folders.sort(), ['region', 'region/交通局', 'region/审计局', 'region/教育局']);
  assert.deepEqual(listing.files.map((f) => f.path).sort(), ['region/.DS_Store', 'region/notes.json', 'region/xxgk-rollup.txt',
    'region/交通局/报告.docx', 'region/教育局/2023.txt', 'region/教育局/2024.txt', 'region/本级.txt']);
  const refused = listing.files.find((f) => f.path === 'region/交通局/报告.docx');
  assert.equal(refused.file, null);
  assert.match(refused.problem, /NotReadableError/);
  // One file dropped is not a batch; two are, without a root.
  assert.equal(isBatchDrop(drop({ 'a.txt': null })), false);
  assert.equal((await filesOfDrop(drop({ 'a.txt': null, 'b.txt': null }))).root, '');
  assert.equal(filesOfInput([{ name: 'a.txt', webkitRelativePath: 'd/a.txt' }, { name: 'b.txt', webkitRelativePath: 'd/s/b.txt' }]).root, 'd');
  assert.equal(filesOfInput([{ name: 'a.txt', webkitRelativePath: '' }]).root, '');
});

test('the core on a dropped listing: the reports among the files, the roll-up layout with the empty unit',
  { skip: !existsSync(MODULE) && 'no wasm build' }, async () => {
    const lint = await loadModule('xxgk-lint');
    const listing = await filesOfDrop(drop(REGION));
    const paths = listing.files.map((f) => f.path);
    const chosen = JSON.parse(lint.batchInputs(JSON.stringify(paths))).map((i) => paths[i]);
    assert.deepEqual(chosen, ['region/交通局/报告.docx', 'region/教育局/2023.txt', 'region/教育局/2024.txt', 'region/本级.txt']);
    const ask = { root: listing.root, files: paths, folders: listing.folders, years: { 'region/本级.txt': 2024,
      'region/教育局/2023.txt': 2023, 'region/教育局/2024.txt': 2024 }, texts: {} };
    let answer = JSON.parse(lint.rollupLayout(JSON.stringify(ask)));
    assert.deepEqual(answer.read, ['region/xxgk-rollup.txt'], 'the manifest is asked for');
    ask.texts['region/xxgk-rollup.txt'] = '';   // an empty manifest: the folder layout stands
    answer = JSON.parse(lint.rollupLayout(JSON.stringify(ask)));
    assert.deepEqual(answer.read, []);
    const { layout } = answer;
    assert.equal(layout.file, 'region/本级.txt');
    assert.deepEqual(layout.units.map((u) => [u.name, u.file, u.problem]), [
      ['交通局', 'region/交通局/报告.docx', ''], ['审计局', '', '文件夹中没有报告文件'], ['教育局', 'region/教育局/2024.txt', '']]);
  });
