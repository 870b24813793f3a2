#!/usr/bin/env bash
# Scores eventgraph on the evaluation data in ../shared (not part of the
# project): the seed article, MEANTIME, and the chrono/Duckling date suites.
# Usage: run_eval.sh SHARED_DIR OUT_DIR   (run from the project root, after a build)
set -euo pipefail
shared=$1 out=$2
eg=build/app/eventgraph
py=python3
mkdir -p "$out"
score() {  # name gold
  $py tests/eval/to_input.py "$2" >"$out/$1.input.jsonl"
  "$eg" extract -q "$out/$1.input.jsonl" -o "$out/$1.system.jsonl" || true
  echo "== $1"
  $py "$shared/eval/score.py" "$2" "$out/$1.system.jsonl"
}
score seed "$shared/eval/seed/seed_gold.json"
[ -f "$shared/eval/meantime/meantime_gold.jsonl" ] && score meantime "$shared/eval/meantime/meantime_gold.jsonl"
if [ -d "$shared/eval/temporal" ]; then
  echo "== temporal suites"
  $py tests/eval/temporal_suites.py "$eg" "$shared/eval/temporal" "$out"
fi
if [ -f "$shared/eval/petrarch/petrarch2_gsr_validation.jsonl" ]; then
  echo "== petrarch"
  $py tests/eval/petrarch_pairs.py "$eg" "$shared/eval/petrarch/petrarch2_gsr_validation.jsonl" "$out"
fi
