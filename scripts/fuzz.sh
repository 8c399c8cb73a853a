#!/usr/bin/env bash
# fuzz.sh [-t SECONDS] [-j JOBS] [TARGET...]: builds the libFuzzer executable
# (clang, ASan + UBSan) in build-fuzz/ and runs each fuzz target for SECONDS
# (default 60), JOBS targets at a time (default 1, at most 2 on a 2-core machine).
# Without TARGET it runs every target (ARGMAP_FUZZ_TARGET=list fuzz_argmap names
# them). Seeds: examples/, rules/, fuzz/seeds/ and ../shared/seeds when present;
# the grown corpus stays in build-fuzz/corpus/<target>. Prints a table of
# executions, coverage and peak memory per target; exits 1 when a target found a
# crash, leak, hang or out-of-memory (its input is in build-fuzz/crashes/).
# ARGMAP_FUZZ_BUILD sets another build directory.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=60
jobs=1
while getopts "t:j:" opt; do
  case $opt in
    t) seconds=$OPTARG ;;
    j) jobs=$OPTARG ;;
    *) sed -n '2,11p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

scripts/setup.sh --fuzz
build=${ARGMAP_FUZZ_BUILD:-build-fuzz}
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DARGMAP_FUZZ=ON -DARGMAP_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target fuzz_argmap -j "$(nproc 2>/dev/null || echo 2)"
bin=$build/fuzz/fuzz_argmap
mapfile -t known < <(ARGMAP_FUZZ_TARGET=list "$bin")
targets=("$@")
if ((${#targets[@]} == 0)); then targets=("${known[@]}"); fi
for t in "${targets[@]}"; do
  if [[ " ${known[*]} " != *" $t "* ]]; then
    echo "fuzz.sh: unknown target '$t'; the targets are: ${known[*]}" >&2
    exit 2
  fi
done

# Seeds of one target, copied into one directory.
seed() {
  local t=$1 dir=$build/seeds/$1
  rm -rf "$dir" && mkdir -p "$dir"
  case $t in
    rule_parser) cp rules/*.rules fuzz/seeds/rules/* "$dir" ;;
    segment) cp examples/*.txt fuzz/seeds/text/* "$dir" ;;
    *)
      for f in examples/*.txt fuzz/seeds/*/*; do
        [[ $f == fuzz/seeds/rules/* ]] || cp "$f" "$dir/$(echo "$f" | tr / _)"
      done
      if [ -d ../shared/seeds ]; then
        for f in ../shared/seeds/*; do [ -f "$f" ] && cp "$f" "$dir/shared_$(basename "$f")"; done
      fi
      ;;
  esac
  echo "$dir"
}

run() {
  local t=$1 seeds
  seeds=$(seed "$t")
  mkdir -p "$build/corpus/$t" "$build/crashes" "$build/logs"
  local dict=()
  case $t in
    rule_parser) dict=(-dict=fuzz/rules.dict) ;;
    segment | read_text | read_lines | read_paragraphs) ;;
    *) dict=(-dict=fuzz/json.dict) ;;
  esac
  ARGMAP_FUZZ_TARGET=$t "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$build/crashes/$t-" "${dict[@]}" \
    "$build/corpus/$t" "$seeds" >"$build/logs/$t.log" 2>&1
}

status=0
declare -A pids
for t in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= jobs)); do wait -n || true; done
  run "$t" &
  pids[$t]=$!
done
printf '%-16s %-6s %12s %10s %8s %8s %8s\n' target status executions exec/s cov ft rss_mb
for t in "${targets[@]}"; do
  result=ok
  wait "${pids[$t]}" || { result=FAILED; status=1; }
  log=$build/logs/$t.log
  last=$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)
  stat() { grep -aoP "stat::$1:\s*\K[0-9]+" "$log" || echo "?"; }
  printf '%-16s %-6s %12s %10s %8s %8s %8s\n' "$t" "$result" "$(stat number_of_executed_units)" \
    "$(stat average_exec_per_sec)" "$(grep -oP 'cov: \K[0-9]+' <<<"$last" || echo '?')" \
    "$(grep -oP 'ft: \K[0-9]+' <<<"$last" || echo '?')" "$(stat peak_rss_mb)"
  if [ "$result" = FAILED ]; then grep -aE "ERROR|SUMMARY|fuzz target|Test unit written" "$log" | head -5 || true; fi
done
exit $status
