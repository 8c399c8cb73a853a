#!/usr/bin/env bash
# score.sh ARGMAP SHARED GOLD MIN_CORE MIN_REL: extracts GOLD (a path under
# SHARED) to JSON and scores it with SHARED/eval/score.py; fails under the floors.
set -euo pipefail
argmap=$1 shared=$2 gold=$3 min_core=$4 min_rel=$5
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$argmap" extract --format json "$shared/$gold" >"$tmp"
python3 "$shared/eval/score.py" "$shared/$gold" "$tmp" --min-core "$min_core" --min-rel "$min_rel"
