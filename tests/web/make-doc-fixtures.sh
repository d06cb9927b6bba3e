#!/usr/bin/env bash
# Makes .docx and .pdf fixtures from seed reports with LibreOffice headless, for
# tests/web/readers.test.mjs. Outputs (not committed) in build/fixtures/docs/:
#   NNN.html   the seed with its tables as real <table>s (tests/web/seed-to-html.mjs)
#   NNN.docx   HTML → Word (real w:tbl tables, merged cells)
#   NNN.pdf    HTML → PDF
#   NNN-plain.docx  the seed text as plain paragraphs
#   NNN-locked.pdf  the PDF with an open password (the reader must say so in Chinese)
# Usage: tests/web/make-doc-fixtures.sh [SEED_NUMBER…]   (default: 000 003)
# Exit status 3 when soffice is not installed (the test then skips).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=build/fixtures/docs
SEEDS_DIR=${XXGK_CORPUS:-../shared/corpus}/seeds
if ! command -v soffice >/dev/null 2>&1; then
  echo "[make-doc-fixtures] 未安装 LibreOffice（soffice）：运行 scripts/install-deps.sh 安装 libreoffice-writer-nogui" >&2
  exit 3
fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "[make-doc-fixtures] 警告：没有中文字体（fonts-wqy-microhei），PDF 中的汉字将无法提取" >&2
fi
mkdir -p "$OUT"
# A private LibreOffice profile: no clash with another soffice running on the machine.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
office() { soffice "-env:UserInstallation=file://$profile" --headless --norestore "$@" >/dev/null 2>&1; }

numbers=("$@")
[ ${#numbers[@]} -gt 0 ] || numbers=(000 003)
for n in "${numbers[@]}"; do
  for seed in "$SEEDS_DIR/${n}"_*.txt; do
    [ -f "$seed" ] || { echo "[make-doc-fixtures] 找不到种子报告 $n" >&2; exit 1; }
    if [ "$OUT/$n.pdf" -nt "$seed" ] && [ "$OUT/$n.pdf" -nt tests/web/seed-to-html.mjs ] \
       && [ -f "$OUT/$n.docx" ] && [ -f "$OUT/$n-plain.docx" ] && [ -f "$OUT/$n-locked.pdf" ]; then
      continue
    fi
    node tests/web/seed-to-html.mjs "$seed" > "$OUT/$n.html"
    office --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$OUT" "$OUT/$n.html"
    office --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$OUT" "$OUT/$n.html"
    cp "$seed" "$OUT/$n-plain.txt"
    office --infilter="Text (encoded):UTF8,LF,,," --convert-to "docx:MS Word 2007 XML" --outdir "$OUT" "$OUT/$n-plain.txt"
    rm -f "$OUT/$n-plain.txt"
    mkdir -p "$OUT/locked"
    office --infilter="HTML (StarWriter)" --convert-to \
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"xxgk"}}' \
      --outdir "$OUT/locked" "$OUT/$n.html"
    mv "$OUT/locked/$n.pdf" "$OUT/$n-locked.pdf" && rmdir "$OUT/locked"
    for f in "$OUT/$n.docx" "$OUT/$n.pdf" "$OUT/$n-plain.docx" "$OUT/$n-locked.pdf"; do
      [ -s "$f" ] || { echo "[make-doc-fixtures] LibreOffice 没有生成 $f" >&2; exit 1; }
    done
    echo "[make-doc-fixtures] $n: $(cd "$OUT" && ls -s "$n.docx" "$n.pdf" "$n-plain.docx" "$n-locked.pdf" | tr '\n' ' ')"
  done
done
