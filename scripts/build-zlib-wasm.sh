#!/usr/bin/env bash
# Builds zlib for WebAssembly from Debian's zlib source package (the version of the native
# zlib1g-dev): inflate for the core's .docx reader, deflate for the .xlsx writer (libxlsxwriter's
# zip). Cached outside the tree:
#   ${XXGK_CACHE:-$HOME/.cache/xxgk-lint}/zlib-wasm-<version>-<hash>/{include,lib/libz.a}
# Does nothing when that prefix is complete. The last line printed is the prefix.
set -euo pipefail
CACHE="${XXGK_CACHE:-$HOME/.cache/xxgk-lint}"
export NODE_PATH=/usr/share/nodejs
OPT="-Oz -flto"
HASH=$(sha256sum "$0" | cut -c1-12)
log() { echo "[build-zlib-wasm] $*" >&2; }
SRC_CACHE="$CACHE/src"
mkdir -p "$SRC_CACHE"
VERSION=$(dpkg-query -W -f='${source:Upstream-Version}' zlib1g-dev 2>/dev/null || echo 1.2.13.dfsg)
PREFIX="$CACHE/zlib-wasm-$VERSION-$HASH"
if [ -f "$PREFIX/lib/libz.a" ] && [ -f "$PREFIX/include/zlib.h" ]; then
  log "已缓存: $PREFIX"
  echo "$PREFIX"
  exit 0
fi
TARBALL=$(ls "$SRC_CACHE"/zlib_"$VERSION".orig.tar.* 2>/dev/null | head -1 || true)
if [ -z "$TARBALL" ]; then
  (cd "$SRC_CACHE" && apt-get source --download-only zlib >&2)
  TARBALL=$(ls "$SRC_CACHE"/zlib_*.orig.tar.* | sort | tail -1)
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
tar -xf "$TARBALL" -C "$WORK"
SRC=$(dirname "$(find "$WORK" -name inflate.c | head -1)")
rm -rf "$PREFIX.tmp"
mkdir -p "$PREFIX.tmp/include" "$PREFIX.tmp/lib" "$WORK/obj"
# No gz* file functions: nothing reads or writes .gz files.
for f in adler32 crc32 inflate inftrees inffast deflate trees zutil; do
  emcc $OPT -DHAVE_UNISTD_H -c "$SRC/$f.c" -o "$WORK/obj/$f.o"
done
emar rcs "$PREFIX.tmp/lib/libz.a" "$WORK"/obj/*.o
cp "$SRC/zlib.h" "$SRC/zconf.h" "$PREFIX.tmp/include/"
rm -rf "$PREFIX"
mv "$PREFIX.tmp" "$PREFIX"
log "完成: $PREFIX"
echo "$PREFIX"
