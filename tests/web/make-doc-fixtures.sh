#!/usr/bin/env bash
# Makes document fixtures from seed reports, for tests/web/page-documents.test.mjs (Chromium's
# own HTML and print-to-PDF are made there). Outputs (not committed) in build/fixtures/docs/:
#   NNN.html   the seed with its tables as real <table>s (tests/web/seed-to-html.mjs)
#   NNN.docx   HTML → Word by LibreOffice (real w:tbl tables, merged cells)
#   NNN.pdf    HTML → PDF by LibreOffice
#   NNN-pandoc.docx  HTML → Word by pandoc
#   NNN-lo.html     NNN.docx → HTML by LibreOffice (its own table markup, merged cells)
#   NNN-gbk.html    NNN.html in GBK, declared charset=gbk
#   NNN-unclosed.html  NNN.html with a comment and a script left open before the report
#   NNN-plain.docx  the seed text as plain paragraphs
#   NNN-locked.pdf  the PDF with an open password (the reader must say so in Chinese)
# Usage: tests/web/make-doc-fixtures.sh [SEED_NUMBER…]   (default: 000 003)
# Exit status 3 when soffice or pandoc is not installed (the test then skips).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=build/fixtures/docs
SEEDS_DIR=${XXGK_CORPUS:-../shared/corpus}/seeds
if ! command -v soffice >/dev/null 2>&1; then
  echo "[make-doc-fixtures] 未安装 LibreOffice（soffice）：运行 scripts/install-deps.sh 安装 libreoffice-writer-nogui" >&2
  exit 3
fi
if ! command -v pandoc >/dev/null 2>&1; then
  echo "[make-doc-fixtures] 未安装 pandoc：运行 scripts/install-deps.sh" >&2
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
       && [ -f "$OUT/$n.docx" ] && [ -f "$OUT/$n-plain.docx" ] && [ -f "$OUT/$n-locked.pdf" ] \
       && [ -f "$OUT/$n-pandoc.docx" ] && [ -f "$OUT/$n-lo.html" ] && [ -f "$OUT/$n-gbk.html" ] \
       && [ -f "$OUT/$n-unclosed.html" ] && [ "$OUT/$n-unclosed.html" -nt "$0" ]; then
      continue
    fi
    node tests/web/seed-to-html.mjs "$seed" > "$OUT/$n.html"
    office --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$OUT" "$OUT/$n.html"
    office --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$OUT" "$OUT/$n.html"
    pandoc -f html -t docx -o "$OUT/$n-pandoc.docx" "$OUT/$n.html"
    mkdir -p "$OUT/lo"
    office --convert-to "html:HTML (StarWriter)" --outdir "$OUT/lo" "$OUT/$n.docx"
    mv "$OUT/lo/$n.html" "$OUT/$n-lo.html" && rmdir "$OUT/lo"
    sed 's/<meta charset="utf-8">/<meta http-equiv="Content-Type" content="text\/html; charset=gbk">/' "$OUT/$n.html" \
      | iconv -f UTF-8 -t GBK > "$OUT/$n-gbk.html"
    sed 's/<body>/<body>\n<!-- 统计代码（未闭合）\n<script>var stat = 1;\n/' "$OUT/$n.html" > "$OUT/$n-unclosed.html"
    cp "$seed" "$OUT/$n-plain.txt"
    office --infilter="Text (encoded):UTF8,LF,,," --convert-to "docx:MS Word 2007 XML" --outdir "$OUT" "$OUT/$n-plain.txt"
    rm -f "$OUT/$n-plain.txt"
    mkdir -p "$OUT/locked"
    office --infilter="HTML (StarWriter)" --convert-to \
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"xxgk"}}' \
      --outdir "$OUT/locked" "$OUT/$n.html"
    mv "$OUT/locked/$n.pdf" "$OUT/$n-locked.pdf" && rmdir "$OUT/locked"
    for f in "$OUT/$n.docx" "$OUT/$n.pdf" "$OUT/$n-plain.docx" "$OUT/$n-locked.pdf" "$OUT/$n-pandoc.docx" \
             "$OUT/$n-lo.html" "$OUT/$n-gbk.html" "$OUT/$n-unclosed.html"; do
      [ -s "$f" ] || { echo "[make-doc-fixtures] LibreOffice 没有生成 $f" >&2; exit 1; }
    done
    echo "[make-doc-fixtures] $n: $(cd "$OUT" && ls "$n"* | tr '\n' ' ')"
  done
done
