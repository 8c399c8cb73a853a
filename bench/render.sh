#!/usr/bin/env bash
# Benchmark of drawing a large map: builds a plain-text input of many papers
# (copies of examples/*.txt and, when present, ../shared/seeds/*.txt, one
# abstract per paragraph, so each copy gets its own id) until the map holds at
# least N nodes, then times `argmap render --together` to SVG: from the JSON map
# (drawing only), from the abstracts (mapping and drawing), and the two halves
# of drawing apart (writing DOT, Graphviz's `dot -Tsvg`); then one figure per
# paper (SVG, and PDF fitted to A4: two layouts each). A benchmark, not a test:
# it prints timings (best of 3) and fails only when a command fails. The input
# lives in a temporary directory that is removed afterwards.
#
# usage: bench/render.sh [ARGMAP_BINARY] [N]     (defaults: build/argmap, 500)
set -euo pipefail
cd "$(dirname "$0")/.."
argmap=${1:-build/argmap}
want=${2:-500}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nodes_of() {
  "$argmap" extract -q --format json "$@" |
    python3 -c 'import json, sys; print(len(json.load(sys.stdin)["nodes"]))'
}

sources=(examples/*.txt)
for f in ../shared/seeds/*.txt; do
  [ -f "$f" ] && sources+=("$f")
done
counts=()
for f in "${sources[@]}"; do counts+=("$(nodes_of "$f")"); done

# Paper copies, round robin over the sources, until the map has `want` nodes.
total=0
papers=0
while ((total < want)); do
  for i in "${!sources[@]}"; do
    ((total >= want)) && break
    cat "${sources[$i]}" >>"$tmp/papers.txt"
    printf '\n\n' >>"$tmp/papers.txt"
    total=$((total + counts[i]))
    papers=$((papers + 1))
  done
done
"$argmap" extract -q --format json -o "$tmp/map.json" "$tmp/papers.txt"
# render draws more than 3 papers left to right; so does this DOT.
"$argmap" extract -q --format dot --rankdir LR -o "$tmp/map.dot" "$tmp/papers.txt"
python3 - "$tmp/map.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
print(f"map: {len(m['documents'])} papers, {len(m['nodes'])} nodes, {len(m['edges'])} edges")
EOF

# Runs "$@" three times and prints the best wall-clock seconds.
best_of_3() {
  local label=$1
  shift
  local best=
  for _ in 1 2 3; do
    local start=$EPOCHREALTIME
    "$@" >/dev/null
    local end=$EPOCHREALTIME
    best=$(awk -v s="$start" -v e="$end" -v b="$best" \
      'BEGIN { t = e - s; if (b == "" || t < b) print t; else print b }')
  done
  awk -v l="$label" -v t="$best" 'BEGIN { printf "%-44s %6.2f s\n", l, t }'
}

# --together: one drawing of all papers (without it, render writes one per paper).
best_of_3 "render --together map.json (drawing only)" \
  "$argmap" render -q --together "$tmp/map.json" -o "$tmp/map.svg"
best_of_3 "render --together papers.txt (map + draw)" \
  "$argmap" render -q --together "$tmp/papers.txt" -o "$tmp/map.svg"
best_of_3 "render map.json -o fig.svg (one per paper)" \
  "$argmap" render -q "$tmp/map.json" -o "$tmp/fig.svg"
best_of_3 "render map.json -o fig.pdf (one A4 per paper)" \
  "$argmap" render -q "$tmp/map.json" -o "$tmp/fig.pdf"
best_of_3 "  of which: extract --format dot" \
  "$argmap" extract -q --format dot -o "$tmp/again.dot" "$tmp/papers.txt"
best_of_3 "  of which: dot -Tsvg (rankdir LR)" dot -Tsvg "$tmp/map.dot" -o "$tmp/dot.svg"
best_of_3 "render papers.txt -o page.html (viewer)" \
  "$argmap" render -q "$tmp/papers.txt" -o "$tmp/page.html"
ls -l "$tmp/map.svg" "$tmp/page.html" | awk '{ printf "%-44s %6.1f MB\n", $NF, $5 / 1e6 }' |
  sed "s|$tmp/||"
