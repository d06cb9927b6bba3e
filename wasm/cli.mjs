#!/usr/bin/env node
// node wasm/cli.mjs [--previous LAST_YEAR_FILE] FILE
// Runs the WebAssembly build on a text file and prints exactly what
// `build/native/xxgk-lint --format json FILE` prints (the contract JSON and a newline), with the
// same exit codes: 0 no error finding, 1 at least one error finding, 2 the input could not be read.
// Text files only (UTF-8 with or without BOM, UTF-16 with BOM, GB18030), decoded as the native CLI
// does (cli/decode.cpp); .docx and .html are read by the native CLI only.
// The module: $XXGK_WASM_MODULE, else build/wasm/wasm/xxgk-lint-single.mjs.
import { readFileSync } from 'node:fs';
import { dirname, resolve, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const MODULE = process.env.XXGK_WASM_MODULE || resolve(here, '../build/wasm/wasm/xxgk-lint-single.mjs');

// ---- decoding, as cli/decode.cpp ----
const MAX_INVALID_SHARE = 0.001;

function utf8Seq(b, i) {   // -> [length, codepoint]; length 0 when invalid
  const c = b[i];
  if (c < 0x80) return [1, c];
  let n, cp, min;
  if (c >= 0xc2 && c <= 0xdf) { n = 2; cp = c & 0x1f; min = 0x80; }
  else if (c >= 0xe0 && c <= 0xef) { n = 3; cp = c & 0x0f; min = 0x800; }
  else if (c >= 0xf0 && c <= 0xf4) { n = 4; cp = c & 0x07; min = 0x10000; }
  else return [0, 0];
  if (i + n > b.length) return [0, 0];
  for (let k = 1; k < n; k++) {
    const t = b[i + k];
    if ((t & 0xc0) !== 0x80) return [0, 0];
    cp = (cp << 6) | (t & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return [0, 0];
  return [n, cp];
}

const badControl = (c) => (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11 && c !== 0x1a) || c === 0x7f;

function looksBinary(str) {
  let chars = 0, controls = 0;
  for (const ch of str) {
    chars++;
    if (badControl(ch.codePointAt(0))) controls++;
  }
  return chars > 0 && controls * 100 > chars;
}

function isCjk(c) {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x2fa1f);
}

function fromUtf16(b, le, name) {
  const units = b.length >> 1;
  const unit = (k) => (le ? b[2 * k] | (b[2 * k + 1] << 8) : b[2 * k + 1] | (b[2 * k] << 8));
  const parts = [];
  let invalid = 0, nul = 0;
  for (let k = 0; k < units; k++) {
    let c = unit(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < units && unit(k + 1) >= 0xdc00 && unit(k + 1) <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (unit(k + 1) - 0xdc00);
      k++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      invalid++;
      c = 0xfffd;
    }
    if (c === 0) nul++;
    parts.push(String.fromCodePoint(c));
  }
  const text = parts.join('');
  if (nul > 0) return { error: '看起来是二进制文件（含 NUL 字符），不是文本' };
  if (invalid > 0 && invalid > MAX_INVALID_SHARE * units) return { error: `不是有效的 ${name} 文本（无效代理项过多）` };
  if (text === '') return { error: '文件为空' };
  if (looksBinary(text)) return { error: '看起来是二进制文件（控制字符过多），不是文本' };
  return { text };
}

function fromGb18030(b) {
  let s;
  try { s = new TextDecoder('gb18030', { fatal: true }).decode(b); } catch (_) { return null; }
  let cjk = 0, nonAscii = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c >= 0x80) { nonAscii++; if (isCjk(c)) cjk++; }
  }
  return nonAscii > 0 && cjk * 10 >= nonAscii * 7 ? s : null;
}

function repairUtf8(b) {
  let invalid = 0;
  const out = [];
  let start = 0;
  const dec = new TextDecoder('utf-8', { ignoreBOM: true });
  for (let i = 0; i < b.length;) {
    const [n] = utf8Seq(b, i);
    if (n === 0) {
      out.push(dec.decode(b.subarray(start, i)), '\ufffd');
      invalid++;
      i++;
      while (i < b.length && (b[i] & 0xc0) === 0x80) i++;
      start = i;
      continue;
    }
    i += n;
  }
  out.push(dec.decode(b.subarray(start)));
  return { invalid, text: out.join('') };
}

export function decodeText(bytes) {
  let b = bytes;
  if (b.length === 0) return { error: '文件为空' };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return fromUtf16(b.subarray(2, 2 + ((b.length - 2) & ~1)), true, 'UTF-16LE');
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return fromUtf16(b.subarray(2, 2 + ((b.length - 2) & ~1)), false, 'UTF-16BE');
  let bom = false;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    b = b.subarray(3);
    bom = true;
    if (b.length === 0) return { error: '文件为空' };
  }
  if (b.includes(0)) return { error: '看起来是二进制文件（含 NUL 字节），不是文本' };
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  } catch (_) {
    const gb = bom ? null : fromGb18030(b);
    if (gb !== null) {
      text = gb;
    } else {
      const r = repairUtf8(b);
      if (r.invalid > MAX_INVALID_SHARE * b.length + 1) return { error: '编码无法识别：不是 UTF-8、UTF-16（带 BOM）或 GB18030 文本' };
      text = r.text;
    }
  }
  if (looksBinary(text)) return { error: '看起来是二进制文件（控制字符过多），不是文本' };
  return { text };
}

function readText(path) {
  const ext = extname(path).toLowerCase();
  if (['.docx', '.html', '.htm', '.xhtml'].includes(ext)) {
    return { error: `wasm 命令行只读取文本文件（${ext} 请用 build/native/xxgk-lint）` };
  }
  let bytes;
  try { bytes = readFileSync(path === '-' ? 0 : path); } catch (e) {
    return { error: e.code === 'ENOENT' ? '文件不存在' : e.code === 'EISDIR' ? '是目录，不是文件' : e.message };
  }
  return decodeText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

// ---- module ----
export async function loadModule(path = MODULE) {
  // Emscripten 3.1.6's ES6 output uses CommonJS names on its node path: provide them.
  globalThis.require ??= createRequire(path);
  globalThis.__dirname ??= dirname(path);
  globalThis.__filename ??= path;
  const { default: create } = await import(pathToFileURL(path).href);
  return create({ print: () => {}, printErr: (s) => process.stderr.write(s + '\n') });
}

async function main(argv) {
  let previous = null;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--previous') previous = argv[++i];
    else if (a.startsWith('--previous=')) previous = a.slice(11);
    else if (a === '--format') { if (argv[++i] !== 'json') { console.error('xxgk-lint (wasm): 只支持 --format json'); return 2; } }
    else if (a === '-h' || a === '--help') {
      process.stdout.write('用法：node wasm/cli.mjs [--previous 上一年度报告] 文件\n');
      return 0;
    } else files.push(a);
  }
  if (files.length !== 1) {
    console.error('用法：node wasm/cli.mjs [--previous 上一年度报告] 文件');
    return 2;
  }
  const options = {};
  if (previous !== null) {
    const p = readText(previous);
    if (p.error) { console.error(`xxgk-lint: 无法读取上一年度报告 ${previous}：${p.error}`); return 2; }
    options.previous = p.text;
  }
  const input = readText(files[0]);
  if (input.error) { console.error(`xxgk-lint: 无法读取文件 ${files[0] === '-' ? '<stdin>' : files[0]}：${input.error}`); return 2; }
  const lint = await loadModule();
  const json = lint.check(input.text, JSON.stringify(options));
  process.stdout.write(json + '\n');
  const result = JSON.parse(json);
  return (result.findings || []).some((f) => f.severity === 'error') ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; },
    (e) => { console.error('xxgk-lint (wasm): ' + (e && e.stack || e)); process.exitCode = 2; });
}
