#!/usr/bin/env bash
# check-graphs.sh ARGMAP: fails when graphs/ does not hold the current maps of
# examples/ (regenerate them with `cmake --build build --target graphs`).
set -euo pipefail
argmap=$1
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/make-graphs.sh "$argmap" "$tmp"
status=0
for f in "$tmp"/*; do
  name=$(basename "$f")
  if ! cmp -s "$f" "graphs/$name"; then
    echo "graphs/$name is stale: run 'cmake --build build --target graphs'"
    status=1
  fi
done
exit $status
