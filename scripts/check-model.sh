#!/usr/bin/env bash
# check-model.sh ARGMAP SHARED: retrains the model from the train files of SHARED
# (as scripts/train-model.sh does) and fails unless the result is rules/default.model
# byte for byte: the built-in model is reproducible from the shipped gold, and a rule
# change that was not followed by retraining is caught.
set -euo pipefail
argmap=$1 shared=$2
cd "$(dirname "$0")/.."
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$argmap" train "$shared/gold/seeds.jsonl" "$shared/gold/social-train.jsonl" \
  "$shared/corpora/abstrct-neoplasm-train.jsonl" -o "$tmp"
if ! cmp -s "$tmp" rules/default.model; then
  echo "rules/default.model is not what the train files give: run scripts/train-model.sh"
  diff "$tmp" rules/default.model | head -20
  exit 1
fi
echo "rules/default.model is current"
