// The wasm build (node wasm/cli.mjs FILE) prints byte for byte what the native CLI prints
// (build/native/xxgk-lint --format json FILE), with the same exit code, on every corpus report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { NATIVE, WASM_CLI, ROOT, corpusFiles, CORPUS } from './common.mjs';

const files = corpusFiles();

test('corpus and native CLI are present', () => {
  assert.ok(files.length > 0, `no *.txt under ${CORPUS}/seeds or ${CORPUS}/dev`);
  assert.ok(existsSync(NATIVE), `${NATIVE} missing: cmake -S . -B build/native && cmake --build build/native -j2`);
  assert.ok(existsSync(`${ROOT}/build/wasm/wasm/xxgk-readers.wasm`), 'wasm build missing: scripts/build-wasm.sh');
});

for (const file of files) {
  test(`wasm = native: ${basename(file)}`, { skip: !existsSync(NATIVE) && 'no native CLI' }, () => {
    const native = spawnSync(NATIVE, ['--format', 'json', file], { maxBuffer: 64 << 20 });
    const wasm = spawnSync(process.execPath, [WASM_CLI, file], { maxBuffer: 64 << 20 });
    assert.equal(wasm.stderr.toString(), '', 'wasm CLI wrote to stderr');
    assert.ok(native.stdout.length > 0, 'native CLI printed nothing: ' + native.stderr.toString());
    if (!native.stdout.equals(wasm.stdout)) {
      // Show the first difference, not two huge strings.
      const a = native.stdout.toString(), b = wasm.stdout.toString();
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      assert.fail(`output differs at byte ~${i}:\nnative: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))}\nwasm:   ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`);
    }
    assert.equal(wasm.status, native.status, 'exit code');
  });
}

test('wasm CLI refuses a missing file with exit code 2', () => {
  const r = spawnSync(process.execPath, [WASM_CLI, '/nonexistent/report.txt']);
  assert.equal(r.status, 2);
  assert.match(r.stderr.toString(), /文件不存在/);
});
