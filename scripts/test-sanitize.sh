#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DXXGK_SANITIZE=ON) in build/asan and runs it with ctest. Any sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
B=build/asan
JOBS=${XXGK_BUILD_JOBS:-2}
# The default compiler (g++, as scripts/build.sh); CXX=clang++ CC=clang works as well.
CXX_PATH=$(command -v "${CXX:-c++}")
if [ -f "$B/CMakeCache.txt" ] && ! grep -q "^CMAKE_CXX_COMPILER:[A-Z]*=$CXX_PATH\$" "$B/CMakeCache.txt"; then
  rm -rf "$B"   # configured with another compiler
fi
cmake -S . -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DXXGK_SANITIZE=ON >/dev/null
cmake --build "$B" -j "$JOBS"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$B" --output-on-failure -j "$JOBS" "$@"
