#!/usr/bin/env bash
# Shapes: makes every gold report of ../shared/corpus into the shapes users paste (LibreOffice
# .docx/.pdf, pandoc Markdown, Chromium PDF and clipboard, pdftotext in three modes), or reuses
# build/shapes/<key>, then checks each file cell by cell against the gold (tests/shapes/README.md).
# Needs build/native/xxgk-lint and `npm ci` in tests/web (scripts/install-deps.sh).
#   bash tests/shapes/run.sh [--update-known]
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x build/native/xxgk-lint ]; then
  echo "[tests/shapes] 缺少 build/native/xxgk-lint：先构建原生命令行" >&2
  exit 1
fi
if [ ! -d tests/web/node_modules/playwright-core ]; then
  echo "[tests/shapes] tests/web/node_modules 缺失：运行 scripts/install-deps.sh" >&2
  exit 1
fi
status=0
node --test --test-reporter=spec tests/shapes/labels.test.mjs || status=1
node tests/shapes/check.mjs "$@" || status=1
exit $status
