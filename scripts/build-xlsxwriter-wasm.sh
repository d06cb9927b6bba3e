#!/usr/bin/env bash
# Builds libxlsxwriter for WebAssembly from Debian's libxlsxwriter source package (the version of
# the native libxlsxwriter-dev), with its bundled minizip, tmpfileplus and md5, against the zlib of
# scripts/build-zlib-wasm.sh. USE_FMEMOPEN keeps the workbook's parts in memory; the workbook
# itself is written to the module's in-memory file system. Cached outside the tree:
#   ${XXGK_CACHE:-$HOME/.cache/xxgk-lint}/xlsxwriter-wasm-<version>-<hash>/{include,lib/libxlsxwriter.a}
# Does nothing when that prefix is complete. The last line printed is the prefix.
set -euo pipefail
CACHE="${XXGK_CACHE:-$HOME/.cache/xxgk-lint}"
export NODE_PATH=/usr/share/nodejs
OPT="-Oz -flto"
HASH=$(sha256sum "$0" | cut -c1-12)
log() { echo "[build-xlsxwriter-wasm] $*" >&2; }
SRC_CACHE="$CACHE/src"
mkdir -p "$SRC_CACHE"
VERSION=$(dpkg-query -W -f='${source:Upstream-Version}' libxlsxwriter-dev 2>/dev/null || echo 1.1.4)
PREFIX="$CACHE/xlsxwriter-wasm-$VERSION-$HASH"
if [ -f "$PREFIX/lib/libxlsxwriter.a" ] && [ -f "$PREFIX/include/xlsxwriter.h" ]; then
  log "已缓存: $PREFIX"
  echo "$PREFIX"
  exit 0
fi
ZLIB_PREFIX=$(bash "$(dirname "$0")/build-zlib-wasm.sh" | tail -1)
TARBALL=$(ls "$SRC_CACHE"/libxlsxwriter_"$VERSION".orig.tar.* 2>/dev/null | head -1 || true)
if [ -z "$TARBALL" ]; then
  # deb-src entries: scripts/install-deps.sh adds them when the machine has none.
  (cd "$SRC_CACHE" && apt-get source --download-only libxlsxwriter >&2)
  TARBALL=$(ls "$SRC_CACHE"/libxlsxwriter_*.orig.tar.* | sort | tail -1)
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
tar -xf "$TARBALL" -C "$WORK"
SRC=$(dirname "$(find "$WORK" -path '*/src/workbook.c' | head -1)")/..
rm -rf "$PREFIX.tmp"
mkdir -p "$PREFIX.tmp/lib" "$WORK/obj"
for f in "$SRC"/src/*.c "$SRC"/third_party/minizip/ioapi.c "$SRC"/third_party/minizip/zip.c \
         "$SRC"/third_party/tmpfileplus/tmpfileplus.c "$SRC"/third_party/md5/md5.c; do
  emcc $OPT -DUSE_FMEMOPEN -I"$SRC/include" -I"$ZLIB_PREFIX/include" -w -c "$f" -o "$WORK/obj/$(basename "$f" .c).o"
done
emar rcs "$PREFIX.tmp/lib/libxlsxwriter.a" "$WORK"/obj/*.o
cp -r "$SRC/include" "$PREFIX.tmp/include"
rm -rf "$PREFIX"
mv "$PREFIX.tmp" "$PREFIX"
log "完成: $PREFIX"
echo "$PREFIX"
