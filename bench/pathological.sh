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

# Growth: one abstract of many short sentences (a claim with a reason every third
# sentence, findings between), at a quarter of the size and at the whole (about
# 160 KB and 660 KB). Linear code takes about four times as long for four times
# the sentences; the ratio is printed.
sentences() {
  python3 -c 'import sys
n = int(sys.argv[1])
sys.stdout.write(" ".join("We argue that p%d works because e adapt." % i if i % 3 == 0
                          else "T grew %d." % i for i in range(n)) + "\n")' "$1" >"$tmp/sentences-$1.txt"
}
sentences 7000
sentences 28000
seconds() {
  local start=$EPOCHREALTIME
  "$argmap" extract -q -f summary "$@" >/dev/null 2>&1 || true
  awk "BEGIN { printf \"%.2f\", $EPOCHREALTIME - $start }"
}
small=$(seconds "$tmp/sentences-7000.txt")
large=$(seconds "$tmp/sentences-28000.txt")
printf '%-14s %8s\n' sentences-7k "$small" sentences-28k "$large"
awk "BEGIN { printf \"growth for 4x the sentences: %.1fx (linear: about 4)\n\", $large / $small }"

# The same growth with an empty model (no weights: the rules' nodes stand and a
# premise no rule linked gets the default attachment), on one claim followed by
# unlinked premises, conclusions that support every earlier claim, and findings.
unlinked() {
  python3 -c 'import sys
n = int(sys.argv[1])
sys.stdout.write("We argue that p works. " + " ".join(
    "But the army seems to be growing %d." % i if i % 3 == 0
    else "Support is found for conjecture %d." % i if i % 3 == 1 else "T grew %d." % i
    for i in range(n)) + "\n")' "$1" >"$tmp/unlinked-$1.txt"
}
unlinked 7000
unlinked 28000
: >"$tmp/empty.model"
small=$(seconds --model "$tmp/empty.model" "$tmp/unlinked-7000.txt")
large=$(seconds --model "$tmp/empty.model" "$tmp/unlinked-28000.txt")
printf '%-14s %8s\n' unlinked-7k "$small" unlinked-28k "$large"
awk "BEGIN { printf \"growth for 4x the sentences, empty model: %.1fx (linear: about 4)\n\", $large / $small }"
