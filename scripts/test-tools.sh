#!/usr/bin/env bash
# Installs the npm tools that some tests check argmap's output with, into
# BUILD_DIR/tools (default: build/tools), only when they are missing:
#   @argdown/cli 1.7.5  `argdown json` parses the Argdown export (tests/argdown_test.cc)
# Without npm, or when the install fails, it says so and exits 0: the tests that
# need a tool then skip with a message. Called by scripts/test.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
tools="${1:-build}/tools"

if [ -x "$tools/node_modules/.bin/argdown" ]; then exit 0; fi
if ! command -v npm >/dev/null 2>&1; then
  echo "argmap: npm not found: the Argdown round-trip test will be skipped"
  exit 0
fi
mkdir -p "$tools"
echo "argmap: installing @argdown/cli@1.7.5 into $tools"
if ! npm install --prefix "$tools" @argdown/cli@1.7.5 --no-audit --no-fund >"$tools/npm.log" 2>&1; then
  tail -n 5 "$tools/npm.log"
  echo "argmap: npm install failed: the Argdown round-trip test will be skipped"
fi
exit 0
