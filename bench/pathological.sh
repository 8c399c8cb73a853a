#!/usr/bin/env bash
# pathological.sh ARGMAP: times `argmap extract` on pathological 1 MB abstracts
# (one sentence each, the shapes of tests/limits_test.cc) and on an input with
# 100,000 bad JSON Lines records. A benchmark, not a test: it prints seconds per
# input; linear code keeps every figure near the plain 1 MB text's. The figures
# measured are in docs/reliability.md.
set -euo pipefail
argmap=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Writes PIECE repeated to about 1,000,000 bytes, then SUFFIX, as $tmp/NAME.txt.
make() {
  python3 -c 'import sys; p, s = sys.argv[1], sys.argv[2]; sys.stdout.write(p * (1000000 // len(p)) + s + "\n")' \
    "$2" "${3:-}" >"$tmp/$1.txt"
}
make letters a
make words "a "
make argue "we argue that "
make because "because "
make brackets "("
make lettered "(a) x, "
make ordinals "first, x; "
make coordination "A, " "and B."
make abbreviations "e.g. "
make dashes "x -- "
make namely "namely x, "
make however "however, "
python3 -c 'import sys; sys.stdout.write("{\"id\": \"a\", \"abstract\": \"We argue that x.\"}\n" + "{bad\n" * 100000)' \
  >"$tmp/bad-lines.jsonl"
printf '%-14s %8s\n' input seconds
for f in "$tmp"/*; do
  start=$EPOCHREALTIME
  "$argmap" extract -q -f summary "$f" >/dev/null 2>&1 || true
  end=$EPOCHREALTIME
  printf '%-14s %8s\n' "$(basename "${f%.*}")" "$(awk "BEGIN { printf \"%.2f\", $end - $start }")"
done
