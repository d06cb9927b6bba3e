#!/usr/bin/env bash
# Fuzzes the checker with libFuzzer (Debian clang, -fsanitize=fuzzer,address,undefined).
#   scripts/fuzz.sh [SECONDS]   (default 60)
# Builds build/fuzz, seeds it with the real reports of ../shared/corpus (seeds/ and dev/), cut-down
# pathological inputs (tests/fuzz/gen_inputs.py --scale fuzz) and every regression fixture, then
# runs xxgk_fuzz_check (xxgk::check + to_json) for SECONDS, then each document reader for
# SECONDS/5: xxgk_fuzz_text, _docx, _html, _pdf_runs, seeded from tests/fuzz/corpus/<kind>/ (kept
# in the repository). A crash, a sanitizer report, a timeout (> 10 s for one input) or an
# out-of-memory exits non-zero; the input is kept as a regression fixture: under
# tests/fixtures/regress/ for the checker, under tests/fuzz/crashers/<kind>/ for a reader (the
# document tests read every one of them).
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-60}
case "$SECS" in ''|*[!0-9]*) echo "用法：scripts/fuzz.sh 秒数" >&2; exit 2;; esac
CORPUS=${XXGK_CORPUS_DIR:-../shared/corpus}
B=build/fuzz
JOBS=${XXGK_BUILD_JOBS:-2}

command -v clang++ >/dev/null || { echo "[fuzz] 需要 clang（scripts/install-deps.sh）" >&2; exit 2; }
CC=clang CXX=clang++ cmake -S . -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DXXGK_FUZZ=ON -DXXGK_SANITIZE=ON -DXXGK_TESTS=OFF >/dev/null
cmake --build "$B" -j "$JOBS" --target xxgk_fuzz_check xxgk_fuzz_text xxgk_fuzz_docx xxgk_fuzz_html xxgk_fuzz_pdf_runs

# Seed corpus, made afresh at run time; the working corpus ($B/corpus-*) grows across runs.
SEED="$B/seed"
rm -rf "$SEED"
mkdir -p "$SEED" "$B/corpus-check" "$B/artifacts"
for d in "$CORPUS/seeds" "$CORPUS/dev"; do
  [ -d "$d" ] && cp "$d"/*.txt "$SEED"/ 2>/dev/null || true
done
python3 tests/fuzz/gen_inputs.py "$SEED" --scale fuzz --corpus "$CORPUS" >/dev/null
if [ -d tests/fixtures/regress ]; then
  find tests/fixtures/regress -maxdepth 1 -type f -size -1M -exec cp {} "$SEED"/ \;
fi
echo "[fuzz] 种子语料：$(ls "$SEED" | wc -l) 个文件"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
FLAGS=(-max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
       -artifact_prefix="$B/artifacts/")

status=0
shopt -s nullglob
run() {  # target seconds corpus seed-dir keep-dir
  local target=$1 secs=$2 corpus=$3 seed=$4 keep=$5
  echo "[fuzz] $target：运行 ${secs} 秒"
  rm -rf "$B/artifacts" && mkdir -p "$B/artifacts" "$corpus"
  if ! "$B/$target" "${FLAGS[@]}" -max_total_time="$secs" "$corpus" "$seed" 2>"$B/$target.log"; then
    status=1
  fi
  tail -n 12 "$B/$target.log"
  local found=("$B"/artifacts/*)
  if ((${#found[@]})); then
    mkdir -p "$keep"
    for f in "${found[@]}"; do
      cp "$f" "$keep/$target-$(basename "$f")"
      echo "[fuzz] 发现问题输入：$keep/$target-$(basename "$f")" >&2
    done
    status=1
  fi
}
run xxgk_fuzz_check "$SECS" "$B/corpus-check" "$SEED" tests/fixtures/regress
READER_SECS=$(( SECS / 5 > 0 ? SECS / 5 : 1 ))
for kind in text docx html pdf_runs; do
  run "xxgk_fuzz_$kind" "$READER_SECS" "$B/corpus-$kind" "tests/fuzz/corpus/$kind" "tests/fuzz/crashers/$kind"
done
if ((status)); then
  echo "[fuzz] 失败：见 $B/*.log" >&2
  exit 1
fi
echo "[fuzz] 未发现问题"
