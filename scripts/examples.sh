#!/usr/bin/env bash
# The main job: set up, build, and map the bundled examples/ into graphs/
# (DOT, JSON, and SVG when `dot` is present), then print a one-screen summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/make-graphs.sh build/argmap graphs svg
echo
build/argmap extract --format summary examples/*.txt
echo
echo "Maps written to graphs/ (open graphs/*.svg to see them)."
