#!/usr/bin/env bash
# The whole test suite: set up, build, and run every test (unit, end-to-end,
# rule examples, stale maps, quality floors against ../shared when present).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir build --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
