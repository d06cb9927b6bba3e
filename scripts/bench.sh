#!/usr/bin/env bash
# Prints speed and memory figures (never fails on a timer):
#   corpus (../shared/corpus seeds + dev, each repeated XXGK_BENCH_REPS times, default 40):
#     native ms per report and MB/s with one thread and with all cores, peak memory;
#     wasm ms per report under node (build/wasm, when it exists) and the wasm/native ratio;
#   the single-file page's size raw and gzipped (build/web/xxgk-lint.html, when it exists), and in
#     headless Chromium its module load, time from a paste to the first finding, typing lag and
#     the cost of showing a finding's place (tests/web/bench-page.mjs), and a folder of 336 reports
#     checked in the page beside the native CLI (tests/web/bench-batch.mjs);
#   the 20 MB input and the pathological inputs (one 5 MB line, 100 000 table-like lines, a
#     million digits in a row, ...): time, peak memory, exit code.
# Usage: scripts/bench.sh   (after scripts/build.sh; XXGK_BIN overrides build/native/xxgk-lint)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=${XXGK_BIN:-build/native/xxgk-lint}
CORPUS=${XXGK_CORPUS_DIR:-../shared/corpus}
REPS=${XXGK_BENCH_REPS:-40}
LIMIT=${XXGK_BENCH_TIMEOUT:-300}

if [ ! -x "$BIN" ] && [ -x scripts/build.sh ]; then
  echo "[bench] 未找到 $BIN，先运行 scripts/build.sh" >&2
  scripts/build.sh >&2 || true
fi
[ -x "$BIN" ] || { echo "[bench] 缺少 $BIN：先运行 scripts/build.sh" >&2; exit 1; }
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "[bench] 缺少 /usr/bin/time（Debian 软件包 time）" >&2; exit 1; }

W=$(mktemp -d "${TMPDIR:-/tmp}/xxgk-bench.XXXXXX")
trap 'rm -rf "$W"' EXIT

now_ns() { date +%s%N; }
# measure CMD... : sets WALL (s), RSS (MB), CODE; stdout discarded
measure() {
  local t0 t1
  t0=$(now_ns)
  timeout "$LIMIT" "$TIME" -f "%M" -o "$W/time.txt" "$@" >/dev/null 2>"$W/stderr.txt"
  CODE=$?
  t1=$(now_ns)
  WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", (b-a)/1e9}')
  RSS=$(awk 'NF==1 && $1 ~ /^[0-9]+$/ {printf "%.1f", $1/1024}' "$W/time.txt" 2>/dev/null)
  [ -n "$RSS" ] || RSS="?"
  if [ "$CODE" = 124 ]; then CODE="超时(>${LIMIT}s)"; fi
}

echo "== 机器"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')，$(nproc) 核；负载 $(cut -d' ' -f1-3 /proc/loadavg)"
echo "xxgk-lint: $("$BIN" --version 2>/dev/null)；$(date -u '+%Y-%m-%d %H:%M UTC')"

# ---------------------------------------------------------------- corpus, native
mkdir -p "$W/corpus"
files=()
for d in "$CORPUS/seeds" "$CORPUS/dev"; do
  for f in "$d"/*.txt; do [ -f "$f" ] && files+=("$f"); done
done
if ((${#files[@]} == 0)); then
  echo "[bench] 没有找到语料（$CORPUS）" >&2
  exit 1
fi
for ((r = 0; r < REPS; r++)); do
  mkdir -p "$W/corpus/r$r"
  cp "${files[@]}" "$W/corpus/r$r/"
done
N=$(( ${#files[@]} * REPS ))
BYTES=$(cat "${files[@]}" | wc -c)
BYTES=$(( BYTES * REPS ))
MB=$(awk -v b="$BYTES" 'BEGIN{printf "%.2f", b/1048576}')
echo
echo "== 语料：${#files[@]} 份报告 × $REPS = $N 份，${MB} MB"
"$BIN" --format jsonl -j 1 "${files[@]}" >/dev/null 2>&1   # warm the page cache
measure "$BIN" --print-text -j 1 "$W/corpus"
READ_WALL=$WALL
measure "$BIN" --format jsonl -j 1 "$W/corpus"
NATIVE_MS=$(awk -v w="$WALL" -v n="$N" 'BEGIN{printf "%.3f", w*1000/n}')
printf "native，1 线程：%s ms/份，%s MB/s，峰值内存 %s MB（共 %s s，其中读取和解码 %s s；退出码 %s）\n" \
  "$NATIVE_MS" "$(awk -v w="$WALL" -v m="$MB" 'BEGIN{printf "%.1f", m/w}')" "$RSS" "$WALL" "$READ_WALL" "$CODE"
measure "$BIN" --format jsonl "$W/corpus"
printf "native，全部 %s 核：%s ms/份，%s MB/s，峰值内存 %s MB\n" "$(nproc)" \
  "$(awk -v w="$WALL" -v n="$N" 'BEGIN{printf "%.3f", w*1000/n}')" "$(awk -v w="$WALL" -v m="$MB" 'BEGIN{printf "%.1f", m/w}')" "$RSS"

# ---------------------------------------------------------------- corpus, wasm
WASM_DIR=${XXGK_WASM_DIR:-build/wasm/wasm}
WASM_MODULE=$WASM_DIR/xxgk-lint.wasm
if [ -f "$WASM_MODULE" ] && [ -f wasm/cli.mjs ] && command -v node >/dev/null; then
  cat >"$W/wasm-bench.mjs" <<JS
import { readFileSync } from 'node:fs';
import { loadModule } from '${ROOT}/wasm/cli.mjs';
const [reps, ...files] = process.argv.slice(2);
const texts = files.map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
const bytes = files.reduce((s, f) => s + readFileSync(f).length, 0) * Number(reps);
const t0 = performance.now();
const lint = await loadModule('xxgk-lint', '${ROOT}/${WASM_DIR}');
const t1 = performance.now();
for (const t of texts) lint.check(t, '{}');   // warm-up
const t2 = performance.now();
for (let r = 0; r < Number(reps); r++) for (const t of texts) lint.check(t, '{}');
const t3 = performance.now();
const n = texts.length * Number(reps);
console.log(JSON.stringify({ load_ms: t1 - t0, first_ms: t2 - t1, ms: (t3 - t2) / n, mbs: bytes / 1048576 / ((t3 - t2) / 1000) }));
JS
  if timeout "$LIMIT" "$TIME" -f "%M" -o "$W/time.txt" node "$W/wasm-bench.mjs" "$REPS" "${files[@]}" >"$W/wasm.json" 2>"$W/wasm.err"; then
    WRSS=$(awk '{printf "%.1f", $1/1024}' "$W/time.txt")
    read -r WASM_MS WASM_MBS LOAD FIRST < <(python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print('%.3f %.1f %.0f %.0f' % (j['ms'], j['mbs'], j['load_ms'], j['first_ms']))" "$W/wasm.json")
    printf "wasm (node %s)：%s ms/份，%s MB/s，峰值内存 %s MB；模块加载 %s ms，首轮 %s 份 %s ms\n" \
      "$(node --version)" "$WASM_MS" "$WASM_MBS" "$WRSS" "$LOAD" "${#files[@]}" "$FIRST"
    printf "wasm/native 比值（1 线程，每份耗时）：%s\n" "$(awk -v a="$WASM_MS" -v b="$NATIVE_MS" 'BEGIN{printf "%.2f", a/b}')"
  else
    echo "wasm：运行失败（$(tail -n 3 "$W/wasm.err" | tr '\n' ' ')）"
  fi
else
  echo "wasm：跳过（没有 $WASM_MODULE：先运行 scripts/build-wasm.sh）"
fi

# ---------------------------------------------------------------- page
PAGE=build/web/xxgk-lint.html
if [ -f "$PAGE" ]; then
  RAW=$(wc -c <"$PAGE")
  GZ=$(gzip -9 -c "$PAGE" | wc -c)
  printf "单文件页面 %s：%s 字节（%.2f MB），gzip -9 后 %s 字节（%.2f MB）\n" "$PAGE" "$RAW" \
    "$(awk -v b="$RAW" 'BEGIN{print b/1048576}')" "$GZ" "$(awk -v b="$GZ" 'BEGIN{print b/1048576}')"
else
  echo "单文件页面：跳过（没有 $PAGE）"
fi
# The page in headless Chromium: module load, paste to first finding, typing lag, showing a place.
if [ -f "$PAGE" ] && [ -d tests/web/node_modules/playwright-core ]; then
  (cd tests/web && timeout "$LIMIT" node bench-page.mjs) || echo "页面：运行失败"
  (cd tests/web && timeout "$LIMIT" node bench-batch.mjs) || echo "页面批量检查：运行失败"
else
  echo "页面：跳过（没有 $PAGE 或 tests/web/node_modules）"
fi

# ---------------------------------------------------------------- large and pathological inputs
echo
echo "== 大文件和病态输入（每个单独运行，-j 1，超时 ${LIMIT} s）"
python3 tests/fuzz/gen_inputs.py "$W/big" --scale full --corpus "$CORPUS" >/dev/null
printf "%-24s %10s %10s %10s %12s %s\n" "输入" "大小(MB)" "耗时(s)" "MB/s" "峰值内存(MB)" "退出码"
for f in big_20mb one_line_5mb table_lines_100k digits_1m pipes labels_only cells_per_line headings_one_line_1mb; do
  p="$W/big/$f.txt"
  [ -f "$p" ] || continue
  SZ=$(wc -c <"$p")
  measure "$BIN" --format json -j 1 "$p"
  printf "%-24s %10.2f %10s %10s %12s %s\n" "$f.txt" "$(awk -v b="$SZ" 'BEGIN{print b/1048576}')" "$WALL" \
    "$(awk -v w="$WALL" -v b="$SZ" 'BEGIN{printf "%.1f", (w>0)?b/1048576/w:0}')" "$RSS" "$CODE"
  case "$CODE" in 0|1|2) ;; *) echo "    ↳ 异常：$(tail -n 2 "$W/stderr.txt" | tr '\n' ' ')";; esac
done
if [ -f "$WASM_MODULE" ] && [ -f wasm/cli.mjs ]; then
  measure env XXGK_WASM_DIR="$ROOT/$WASM_DIR" node wasm/cli.mjs "$W/big/big_20mb.txt"
  printf "%-24s %10.2f %10s %10s %12s %s\n" "big_20mb.txt (wasm)" "$(awk -v b="$(wc -c <"$W/big/big_20mb.txt")" 'BEGIN{print b/1048576}')" \
    "$WALL" "-" "$RSS" "$CODE"
fi
