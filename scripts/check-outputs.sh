#!/usr/bin/env bash
# Compares every output of two argmap binaries on the same inputs: the seeds,
# the bundled examples and the gold and corpus abstracts in ../shared. A
# refactoring that should change no behaviour must print "identical".
#
#   scripts/check-outputs.sh OLD_BINARY NEW_BINARY [SHARED_DIR]
#
# Runs extract in every text format (and svg when dot is installed), extract
# with an empty model (the rules alone and the default attachment), render,
# convert of the JSON map to every format, compare in every format, and eval;
# exit status 1 and the first lines of each difference when outputs differ.
set -euo pipefail

old=${1:?usage: scripts/check-outputs.sh OLD_BINARY NEW_BINARY [SHARED_DIR]}
new=${2:?usage: scripts/check-outputs.sh OLD_BINARY NEW_BINARY [SHARED_DIR]}
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${3:-$here/../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$work/empty.model"  # a model with no weights: extraction keeps the rules' own nodes

inputs=("$here"/examples/*.txt)
for f in "$shared"/gold/seeds.jsonl "$shared"/gold/social-dev.jsonl \
         "$shared"/corpora/abstrct-neoplasm-dev.jsonl; do
  [[ -f $f ]] && inputs+=("$f")
done

formats=(json jsonl dot explain summary graphml aif argdown mermaid outline)
command -v dot >/dev/null && formats+=(svg html)

# run NAME ARGS...: both binaries, stdout and stderr and status into $work/{old,new}/NAME.
run() {
  local name=$1
  shift
  for side in old new; do
    local bin=${!side}
    mkdir -p "$work/$side"
    set +e
    "$bin" "$@" >"$work/$side/$name.out" 2>"$work/$side/$name.err"
    echo "exit $?" >>"$work/$side/$name.err"
    set -e
  done
}

for input in "${inputs[@]}"; do
  base=$(basename "$input")
  for format in "${formats[@]}"; do
    run "extract-$base.$format" extract -j 2 -f "$format" "$input"
  done
  run "extract-$base.explain-flag" extract --explain "$input"
  run "extract-$base.empty-model" extract -j 2 -f json --model "$work/empty.model" "$input"
  "$old" extract -q "$input" >"$work/map-$base.json" || true
  for format in "${formats[@]}"; do
    run "convert-$base.$format" convert -f "$format" "$work/map-$base.json"
  done
  if command -v dot >/dev/null; then
    run "render-map-$base" render -f svg "$work/map-$base.json"
    run "render-abstracts-$base" render -f svg "$input"
  fi
done
for format in report json jsonl dot explain summary csv markdown; do
  run "compare.$format" compare -f "$format" "${inputs[@]}"
done
for gold in "$shared"/gold/seeds.jsonl "$shared"/gold/social-dev.jsonl; do
  [[ -f $gold ]] && run "eval-$(basename "$gold")" eval "$gold"
done

status=0
for file in "$work"/old/*; do
  name=$(basename "$file")
  if ! cmp -s "$file" "$work/new/$name"; then
    echo "differs: $name"
    diff "$file" "$work/new/$name" | head -8 || true
    status=1
  fi
done
count=$(find "$work/old" -type f | wc -l)
if ((status == 0)); then
  echo "identical: $count outputs of $old and $new"
fi
exit $status
