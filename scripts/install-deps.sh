#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh Debian 12 machine.
# Idempotent: packages already present are skipped by apt; npm packages are kept in
# tests/web/node_modules (the lock file pins them).
set -euo pipefail
cd "$(dirname "$0")/.."

need_root() { if [ "$(id -u)" -ne 0 ]; then echo "sudo"; fi; }
SUDO=$(need_root)

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libicu-dev icu-devtools zlib1g-dev libgumbo-dev libpoppler-cpp-dev libssl-dev libxlsxwriter-dev zopfli
  nlohmann-json3-dev doctest-dev
  emscripten nodejs
  clang libclang-rt-14-dev
  chromium
  dpkg-dev
  python3 time
)
# Heavy packages for document conversion (the .docx/.pdf tests and tests/shapes: LibreOffice,
# pdftotext, pandoc for .docx → Markdown, MuPDF's and pdfminer's PDF text (other converters'
# reading orders), a Chinese font so PDFs carry the characters).
DOC_PACKAGES=(libreoffice-writer-nogui poppler-utils pandoc mupdf-tools python3-pdfminer fonts-wqy-microhei)

missing=()
for p in "${PACKAGES[@]}" "${DOC_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "[install-deps] 安装系统软件包: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Source packages (zlib and libxlsxwriter are built for WebAssembly from Debian's sources,
# scripts/build-zlib-wasm.sh and build-xlsxwriter-wasm.sh): apt needs deb-src entries, which a
# fresh machine lacks. They mirror the machine's own deb entries.
if ! grep -qs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list; then
  echo "[install-deps] 添加 deb-src 源（为 WebAssembly 构建 zlib、libxlsxwriter 的源码包）"
  if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
    cat /etc/apt/sources.list.d/*.sources | sed 's/^Types: deb$/Types: deb-src/' |
      $SUDO tee /etc/apt/sources.list.d/xxgk-deb-src.sources >/dev/null
  else
    grep -h '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | $SUDO tee /etc/apt/sources.list.d/xxgk-deb-src.list >/dev/null
  fi
  $SUDO apt-get update -q -o DPkg::Lock::Timeout=600
fi

# npm is not part of Debian's nodejs package when nodejs comes from Debian; the machine image
# ships npm with node. Install it from Debian only when absent.
if ! command -v npm >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends npm
fi

# JS test and bundling dependencies (playwright-core drives Debian's chromium; never downloads a browser).
if [ -f tests/web/package.json ]; then
  (cd tests/web && { [ -f package-lock.json ] && npm ci --no-audit --no-fund || npm install --no-audit --no-fund; })
fi
if [ -f web/package.json ]; then
  (cd web && { [ -f package-lock.json ] && npm ci --no-audit --no-fund || npm install --no-audit --no-fund; })
fi
echo "[install-deps] 依赖已就绪"
