#!/usr/bin/env bash
# Builds the WebAssembly modules (the checker, the document readers, the Excel writer) and the
# static page:
#   zlib and libxlsxwriter for wasm (cached: scripts/build-{zlib,xlsxwriter}-wasm.sh) → build/wasm
#   (emcmake) → build/web/ and build/web/xxgk-lint.html (scripts/assemble-web.mjs).
# Installs nothing: scripts/install-deps.sh does (emscripten, nodejs, web/ npm ci).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export NODE_PATH=/usr/share/nodejs
JOBS="${JOBS:-2}"
BUILD="${XXGK_WASM_BUILD_DIR:-build/wasm}"

command -v emcmake >/dev/null || { echo "[build-wasm] 缺少 emscripten：运行 scripts/install-deps.sh" >&2; exit 1; }

ZLIB_PREFIX=$(scripts/build-zlib-wasm.sh | tail -1)
XLSXWRITER_PREFIX=$(scripts/build-xlsxwriter-wasm.sh | tail -1)
echo "[build-wasm] zlib: $ZLIB_PREFIX  libxlsxwriter: $XLSXWRITER_PREFIX" >&2

emcmake cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DXXGK_ZLIB_WASM_PREFIX="$ZLIB_PREFIX" \
  -DXXGK_XLSXWRITER_WASM_PREFIX="$XLSXWRITER_PREFIX" -DXXGK_WASM_OPT="${XXGK_WASM_OPT:--O2}" \
  -DXXGK_WASM_READERS_OPT="${XXGK_WASM_READERS_OPT:--Oz}" >&2
cmake --build "$BUILD" -j"$JOBS" --target xxgk_lint_wasm xxgk_readers_wasm xxgk_xlsx_wasm >&2

if [ ! -d web/node_modules/esbuild ]; then
  echo "[build-wasm] web/node_modules 缺失：运行 scripts/install-deps.sh" >&2
  exit 1
fi
# pdf.js for the file readers (build/web/vendor/, inlined into the single file); the page works
# without it (PDFs are then refused with a message).
if [ -f scripts/build-pdfjs.sh ]; then
  bash scripts/build-pdfjs.sh >&2 || echo "[build-wasm] 警告：pdf.js 未复制，单文件页面将不能读取 PDF" >&2
fi
node scripts/assemble-web.mjs --wasm-dir "$BUILD/wasm" --out build/web
