#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs dependencies, builds everything, then
#   1. native unit, golden and CLI tests (CTest)
#   2. wasm = native on the corpus, the single-file page in headless Chromium, .docx/.pdf readers
#   2b. the corpus reports in every document shape (tests/shapes): cells vs gold, perturbations
#   3. the whole native suite again under AddressSanitizer + UndefinedBehaviorSanitizer
# Exit code non-zero if anything failed.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export JOBS="${JOBS:-$(nproc)}"

bash scripts/build.sh || { echo "[test] 构建失败"; exit 1; }

status=0
step() {
  echo
  echo "=== $1"
  shift
  "$@" || { echo "[test] 失败：$*"; status=1; }
}

step "native: ctest" ctest --test-dir build/native --output-on-failure
step "web: wasm vs native, page, file readers" bash tests/web/run.sh
step "shapes: corpus reports as .docx/.pdf/Markdown/pdftotext/clipboard vs gold" bash tests/shapes/run.sh
step "sanitizers: ASan + UBSan" bash scripts/test-sanitize.sh

echo
if [ $status -eq 0 ]; then echo "[test] 全部通过"; else echo "[test] 有失败"; fi
exit $status
