#!/usr/bin/env bash
# Builds ICU 72.1 (Debian's source package, the version of native libicu-dev) for WebAssembly
# with Emscripten, with a minimal data library (NFKC + Hant→Hans transliteration only).
# Recipe: ../shared/design/icu-wasm.md.
#
# Installs into ${XXGK_CACHE:-$HOME/.cache/xxgk-lint}/icu-wasm-72.1-<hash>/ (outside the build
# tree; <hash> covers this script and scripts/icu/*), holding include/ and
# lib/{libicuuc.a,libicui18n.a,libxxgk_icudata.a}. Does nothing if that prefix is complete.
# The last line printed is the prefix.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ICU_VERSION=72.1
ICU_MAJOR=72
CACHE="${XXGK_CACHE:-$HOME/.cache/xxgk-lint}"
JOBS="${JOBS:-2}"
export NODE_PATH=/usr/share/nodejs

# The UCONFIG flags must match XXGK_ICU_UCONFIG in the top-level CMakeLists.txt.
UCONFIG="-DUCONFIG_NO_BREAK_ITERATION=1 -DUCONFIG_NO_COLLATION=1 -DUCONFIG_NO_FORMATTING=1 \
-DUCONFIG_NO_LEGACY_CONVERSION=1 -DUCONFIG_NO_REGULAR_EXPRESSIONS=1 -DUCONFIG_NO_IDNA=1 \
-DUCONFIG_NO_SERVICE=1 -DUCONFIG_NO_FILE_IO=1"
OPT="-Oz -flto"

HASH=$(cat "$0" "$ROOT"/scripts/icu/* | sha256sum | cut -c1-12)
PREFIX="$CACHE/icu-wasm-$ICU_VERSION-$HASH"
log() { echo "[build-icu-wasm] $*" >&2; }

complete() {
  [ -f "$PREFIX/include/unicode/translit.h" ] && [ -f "$PREFIX/lib/libicuuc.a" ] &&
    [ -f "$PREFIX/lib/libicui18n.a" ] && [ -f "$PREFIX/lib/libxxgk_icudata.a" ] &&
    [ -f "$PREFIX/BUILD-INFO" ]
}
if complete; then
  log "已缓存: $PREFIX"
  echo "$PREFIX"
  exit 0
fi

for tool in emcc emconfigure emmake emar icupkg genccode derb genrb apt-get; do
  command -v "$tool" >/dev/null || { log "缺少 $tool (运行 scripts/install-deps.sh)"; exit 1; }
done

START=$(date +%s)
SRC_CACHE="$CACHE/src"
mkdir -p "$SRC_CACHE"

# 1. Source: Debian's icu source package (same version as libicu-dev).
TARBALL="$SRC_CACHE/icu_$ICU_VERSION.orig.tar.gz"
if [ ! -f "$TARBALL" ]; then
  SRC_LIST=/etc/apt/sources.list.d/xxgk-deb-src.sources
  if ! grep -qs '^Types: deb-src' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    log "添加 deb-src 源: $SRC_LIST"
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $SUDO tee "$SRC_LIST" >/dev/null
    # apt may be busy (another install): retry for a while.
    for i in $(seq 1 60); do
      if $SUDO apt-get update -q -o DPkg::Lock::Timeout=60 >&2; then break; fi
      log "apt 忙，等待… ($i)"; sleep 10
    done
  fi
  (cd "$SRC_CACHE" && apt-get source --download-only "icu=$(dpkg-query -W -f='${Version}' libicu-dev 2>/dev/null || echo '')" >&2 ||
     apt-get source --download-only icu >&2)
  [ -f "$TARBALL" ] || { log "未能下载 $TARBALL"; exit 1; }
fi

WORK="$CACHE/work-icu-wasm-$HASH"
rm -rf "$WORK"
mkdir -p "$WORK"
log "解包 $TARBALL → $WORK"
tar -xzf "$TARBALL" -C "$WORK"
# Debian's patches (the same code as libicu-dev), when the debian tarball is there.
DEB_TAR=$(ls "$SRC_CACHE"/icu_"$ICU_VERSION"-*.debian.tar.xz 2>/dev/null | sort | tail -1 || true)
if [ -n "$DEB_TAR" ]; then
  tar -xJf "$DEB_TAR" -C "$WORK"
  while read -r patch; do
    case "$patch" in ''|'#'*) continue ;; esac
    log "Debian 补丁: $patch"
    patch -d "$WORK/icu" -p1 -s < "$WORK/debian/patches/$patch"
  done < "$WORK/debian/patches/series"
fi
ICU_SRC="$WORK/icu/source"
[ -x "$ICU_SRC/configure" ] || { log "源码布局不符: $ICU_SRC"; exit 1; }

# 2. Host build (needed only because the cross configure wants --with-cross-build).
log "本机构建 (host)…"
T0=$(date +%s)
mkdir -p "$WORK/host"
(cd "$WORK/host" && "$ICU_SRC/configure" --disable-tests --disable-samples --disable-extras \
   --disable-layoutex >&2 && make -j"$JOBS" >&2)
T1=$(date +%s)

# 3. wasm build.
log "wasm 构建…"
mkdir -p "$WORK/wasm"
rm -rf "$PREFIX.tmp"
(cd "$WORK/wasm" &&
  CPPFLAGS="$UCONFIG" CFLAGS="$OPT" CXXFLAGS="$OPT" \
  emconfigure "$ICU_SRC/configure" --host=wasm32-unknown-linux --with-cross-build="$WORK/host" \
    --prefix="$PREFIX.tmp" --enable-static --disable-shared --disable-tools --disable-tests \
    --disable-samples --disable-extras --disable-icuio --disable-layoutex \
    --with-data-packaging=archive >&2 &&
  emmake make -j"$JOBS" >&2 && emmake make install >&2)
T2=$(date +%s)

# 4. Minimal data: nfkc.nrm + translit/root.res reduced to Hant-Hans / Traditional-Simplified.
log "裁剪数据…"
D="$WORK/data"
mkdir -p "$D/x" "$D/new/translit"
DAT="$ICU_SRC/data/in/icudt${ICU_MAJOR}l.dat"
icupkg -d "$D/x" -x nfkc.nrm "$DAT"
icupkg -d "$D/x" -x translit/root.res "$DAT"
cp "$D/x/nfkc.nrm" "$D/new/nfkc.nrm"
# The kept rules live in the repository (scripts/icu/translit_root.txt, made once with
# `derb -s <abs dir> -d <abs dir> root.res` and reduced by hand); genrb rebuilds the bundle.
genrb -e UTF-8 -q -s "$ROOT/scripts/icu" -d "$D/new/translit" translit_root.txt
mv "$D/new/translit/translit_root.res" "$D/new/translit/root.res" 2>/dev/null || true
[ -f "$D/new/translit/root.res" ] || { log "genrb 失败"; exit 1; }
printf 'nfkc.nrm\ntranslit/root.res\n' > "$D/list.txt"
(cd "$D" && icupkg -tl -s "$D/new" -a "$D/list.txt" new "icudt${ICU_MAJOR}l.dat")
cp "$D/icudt${ICU_MAJOR}l.dat" "$D/icudt${ICU_MAJOR}.dat"
(cd "$D" && genccode -d "$D" "icudt${ICU_MAJOR}.dat")
emcc $OPT -I"$PREFIX.tmp/include" -c "$D/icudt${ICU_MAJOR}_dat.c" -o "$D/icudt${ICU_MAJOR}_dat.o"
mkdir -p "$PREFIX.tmp/lib"
rm -f "$PREFIX.tmp/lib/libxxgk_icudata.a"
emar rcs "$PREFIX.tmp/lib/libxxgk_icudata.a" "$D/icudt${ICU_MAJOR}_dat.o"
# The archive data library installed by ICU is not used.
rm -f "$PREFIX.tmp/lib/libicudata.a"
T3=$(date +%s)

DATA_BYTES=$(stat -c %s "$D/icudt${ICU_MAJOR}l.dat")
DATA_GZ=$(gzip -9c "$D/icudt${ICU_MAJOR}l.dat" | wc -c)
cat > "$PREFIX.tmp/BUILD-INFO" <<INFO
icu_version=$ICU_VERSION
hash=$HASH
uconfig=$UCONFIG
opt=$OPT
host_build_seconds=$((T1 - T0))
wasm_build_seconds=$((T2 - T1))
data_seconds=$((T3 - T2))
total_seconds=$((T3 - START))
data_bytes=$DATA_BYTES
data_gzip_bytes=$DATA_GZ
built=$(date -u +%Y-%m-%dT%H:%M:%SZ)
INFO
rm -rf "$PREFIX"
mv "$PREFIX.tmp" "$PREFIX"
rm -rf "$WORK"
log "完成，用时 $((T3 - START)) 秒；数据 $DATA_BYTES 字节 (gzip $DATA_GZ)"
echo "$PREFIX"
