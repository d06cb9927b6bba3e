#!/usr/bin/env node
// Assembles the static page from web/ and the wasm build:
//   build/web/            index.html, style.css, src/** (ES modules), the checker module
//                         (xxgk-lint.mjs + .wasm), the readers module (xxgk-readers.mjs + .wasm) and
//                         the Excel module (xxgk-xlsx.mjs, wasm inlined, loaded only to export)
//                         (build/web/vendor/, pdf.js, is left as it is: scripts/build-pdfjs.sh fills it)
//   build/web/xxgk-lint.html   one self-contained file: app and worker bundled (esbuild, from
//                         web/node_modules), styles inline, and the Worker's assets (web/src/assets.js)
//                         inline, each gzip + base64 in <script type="text/plain" data-asset="NAME">
//                         (the checker's .wasm, the readers module, every file of build/web/vendor/),
//                         decompressed only when the Worker first needs it; the Excel module left
//                         out, named by its SHA-256 (the user chooses it on the first .xlsx export);
//                         a Content-Security-Policy with the hashes of its inline script and style.
//   build/web/sizes.json  raw and gzip sizes of every piece and of the single file.
// Usage: node scripts/assemble-web.mjs [--wasm-dir build/wasm/wasm] [--out build/web]
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? resolve(args[i + 1]) : dflt;
};
const wasmDir = opt('--wasm-dir', join(root, 'build/wasm/wasm'));
const out = opt('--out', join(root, 'build/web'));
const web = join(root, 'web');
const log = (s) => console.error('[assemble-web] ' + s);

const MODULES = ['xxgk-lint.mjs', 'xxgk-lint.wasm', 'xxgk-readers.mjs', 'xxgk-readers.wasm'];
for (const f of MODULES) {
  if (!existsSync(join(wasmDir, f))) {
    log(`缺少 ${join(wasmDir, f)}：先构建 wasm（scripts/build-wasm.sh）`);
    process.exit(1);
  }
}
let esbuild;
try {
  esbuild = createRequire(join(web, 'package.json'))('esbuild');
} catch (e) {
  log('缺少 esbuild：运行 scripts/install-deps.sh（在 web/ 中执行 npm ci）');
  process.exit(1);
}

// ---- 1. the hosted build ----
mkdirSync(out, { recursive: true });
rmSync(join(out, 'src'), { recursive: true, force: true });
cpSync(join(web, 'src'), join(out, 'src'), { recursive: true });
for (const f of ['index.html', 'style.css']) cpSync(join(web, f), join(out, f));
for (const f of MODULES) cpSync(join(wasmDir, f), join(out, f));
// The Excel module (wasm inlined), for the page to load when it exports a workbook.
rmSync(join(out, 'xxgk-xlsx.mjs'), { force: true });
if (existsSync(join(wasmDir, 'xxgk-xlsx.mjs'))) cpSync(join(wasmDir, 'xxgk-xlsx.mjs'), join(out, 'xxgk-xlsx.mjs'));

// ---- 2. the single file ----
// import.meta.url has no meaning inside a classic inline script: the page's (or the worker's) URL.
const BASE_URL_SHIM = "var __xxgk_base_url = typeof document !== 'undefined' ? document.baseURI : self.location.href;";
const common = {
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  define: { 'import.meta.url': '__xxgk_base_url' },
  banner: { js: BASE_URL_SHIM },
  // The Emscripten loader mentions node modules on its node path; never taken in a browser.
  external: ['fs', 'path', 'crypto', 'url', 'ws', 'worker_threads', 'module', 'node:*'],
};
const wasmGlue = {
  name: 'single-file-wasm',
  setup(b) {
    b.onResolve({ filter: /xxgk-lint\.mjs$/ }, () => ({ path: join(wasmDir, 'xxgk-lint.mjs') }));
  },
};
const app = await esbuild.build({ ...common, entryPoints: [join(web, 'src/app.js')] });
const worker = await esbuild.build({ ...common, entryPoints: [join(web, 'src/worker.js')], plugins: [wasmGlue] });
const appJs = app.outputFiles[0].text;
const workerJs = worker.outputFiles[0].text;

// Text inside <script>…</script> must not contain "</script" (it would end the element), nor
// "<!--" together with "<script" (the parser's double-escaped state would swallow the end tag).
const unsafeInScript = (s) => /<\/script/i.test(s) || (s.includes('<!--') && /<script/i.test(s));
for (const [name, s] of [['app', appJs], ['worker', workerJs]]) {
  if (unsafeInScript(s)) { log(`${name} 包含无法内联的 </script 或 <!--`); process.exit(1); }
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const res = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) res.push(...listFiles(p));
    else if (e.isFile()) res.push(p);
  }
  return res.sort();
}
// The Worker's assets by the name it asks for (a path relative to the page), compressed by
// zopfli (Debian's zopfli: a better deflate, the same gzip format) when it is installed, else by
// zlib -9; zopfli's output is kept in build/web-cache/ by content hash (it takes seconds).
const gzip = (buf) => gzipSync(buf, { level: 9 });
const cacheDir = join(out, '..', 'web-cache');
function packed(buf) {
  const key = createHash('sha256').update(buf).digest('hex').slice(0, 32);
  const cached = join(cacheDir, key + '.gz');
  if (existsSync(cached)) return readFileSync(cached);
  mkdirSync(cacheDir, { recursive: true });
  const input = join(cacheDir, key + '.in');
  writeFileSync(input, buf);
  const z = spawnSync('zopfli', ['--gzip', '-c', input], { maxBuffer: 256 << 20 });
  rmSync(input);
  if (z.status !== 0) {
    if (!packed.warned) log('没有 zopfli（scripts/install-deps.sh）：内联组件改用 zlib -9 压缩，单文件稍大');
    packed.warned = true;
    return gzip(buf);
  }
  writeFileSync(cached, z.stdout);
  return z.stdout;
}
// The readers' loader is imported as it is (an ES module from a blob: URL), minified first.
const readersJs = (await esbuild.build({ entryPoints: [join(wasmDir, 'xxgk-readers.mjs')], bundle: false, write: false,
  format: 'esm', minify: true, legalComments: 'none', charset: 'utf8', logLevel: 'warning',
  logOverride: { 'unsupported-require-call': 'silent' },  // the loader's node path, never taken here
  target: common.target })).outputFiles[0].contents;
const assets = [
  { name: 'xxgk-lint.wasm', raw: readFileSync(join(wasmDir, 'xxgk-lint.wasm')) },
  { name: 'xxgk-readers.mjs', raw: Buffer.from(readersJs) },
  { name: 'xxgk-readers.wasm', raw: readFileSync(join(wasmDir, 'xxgk-readers.wasm')) },
  ...listFiles(join(out, 'vendor')).map((f) => ({ name: relative(out, f).split(sep).join('/'), raw: readFileSync(f) })),
];
for (const a of assets) {
  if (/[&"<>]/.test(a.name)) { log(`文件名 ${a.name} 不可用`); process.exit(1); }
  a.gzip = gzip(a.raw);
  a.base64 = packed(a.raw).toString('base64');
}

// Left out of the single file (its size budget), named by SHA-256: the Excel module, which the user
// chooses from beside the single file on the first .xlsx export (web/src/assets.js).
const separate = ['xxgk-xlsx.mjs'].filter((name) => existsSync(join(out, name))).map((name) =>
  ({ name, sha256: createHash('sha256').update(readFileSync(join(out, name))).digest('hex') }));

const css = readFileSync(join(web, 'style.css'), 'utf8');
const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(appJs)} 'wasm-unsafe-eval' blob:`,
  'worker-src blob:',
  "connect-src 'none'",        // the wasm is inlined: nothing is fetched
  `style-src ${sha(css)}`,
  'img-src data:',             // the empty favicon only
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let html = readFileSync(join(web, 'index.html'), 'utf8');
const replaceOnce = (re, s) => {
  if (!re.test(html)) { log('index.html 中找不到 ' + re); process.exit(1); }
  html = html.replace(re, () => s);
};
replaceOnce(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
replaceOnce(/<link rel="stylesheet" href="style.css">/, `<style>${css}</style>`);
replaceOnce(/<script type="module" src="src\/app.js"><\/script>\n?/, '');
const tail =
  `<script type="text/plain" id="xxgk-worker-source">${workerJs}</script>\n` +
  assets.map((a) => `<script type="text/plain" data-asset="${a.name}">${a.base64}</script>\n`).join('') +
  separate.map((a) => `<script type="text/plain" data-asset-sha256="${a.name}">${a.sha256}</script>\n`).join('') +
  `<script>${appJs}</script>\n`;
replaceOnce(/<\/body>/, tail + '</body>');
writeFileSync(join(out, 'xxgk-lint.html'), html);

// ---- sizes ----
const single = readFileSync(join(out, 'xxgk-lint.html'));
const piece = (raw) => ({ raw: raw.length, gzip: gzip(raw).length });
const sizes = {
  checker_wasm: piece(readFileSync(join(wasmDir, 'xxgk-lint.wasm'))),
  checker_js: piece(readFileSync(join(wasmDir, 'xxgk-lint.mjs'))),
  readers_wasm: piece(readFileSync(join(wasmDir, 'xxgk-readers.wasm'))),
  readers_js: piece(readFileSync(join(wasmDir, 'xxgk-readers.mjs'))),
  app_js: piece(Buffer.from(appJs)),
  worker_js: piece(Buffer.from(workerJs)),
  assets: Object.fromEntries(assets.map((a) => [a.name, { raw: a.raw.length, gzip: a.gzip.length, inline_base64: a.base64.length }])),
  excel_module_separate: existsSync(join(out, 'xxgk-xlsx.mjs')) ? piece(readFileSync(join(out, 'xxgk-xlsx.mjs'))) : null,
  single_file: piece(single),
};
writeFileSync(join(out, 'sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const show = (name, p) => log(`${name.padEnd(36)} ${kb(p.raw).padStart(10)}  gzip ${kb(p.gzip).padStart(9)}`);
show('检查模块 xxgk-lint.wasm', sizes.checker_wasm);
show('读取模块 xxgk-readers.wasm', sizes.readers_wasm);
for (const a of assets.filter((x) => x.name.startsWith('vendor/'))) show(a.name, { raw: a.raw.length, gzip: a.gzip.length });
if (sizes.excel_module_separate) show('Excel 模块 xxgk-xlsx.mjs（不内联）', sizes.excel_module_separate);
show('单文件 xxgk-lint.html', sizes.single_file);
if (sizes.checker_wasm.gzip > 300 * 1024) log('警告：检查模块超过 300 KB（gzip）');
if (sizes.single_file.gzip > 1024 * 1024 || sizes.single_file.raw > 2 * 1024 * 1024) log('警告：单文件超过 1.0 MB（gzip）或 2.0 MB');
console.log(out);
