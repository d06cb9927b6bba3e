#!/usr/bin/env bash
# Web tests: (a) wasm vs native CLI on the corpus, (b) the pages in headless Debian Chromium.
# Needs build/native/xxgk-lint, scripts/build-wasm.sh done, and `npm ci` here (scripts/install-deps.sh).
# Prints node:test summaries; exit code non-zero if any test failed.
set -uo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/playwright-core ]; then
  echo "[tests/web] node_modules 缺失：运行 scripts/install-deps.sh" >&2
  exit 1
fi
status=0
echo "# wasm = native (corpus)"
node --test --test-reporter=spec wasm-vs-native.test.mjs || status=1
echo "# 页面 (headless chromium)"
node --test --test-reporter=spec page.test.mjs || status=1
exit $status
