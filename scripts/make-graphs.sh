#!/usr/bin/env bash
# make-graphs.sh ARGMAP OUTDIR [svg]: maps each examples/*.txt into OUTDIR as
# <name>.json and <name>.dot, and with `svg` also <name>.svg when Graphviz `dot` is present.
set -euo pipefail
argmap=$1
out=$2
svg=${3:-}
cd "$(dirname "$0")/.."
mkdir -p "$out"
for f in examples/*.txt; do
  name=$(basename "$f" .txt)
  "$argmap" extract --format json -o "$out/$name.json" "$f"
  "$argmap" extract --format dot -o "$out/$name.dot" "$f"
  if [ "$svg" = svg ] && command -v dot >/dev/null; then
    dot -Tsvg "$out/$name.dot" -o "$out/$name.svg"
  fi
done
