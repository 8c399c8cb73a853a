#!/usr/bin/env bash
# Benchmark of `argmap extract` on many abstracts: synthesizes N abstracts
# (bench/make_abstracts.py, seed 1, into a temporary directory that is removed
# afterwards), times extracting them to JSON Lines with 1 and 2 threads (wall and
# CPU seconds, abstracts/s, MB/s of input, peak memory) and checks the two
# outputs are byte-identical; then times ripgrep's bare scan of the same corpus
# for the cue lexicons of rules/*.rules (bench/extract_cues.py), for a floor to
# compare against. A benchmark, not a test: it prints figures and fails only when
# a command fails. MB here are 10^6 bytes; cpu is user + system seconds.
#
# usage: bench/extract.sh [ARGMAP_BINARY] [N]     (defaults: build/argmap, 100000)
# needs: python3, GNU time (/usr/bin/time, package `time`), ripgrep (`rg`,
# package `ripgrep`; without it the rg part is skipped).
set -euo pipefail
argmap=${1:-}
count=${2:-100000}
# A path given is taken from where the script was run; the default, from the repo.
if [[ -n $argmap && $argmap == */* && -e $argmap ]]; then
  argmap=$(cd "$(dirname "$argmap")" && pwd)/$(basename "$argmap")
elif [[ -n $argmap && $argmap != */* ]]; then
  argmap=$(command -v "$argmap" || echo "$argmap")
fi
cd "$(dirname "$0")/.."
argmap=${argmap:-build/argmap}
if [[ ! $count =~ ^[1-9][0-9]*$ ]]; then
  echo "N must be a positive whole number, got '$count'" >&2
  exit 2
fi
if [[ ! -x $argmap ]]; then
  echo "argmap binary not found: $argmap (build it, or give its path as the first argument)" >&2
  exit 1
fi
if [[ ! -x /usr/bin/time || $(/usr/bin/time --version 2>&1) != *GNU* ]]; then
  echo "GNU time not found at /usr/bin/time: apt-get install time" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# timed NAME MAX_OK CMD...: runs CMD once under GNU time, its output to
# $tmp/NAME.stdout; an exit status above MAX_OK is a failure. Sets wall (from
# bash's clock, finer than time's 10 ms), cpu (user + system) and rss_kb.
timed() {
  local name=$1 max_ok=$2
  shift 2
  local status=0 user sys start end
  start=$EPOCHREALTIME
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/$name.time" "$@" \
    >"$tmp/$name.stdout" 2>"$tmp/$name.stderr" || status=$?
  end=$EPOCHREALTIME
  if ((status > max_ok)); then
    echo "failed (exit status $status): $*" >&2
    cat "$tmp/$name.stderr" >&2
    exit 1
  fi
  # GNU time puts "Command exited with non-zero status N" before the figures.
  read -r _ user sys rss_kb < <(tail -n 1 "$tmp/$name.time")
  wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
}

# row LABEL: prints the figures of the last timed run, per corpus record and byte.
row() {
  awk -v l="$1" -v w="$wall" -v c="$cpu" -v m="$rss_kb" -v n="$records" -v b="$bytes" 'BEGIN {
    if (w > 0) { rate = sprintf("%12.0f", n / w); mbs = sprintf("%8.2f", b / 1e6 / w) }
    else { rate = sprintf("%12s", "-"); mbs = sprintf("%8s", "-") }
    printf "%-34s %8.3f %8.2f %s %s %8.1f\n", l, w, c, rate, mbs, m * 1024 / 1e6 }'
}
header() {
  printf '%-34s %8s %8s %12s %8s %8s\n' "" "wall s" "cpu s" "abstracts/s" "MB/s" "peak MB"
}

# --- what runs where ---------------------------------------------------------
rg_bin=$(command -v rg || true)
read -r load1 load5 load15 _ </proc/loadavg
echo "argmap extract benchmark: $count abstracts"
echo "cores (nproc):      $(nproc)"
echo "load average:       $load1 $load5 $load15 (1, 5, 15 min, before starting)"
version=$("$argmap" version 2>&1)
echo "argmap:             ${version%%$'\n'*} ($argmap)"
if [[ -n $rg_bin ]]; then
  version=$("$rg_bin" --version)
  echo "ripgrep:            ${version%%$'\n'*}"
else
  echo "ripgrep:            rg not found: apt-get install ripgrep"
fi
echo

# --- the corpus --------------------------------------------------------------
corpus=$tmp/abstracts.jsonl
start=$EPOCHREALTIME
python3 bench/make_abstracts.py --count "$count" --out "$corpus" --seed 1 --shared ../shared >"$tmp/made.txt"
made=$(awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "%.1f", e - s }')
records=$(wc -l <"$corpus")
bytes=$(wc -c <"$corpus")
awk -v n="$records" -v b="$bytes" -v t="$made" 'BEGIN {
  printf "corpus: %d records (JSON Lines), %.1f MB, %.0f bytes a record; made in %s s\n",
    n, b / 1e6, b / n, t }'
echo "        by bench/make_abstracts.py --count $count --seed 1 --shared ../shared:"
echo "        $(head -n 1 "$tmp/made.txt")"
echo

# --- argmap extract ----------------------------------------------------------
extract=("$argmap" extract --format jsonl --quiet)
if [[ $("$argmap" extract --help 2>&1 || true) == *--jobs* ]]; then
  header
  timed jobs1 0 "${extract[@]}" --jobs 1 -o "$tmp/out1.jsonl" "$corpus"
  row "argmap extract --jobs 1"
  wall1=$wall
  timed jobs2 0 "${extract[@]}" --jobs 2 -o "$tmp/out2.jsonl" "$corpus"
  row "argmap extract --jobs 2"
  wall2=$wall
  awk -v a="$wall1" -v b="$wall2" 'BEGIN {
    if (b > 0) printf "speed-up of 2 threads over 1: %.2f times\n", a / b
    else print "speed-up of 2 threads over 1: - (too fast to time)" }'
  if cmp -s "$tmp/out1.jsonl" "$tmp/out2.jsonl"; then
    echo "outputs of --jobs 1 and --jobs 2: byte-identical" \
      "($(wc -l <"$tmp/out1.jsonl") lines, $(awk -v b="$(wc -c <"$tmp/out1.jsonl")" \
        'BEGIN { printf "%.1f", b / 1e6 }') MB)"
  else
    echo "outputs of --jobs 1 and --jobs 2: DIFFER ($(cmp "$tmp/out1.jsonl" "$tmp/out2.jsonl" 2>&1 | head -n 1 | sed "s|$tmp/||g"))"
  fi
else
  echo "'argmap extract --help' does not mention --jobs: one run without it (argmap's default threads)"
  header
  timed jobs1 0 "${extract[@]}" -o "$tmp/out1.jsonl" "$corpus"
  row "argmap extract"
  wall1=$wall
  echo "output: $(wc -l <"$tmp/out1.jsonl") lines, $(awk -v b="$(wc -c <"$tmp/out1.jsonl")" \
    'BEGIN { printf "%.1f", b / 1e6 }') MB"
fi
echo

# --- the bare scan: ripgrep for the cue lexicons -----------------------------
if [[ -z $rg_bin ]]; then
  echo "rg not found: apt-get install ripgrep (skipped the bare scan)"
  exit 0
fi
rg_opts=(--no-config -j1 -i -c)
patterns=$tmp/cues.txt
python3 bench/extract_cues.py >"$patterns" 2>"$tmp/cues.stderr"
echo "cue patterns: $(cat "$tmp/cues.stderr") (bench/extract_cues.py)"
# rg refuses a pattern file with any regex it cannot parse; then drop those.
status=0
"$rg_bin" "${rg_opts[@]}" -f "$patterns" /dev/null >/dev/null 2>&1 || status=$?
if ((status > 1)); then
  : >"$tmp/good.txt"
  while IFS= read -r pattern; do
    status=0
    "$rg_bin" "${rg_opts[@]}" -e "$pattern" /dev/null >/dev/null 2>&1 || status=$?
    if ((status > 1)); then
      echo "  rg cannot parse, left out: $pattern"
    else
      printf '%s\n' "$pattern" >>"$tmp/good.txt"
    fi
  done <"$patterns"
  mv "$tmp/good.txt" "$patterns"
  echo "  $(wc -l <"$patterns") patterns kept"
fi
header
timed rg 1 "$rg_bin" "${rg_opts[@]}" -f "$patterns" "$corpus"
row "rg -i -c -j1 -f cues (bare scan)"
rg_wall=$wall
# -c stops at each line's first cue; --count-matches finds every cue, as argmap must.
timed rg_all 1 "$rg_bin" "${rg_opts[@]}" --count-matches -f "$patterns" "$corpus"
row "  the same with --count-matches"
echo "lines rg found a cue in: $(cat "$tmp/rg.stdout" 2>/dev/null || echo 0) of $records;" \
  "cues found: $(cat "$tmp/rg_all.stdout" 2>/dev/null || echo 0)" \
  "(rg on one file is single-threaded anyway)"
awk -v a="$wall1" -v r="$rg_wall" -v m="$wall" 'BEGIN {
  if (r > 0) printf "argmap is %.1f times the bare rg scan (wall, argmap at 1 thread)\n", a / r
  else print "argmap is - times the bare rg scan (rg too fast to time: use a larger N)"
  if (m > 0) printf "          (%.1f times rg --count-matches)\n", a / m }'
