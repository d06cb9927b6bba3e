#!/usr/bin/env bash
# Copies pdf.js (pdfjs-dist from web/node_modules, pinned in web/package-lock.json) into
# build/web/vendor/pdfjs/ for the page: the legacy build (older browsers too), plus the
# Chinese CMaps as one file. Nothing is fetched at run time.
#   scripts/build-pdfjs.sh [OUT_DIR]      (default build/web/vendor/pdfjs)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-build/web/vendor/pdfjs}
SRC=web/node_modules/pdfjs-dist
if [ ! -f "$SRC/legacy/build/pdf.min.mjs" ]; then
  echo "[build-pdfjs] 缺少 $SRC：请先运行 scripts/install-deps.sh（在 web/ 中执行 npm ci）" >&2
  exit 1
fi
mkdir -p "$OUT"
cp "$SRC/legacy/build/pdf.min.mjs" "$SRC/legacy/build/pdf.worker.min.mjs" "$OUT/"
cp "$SRC/LICENSE" "$OUT/LICENSE.txt"
# CMaps for CID fonts that are not embedded (simplified Chinese: GB encodings, UniGB-UCS2/UTF16,
# Adobe-GB1; not GBT*, GB/T 12345's traditional characters) as one binary bundle: a little-endian u32 n, n bytes of JSON {name: [offset, length]},
# then the .bcmap files (offsets from the end of the JSON). The Worker reads it (web/src/worker.js).
# Near-duplicates are stored as usecmap deltas, checked with pdf.js's CMapFactory (scripts/pack-cmaps.mjs).
rm -f "$OUT/cmaps-zh.json"
node scripts/pack-cmaps.mjs "$SRC" "$OUT/cmaps-zh.bin"
version=$(node -p 'require("./web/node_modules/pdfjs-dist/package.json").version')
for f in "$OUT"/pdf.min.mjs "$OUT"/pdf.worker.min.mjs "$OUT"/cmaps-zh.bin; do
  printf '[build-pdfjs] %-48s %8d bytes, gzip %8d\n' "$f" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"
done
echo "[build-pdfjs] pdfjs-dist $version → $OUT"
