#!/usr/bin/env bash
# The whole test suite: set up, build, and run every test (unit, end-to-end,
# rule examples, stale maps, quality floors against ../shared when present);
# with --sanitize, also the sanitizer build (see below).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/test-tools.sh build  # npm tools some tests check outputs with (their tests skip when absent, fail under CI=true)
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"

# The sanitizer build: everything with ASan + UBSan in build-asan/, and the whole
# suite again in it (a leak, a memory error or undefined behaviour fails), when
# asked: `scripts/test.sh --sanitize`, as CI does (.ci/run; docs/reliability.md).
if [ "${1:-}" = --sanitize ]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DARGMAP_SANITIZE=ON -DARGMAP_TOOLS_DIR="$PWD/build/tools" >/dev/null
  cmake --build build-asan -j "$(nproc 2>/dev/null || echo 2)"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
fi
