#!/usr/bin/env bash
# Builds gumbo 0.10.1 (the HTML5 parser of the native libgumbo-dev) for WebAssembly, for the
# core's HTML reader. Source: Debian's gumbo-parser source package; where the Debian mirror does
# not serve it, the npm package gumbo-parser@0.3.0, which vendors the same upstream 0.10.1
# sources (deps/gumbo-parser), pinned by its sha256. Cached outside the tree:
#   ${XXGK_CACHE:-$HOME/.cache/xxgk-lint}/gumbo-wasm-0.10.1-<hash>/{include,lib/libgumbo.a}
# Does nothing when that prefix is complete. The last line printed is the prefix.
set -euo pipefail
CACHE="${XXGK_CACHE:-$HOME/.cache/xxgk-lint}"
export NODE_PATH=/usr/share/nodejs
OPT="-Oz -flto"
NPM_SHA256=d47101b5182186c4646f7eba5107308dbf93392621ae8c12bd35a7d867c8e913
HASH=$(sha256sum "$0" | cut -c1-12)
PREFIX="$CACHE/gumbo-wasm-0.10.1-$HASH"
log() { echo "[build-gumbo-wasm] $*" >&2; }
if [ -f "$PREFIX/lib/libgumbo.a" ] && [ -f "$PREFIX/include/gumbo.h" ]; then
  log "已缓存: $PREFIX"
  echo "$PREFIX"
  exit 0
fi
SRC_CACHE="$CACHE/src"
mkdir -p "$SRC_CACHE"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SRC=""
TARBALL=$(ls "$SRC_CACHE"/gumbo-parser_0.10.1*.orig.tar.* 2>/dev/null | head -1 || true)
if [ -z "$TARBALL" ] && (cd "$SRC_CACHE" && apt-get source --download-only gumbo-parser >&2 2>/dev/null); then
  TARBALL=$(ls "$SRC_CACHE"/gumbo-parser_0.10.1*.orig.tar.* | head -1)
fi
if [ -n "$TARBALL" ]; then
  tar -xf "$TARBALL" -C "$WORK"
else
  NPM_TGZ="$SRC_CACHE/gumbo-parser-0.3.0.tgz"
  if [ ! -f "$NPM_TGZ" ]; then
    log "Debian 源码包不可用，改用 npm 包 gumbo-parser@0.3.0（内含 gumbo 0.10.1 源码）"
    (cd "$SRC_CACHE" && npm pack --silent gumbo-parser@0.3.0 >/dev/null)
  fi
  echo "$NPM_SHA256  $NPM_TGZ" | sha256sum -c --quiet - || { log "gumbo-parser-0.3.0.tgz 校验失败"; exit 1; }
  tar -xzf "$NPM_TGZ" -C "$WORK"
fi
SRC=$(dirname "$(find "$WORK" -path '*src/parser.c' | head -1)")
grep -q 'AC_INIT(\[gumbo\], \[0.10.1\]' "$SRC/../configure.ac" || { log "不是 gumbo 0.10.1 源码"; exit 1; }
rm -rf "$PREFIX.tmp"
mkdir -p "$PREFIX.tmp/include" "$PREFIX.tmp/lib" "$WORK/obj"
for f in "$SRC"/*.c; do
  emcc $OPT -std=gnu99 -c "$f" -o "$WORK/obj/$(basename "$f" .c).o"
done
emar rcs "$PREFIX.tmp/lib/libgumbo.a" "$WORK"/obj/*.o
cp "$SRC/gumbo.h" "$SRC/tag_enum.h" "$PREFIX.tmp/include/"
rm -rf "$PREFIX"
mv "$PREFIX.tmp" "$PREFIX"
log "完成: $PREFIX"
echo "$PREFIX"
