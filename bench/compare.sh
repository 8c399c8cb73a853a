#!/usr/bin/env bash
# Benchmark of `argmap compare`: synthesizes N abstracts (bench/make_abstracts.py,
# into a temporary directory that is removed afterwards) and times the compare
# command in the report, JSON and CSV formats, after `extract` alone (mapping is
# most of the cost of compare). A benchmark, not a test: it prints timings and
# fails only when a command fails. Results: docs/compare.md, "Measured".
#
# usage: bench/compare.sh [ARGMAP_BINARY] [N]     (defaults: build/argmap, 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
argmap=${1:-build/argmap}
count=${2:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 bench/make_abstracts.py --count "$count" --out "$tmp/abstracts.jsonl"

# Runs "$@" once and prints its wall-clock and CPU (user, all threads) seconds.
run() {
  local label=$1
  shift
  local TIMEFORMAT="%R %U"
  local times real cpu
  times=$({ time "$@" >/dev/null 2>"$tmp/stderr"; } 2>&1) || { cat "$tmp/stderr" >&2; exit 1; }
  read -r real cpu <<<"$times"
  printf '%-40s %7.2f s wall %7.2f s cpu\n' "$label" "$real" "$cpu"
}

echo "$(nproc) cores; load average before:$(uptime | sed 's/.*load average://')"
run "extract --format summary (mapping only)" \
  "$argmap" extract -q --format summary -o "$tmp/summary.txt" "$tmp/abstracts.jsonl"
run "compare (report, top 20)" \
  "$argmap" compare -q -o "$tmp/report.txt" "$tmp/abstracts.jsonl"
run "compare --format json" \
  "$argmap" compare -q --format json -o "$tmp/compare.json" "$tmp/abstracts.jsonl"
run "compare --format csv" \
  "$argmap" compare -q --format csv -o "$tmp/matrix.csv" "$tmp/abstracts.jsonl"
head -n 2 "$tmp/report.txt"
echo "json: $(wc -c <"$tmp/compare.json") bytes; csv: $(wc -l <"$tmp/matrix.csv") lines"
