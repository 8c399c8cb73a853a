#!/usr/bin/env bash
# Rebuilds rules/default.model, the built-in weights of the role and relation
# scorers, from the train files of ../shared: the seeds, social-train and AbstRCT
# train. The dev files (social-dev, AbstRCT dev) are never trained on: they are
# what docs/quality.md scores. Usage: scripts/train-model.sh [ARGMAP] [--folds K]
# With --folds K it prints the cross-validated scores instead of writing the model.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/argmap}
shift || true
shared=../shared
gold=("$shared/gold/seeds.jsonl" "$shared/gold/social-train.jsonl"
      "$shared/corpora/abstrct-neoplasm-train.jsonl")
for g in "${gold[@]}"; do
  [ -f "$g" ] || { echo "train-model: $g is missing" >&2; exit 1; }
done
if [ "${1:-}" = --folds ]; then
  exec "$bin" train --folds "${2:-5}" "${gold[@]}"
fi
"$bin" train "${gold[@]}" -o rules/default.model
echo "train-model: wrote rules/default.model; rebuild to build it into argmap"
