#!/usr/bin/env bash
# Web tests: (a) wasm vs native CLI on the corpus, (b) the pages in headless Debian Chromium,
# then any other *.test.mjs here (documents: wasm core = native CLI).
# Needs build/native/xxgk-lint, scripts/build-wasm.sh done, and `npm ci` here (scripts/install-deps.sh).
# Prints node:test summaries; exit code non-zero if any test failed.
set -uo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/playwright-core ]; then
  echo "[tests/web] node_modules 缺失：运行 scripts/install-deps.sh" >&2
  exit 1
fi
status=0
run() {
  echo "# $1"
  node --test --test-reporter=spec "$2" || status=1
}
run "wasm = native（语料）" wasm-vs-native.test.mjs
run "页面（headless chromium）" page.test.mjs
for t in *.test.mjs; do
  case "$t" in wasm-vs-native.test.mjs|page.test.mjs) continue ;; esac
  run "$t" "$t"
done
exit $status
