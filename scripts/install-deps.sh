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
# pdftotext, pandoc for .docx → Markdown, a Chinese font so PDFs carry the characters).
DOC_PACKAGES=(libreoffice-writer-nogui poppler-utils pandoc fonts-wqy-microhei)

missing=()
for p in "${PACKAGES[@]}" "${DOC_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "[install-deps] 安装系统软件包: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
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
