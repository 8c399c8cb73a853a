#!/usr/bin/env bash
# Benchmark of reading PubMed XML in chunks: writes a PubMed XML file of about
# MB megabytes (bench/make_pubmed_xml.py, into a temporary directory removed
# afterwards) and measures the wall time and peak memory (GNU time -v, maximum
# resident set size) of `argmap extract --format jsonl` on it, streamed a chunk
# of whole articles at a time, against the same command with --explain, which
# needs the whole graph and so reads the file whole (one libxml2 tree; its
# explanations, on standard output, are dropped). With an
# OLD binary (one from before PubMed XML streamed), its plain --format jsonl run,
# which read the file whole, is measured too. It checks that every run writes the
# same lines. A benchmark, not a test: it prints figures (a run that fails, as
# reading a large file whole does, is shown with its message) and fails only
# when the streamed run fails or the lines differ. MB are 10^6 bytes.
#
# usage: bench/pubmed_xml.sh [ARGMAP_BINARY] [MB] [OLD_ARGMAP_BINARY]
#        (defaults: build/argmap, 100, none)
# needs: python3, GNU time (/usr/bin/time, package `time`).
set -euo pipefail
absolute() { [[ -z $1 ]] || echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
argmap=$(absolute "${1:-}")
mb=${2:-100}
old=$(absolute "${3:-}")
cd "$(dirname "$0")/.."
argmap=${argmap:-build/argmap}
for bin in "$argmap" ${old:+"$old"}; do
  if [[ ! -x $bin ]]; then
    echo "argmap binary not found: $bin" >&2
    exit 1
  fi
done
if [[ ! -x /usr/bin/time || $(/usr/bin/time --version 2>&1) != *GNU* ]]; then
  echo "GNU time not found at /usr/bin/time: apt-get install time" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run LABEL OUT CMD...: runs CMD under GNU time -v and prints its wall seconds
# and peak memory; when it fails, also its first message (and OUT is removed).
run() {
  local label=$1 out=$2 status=0
  shift 2
  /usr/bin/time -v -o "$tmp/time" "$@" -o "$tmp/$out" "$input" >/dev/null 2>"$tmp/stderr" ||
    status=$?
  awk -v l="$label" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /Maximum resident set size/ { m = $2 * 1024 / 1e6 }
    END { printf "%-46s %8.2f %9.1f\n", l, w, m }' "$tmp/time"
  if ((status != 0)); then
    echo "  failed (exit status $status): $(head -n 1 "$tmp/stderr" | sed "s|$tmp/||")"
    rm -f "$tmp/$out"
  fi
}

input=$tmp/pubmed.xml
made=$(python3 bench/make_pubmed_xml.py --mb "$mb" --out "$input")
echo "input: $(awk -v b="$(wc -c <"$input")" 'BEGIN { printf "%.1f MB", b / 1e6 }'), $made" \
  "(bench/make_pubmed_xml.py --mb $mb)"
echo "cores (nproc): $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '%-46s %8s %9s\n' "" "wall s" "peak MB"
run "extract --format jsonl (streamed)" streamed.jsonl "$argmap" extract --format jsonl --quiet
[[ -e $tmp/streamed.jsonl ]] || exit 1
run "extract --format jsonl --explain (read whole)" whole.jsonl \
  "$argmap" extract --format jsonl --explain --quiet
if [[ -n $old ]]; then
  run "old binary: extract --format jsonl (whole)" old.jsonl "$old" extract --format jsonl --quiet
fi
for out in whole.jsonl ${old:+old.jsonl}; do
  if [[ ! -e $tmp/$out ]]; then
    continue
  elif cmp -s "$tmp/streamed.jsonl" "$tmp/$out"; then
    echo "$out: the same lines as streamed"
  else
    echo "$out: DIFFERS from streamed" >&2
    exit 1
  fi
done
