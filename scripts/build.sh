#!/usr/bin/env bash
# Builds everything: the native CLI (build/native/xxgk-lint), the wasm module and the page
# (build/web/, build/web/xxgk-lint.html). Installs what a fresh Debian machine lacks first.
#   bash scripts/build.sh            build
#   bash scripts/build.sh --serve    build, then serve build/web on http://127.0.0.1:8080/
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JOBS="${JOBS:-$(nproc)}"

bash scripts/install-deps.sh

echo "[build] 本机版本 → build/native"
cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$JOBS"

echo "[build] WebAssembly 与网页 → build/web"
JOBS="$JOBS" bash scripts/build-wasm.sh

echo "[build] 完成：build/native/xxgk-lint，build/web/index.html，build/web/xxgk-lint.html（单文件，可离线双击打开）"
if [ "${1:-}" = "--serve" ]; then
  PORT="${PORT:-8080}"
  echo "[build] 网页：http://127.0.0.1:${PORT}/   （Ctrl+C 停止）"
  exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory build/web
fi
