// The same document through the wasm modules (node wasm/cli.mjs: the readers module reads, the
// checker module checks, as in the page's Worker) and the native CLI gives the same contract JSON,
// byte for byte: text with a bad byte, UTF-8, UTF-16 without BOM, a .docx with merged and blank
// cells. PDFs: pdf.js (page) and poppler (CLI) give different runs, so their tables are compared.
// HTML needs the browser's parser: page-documents.test.mjs (Chromium) compares it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import { NATIVE, WASM_CLI, SEED_003, CORPUS } from './common.mjs';

const dir = mkdtempSync(join(tmpdir(), 'xxgk-docs-'));
const seed = readFileSync(SEED_003, 'utf8');

function zip(files) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text), data = deflateRawSync(raw), n = Buffer.from(name);
    const h = Buffer.alloc(30), c = Buffer.alloc(46);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(8, 8); h.writeUInt32LE(crc32(raw), 14);
    h.writeUInt32LE(data.length, 18); h.writeUInt32LE(raw.length, 22); h.writeUInt16LE(n.length, 26);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc32(raw), 16); c.writeUInt32LE(data.length, 20); c.writeUInt32LE(raw.length, 24);
    c.writeUInt16LE(n.length, 28); c.writeUInt32LE(offset, 42);
    locals.push(h, n, data); centrals.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals), end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(centrals.length / 2, 8); end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const paragraphs = seed.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('');
const cases = {
  'bad-byte.txt': Buffer.concat([Buffer.from(seed.slice(0, 200)), Buffer.from([0xc3]), Buffer.from(seed.slice(200))]),
  'utf8.txt': Buffer.from(seed, 'utf8'),
  'utf16-no-bom.txt': Buffer.from(seed, 'utf16le'),
  'report.docx': zip({ 'word/document.xml': `<w:document xmlns:w="w"><w:body>${paragraphs}<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>5</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>` }),
};
for (const [name, bytes] of Object.entries(cases)) writeFileSync(join(dir, name), bytes);

for (const name of Object.keys(cases)) {
  test(`wasm core = native CLI: ${name}`, () => {
    const file = join(dir, name);
    const native = spawnSync(NATIVE, ['--format', 'json', file], { maxBuffer: 64 << 20 });
    const wasm = spawnSync(process.execPath, [WASM_CLI, file], { maxBuffer: 64 << 20 });
    assert.equal(wasm.stderr.toString(), native.stderr.toString());
    assert.ok(native.stdout.length > 0, native.stderr.toString());
    assert.ok(native.stdout.equals(wasm.stdout), 'contract JSON differs');
    assert.equal(wasm.status, native.status);
  });
}

test('one bad byte: the right text and an input.text_repaired finding at its place, both front ends', () => {
  const out = JSON.parse(spawnSync(process.execPath, [WASM_CLI, join(dir, 'bad-byte.txt')]).stdout.toString());
  const f = out.findings.find((x) => x.rule === 'input.text_repaired');
  assert.ok(f, 'a repair finding');
  assert.equal(f.span[1] - f.span[0], 1);
});

test('the wasm CLI refuses HTML (no HTML parser under node) with its message', () => {
  const file = join(dir, 'page.html');
  writeFileSync(file, '<html><body><p>一、总体情况</p></body></html>');
  const wasm = spawnSync(process.execPath, [WASM_CLI, file]);
  assert.equal(wasm.status, 2);
  assert.match(wasm.stderr.toString(), /wasm 命令行不读取网页/);
});

const PDF = join(CORPUS, 'dev/06_hongze_2023.pdf');
test('06_hongze_2023.pdf: pdf.js runs (wasm) and poppler runs (native) give the same tables', { skip: !existsSync(PDF) }, () => {
  const tables = (cmd, args) => JSON.parse(spawnSync(cmd, args, { maxBuffer: 64 << 20 }).stdout.toString()).tables;
  const native = tables(NATIVE, ['--format', 'json', PDF]);
  const wasm = tables(process.execPath, [WASM_CLI, PDF]);
  assert.deepEqual(wasm.requests?.rows, native.requests?.rows);
  assert.deepEqual(wasm.review_litigation, native.review_litigation);
});
