#!/usr/bin/env bash
# Benchmark of drawing real abstracts: render time and peak memory for 1, 20
# and 200 papers (issue 13). The papers are the first N records of a pool read
# at run time from ../shared (never copied into the repository): the gold
# political-science files social-dev.jsonl (20) and social-train.jsonl (120),
# then the AbstRCT neoplasm corpora (dev, train) for the rest. For each N it runs,
# each once under GNU time -v (wall seconds, maximum resident set size):
#   render pN.jsonl -o fig.svg              one SVG per paper (mapping included)
#   render pN.jsonl -o fig.png              one PNG per paper
#   render pN.jsonl -o page.html            the HTML viewer, one page
#   render pN.jsonl --together -o all.svg   every paper in one drawing
#   render pN.jsonl --together -o all.png   the same as a PNG (too large to read
#                                           at 200 papers: argmap's warning is shown)
# and prints the bytes written (all files of the run). A benchmark, not a test:
# it prints figures and fails only when a command fails (a warning, such as the
# one for a drawing too large to read, is shown, not a failure). MB are 10^6
# bytes. Peak memory is GNU time's maximum resident set size, which covers argmap
# and the dot processes it ran: the largest of them, not their sum. The inputs
# and drawings live in a temporary directory removed afterwards.
#
# usage: bench/render.sh [ARGMAP_BINARY] [JOBS]     (defaults: build/argmap, 2)
# needs: python3, Graphviz dot, GNU time (/usr/bin/time, package `time`).
set -euo pipefail
absolute() { [[ -z $1 ]] || echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
argmap=$(absolute "${1:-}")
jobs=${2:-2}
cd "$(dirname "$0")/.."
argmap=${argmap:-build/argmap}
if [[ ! -x $argmap ]]; then
  echo "argmap binary not found: $argmap" >&2
  exit 1
fi
if [[ ! -x /usr/bin/time || $(/usr/bin/time --version 2>&1) != *GNU* ]]; then
  echo "GNU time not found at /usr/bin/time: apt-get install time" >&2
  exit 1
fi
pool=(../shared/gold/social-dev.jsonl ../shared/gold/social-train.jsonl
      ../shared/corpora/abstrct-neoplasm-dev.jsonl ../shared/corpora/abstrct-neoplasm-train.jsonl)
for f in "${pool[@]}"; do
  if [[ ! -f $f ]]; then
    echo "missing $f (the shared data, ../shared)" >&2
    exit 1
  fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run LABEL DIR CMD...: runs CMD in the empty directory DIR under GNU time -v and
# prints its wall seconds, peak memory and the bytes of the files it wrote there;
# Graphviz's and argmap's warnings are printed under it.
run() {
  local label=$1 dir=$2 status=0
  shift 2
  mkdir -p "$dir"
  (cd "$dir" && /usr/bin/time -v -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr") || status=$?
  local bytes
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
  local files
  files=$(find "$dir" -type f | wc -l)
  awk -v l="$label" -v b="$bytes" -v f="$files" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /Maximum resident set size/ { m = $2 * 1024 / 1e6 }
    END { printf "%-34s %8.2f %9.1f %10.2f %6d\n", l, w, m, b / 1e6, f }' "$tmp/time"
  grep -iE 'warning|scaling' "$tmp/stderr" | sed 's/^/    /' | head -n 3 || true
  if ((status != 0)); then
    echo "  failed (exit status $status): $(head -n 1 "$tmp/stderr")" >&2
    exit 1
  fi
  rm -rf "$dir"
}

echo "argmap render benchmark: $("$argmap" --version 2>/dev/null || echo "$argmap"), $(dot -V 2>&1)"
echo "cores (nproc): $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); --jobs $jobs"
cat "${pool[@]}" >"$tmp/pool.jsonl"
for n in 1 20 200; do
  head -n "$n" "$tmp/pool.jsonl" >"$tmp/p$n.jsonl"
  "$argmap" extract -q --format json -o "$tmp/p$n.json" "$tmp/p$n.jsonl"
  python3 - "$tmp/p$n.json" "$tmp/p$n.jsonl" <<'EOF'
import json, os, sys
m = json.load(open(sys.argv[1]))
n = len(m['documents'])
print(f"\n{n} paper{'' if n == 1 else 's'} ({os.path.getsize(sys.argv[2]) / 1e3:.0f} kB of JSON Lines): "
      f"{len(m['nodes'])} nodes, {len(m['edges'])} edges")
EOF
  printf '%-34s %8s %9s %10s %6s\n' "" "wall s" "peak MB" "output MB" "files"
  in=$tmp/p$n.jsonl
  run "render -o fig.svg (one per paper)" "$tmp/out" "$argmap" render -j "$jobs" "$in" -o fig.svg
  run "render -o fig.png (one per paper)" "$tmp/out" "$argmap" render -j "$jobs" "$in" -o fig.png
  run "render -o page.html (viewer)" "$tmp/out" "$argmap" render -j "$jobs" "$in" -o page.html
  run "render --together -o all.svg" "$tmp/out" "$argmap" render -j "$jobs" --together "$in" -o all.svg
  run "render --together -o all.png" "$tmp/out" "$argmap" render -j "$jobs" --together "$in" -o all.png
done
