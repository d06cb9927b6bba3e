#!/usr/bin/env node
// Assembles the static page from web/ and the wasm build:
//   build/web/            index.html, style.css, src/** (ES modules), xxgk-lint.mjs + xxgk-lint.wasm,
//                         vendor/xlsx/xxgk-xlsx.mjs (the Excel module, loaded by the Worker only to
//                         export, the way pdf.js is; the rest of build/web/vendor/ is left as it
//                         is: the readers' build fills it)
//   build/web/xxgk-lint.html   one self-contained file: app and worker bundled (esbuild, from
//                         web/node_modules), the wasm inlined (the SINGLE_FILE link), styles inline,
//                         every file of build/web/vendor/ inlined as
//                         <script type="text/plain" data-vendor="<relative path>">, and a
//                         Content-Security-Policy with the hashes of its inline script and style.
// Usage: node scripts/assemble-web.mjs [--wasm-dir build/wasm/wasm] [--out build/web]
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

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

for (const f of ['xxgk-lint.mjs', 'xxgk-lint.wasm', 'xxgk-lint-single.mjs']) {
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
for (const f of ['xxgk-lint.mjs', 'xxgk-lint.wasm']) cpSync(join(wasmDir, f), join(out, f));
// The Excel module (wasm inlined): a vendor file, so the single file inlines it too.
rmSync(join(out, 'xxgk-xlsx.mjs'), { force: true });
if (existsSync(join(wasmDir, 'xxgk-xlsx.mjs'))) {
  mkdirSync(join(out, 'vendor/xlsx'), { recursive: true });
  cpSync(join(wasmDir, 'xxgk-xlsx.mjs'), join(out, 'vendor/xlsx/xxgk-xlsx.mjs'));
}

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
    b.onResolve({ filter: /xxgk-lint\.mjs$/ }, () => ({ path: join(wasmDir, 'xxgk-lint-single.mjs') }));
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
const vendorDir = join(out, 'vendor');
const vendor = [];
for (const f of listFiles(vendorDir)) {
  const rel = relative(vendorDir, f).split(sep).join('/');
  const text = readFileSync(f, 'utf8');
  if (text.includes('\uFFFD') && !readFileSync(f).toString('utf8').includes('\uFFFD')) {
    log(`跳过非文本 vendor 文件 ${rel}`);
    continue;
  }
  if (unsafeInScript(text)) { log(`vendor 文件 ${rel} 含 </script 或 <!--，无法内联`); process.exit(1); }
  if (/[&"<>]/.test(rel)) { log(`vendor 文件名 ${rel} 不可用`); process.exit(1); }
  vendor.push({ rel, text });
}

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
  vendor.map((v) => `<script type="text/plain" data-vendor="${v.rel}">${v.text}</script>\n`).join('') +
  `<script>${appJs}</script>\n`;
replaceOnce(/<\/body>/, tail + '</body>');
writeFileSync(join(out, 'xxgk-lint.html'), html);

// ---- sizes ----
const size = (p) => statSync(p).size;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const wasmBuf = readFileSync(join(out, 'xxgk-lint.wasm'));
const single = readFileSync(join(out, 'xxgk-lint.html'));
const sizes = {
  wasm: { raw: wasmBuf.length, gzip: gz(wasmBuf) },
  glue_js: { raw: size(join(out, 'xxgk-lint.mjs')), gzip: gz(readFileSync(join(out, 'xxgk-lint.mjs'))) },
  single_file: { raw: single.length, gzip: gz(single) },
  single_file_without_vendor: {
    raw: single.length - vendor.reduce((n, v) => n + Buffer.byteLength(v.text), 0),
  },
  vendor_files: vendor.map((v) => v.rel),
};
writeFileSync(join(out, 'sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
log(`xxgk-lint.wasm ${kb(sizes.wasm.raw)}（gzip ${kb(sizes.wasm.gzip)}）`);
log(`xxgk-lint.html ${kb(sizes.single_file.raw)}（gzip ${kb(sizes.single_file.gzip)}），内联 vendor 文件 ${vendor.length} 个`);
if (sizes.single_file.gzip > 1.5 * 1024 * 1024) log('警告：单文件超过 1.5 MB（gzip）');
console.log(out);
