#!/usr/bin/env bash
# eventgraph-mpi against eventgraph: the same outputs, byte for byte, for 1, 2
# and 3 ranks; reading problems reported once; a lost rank leaves no output.
# Usage: mpi_test.sh EVENTGRAPH EVENTGRAPH_MPI SOURCE_DIR OUT_DIR
set -uo pipefail
eg=$1 egmpi=$2 src=$3 out=$4
rm -rf "$out" && mkdir -p "$out"
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }
expect() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
run_mpi() { local n=$1; shift; mpirun --allow-run-as-root --oversubscribe -np "$n" "$egmpi" "$@"; }

# A corpus with the examples, a broken JSON line, and extraction records (one broken).
in=$out/in
mkdir -p "$in"
cp "$src"/examples/* "$in"/
printf '{"id":"j1","text":"Delegates met in Geneva on Monday.","date":"2019-03-04"}\n{"id":"j2","text": broken\n' >"$in/lines.jsonl"
"$eg" extract -q "$src/examples/002_navies_join_forces.txt" | sed 's/"id":"002_navies_join_forces"/"id":"rec1"/' >"$in/records.jsonl"
echo '{"doc":{"id":"rec2"},"events":[{"id":"e1","type":5}]}' >>"$in/records.jsonl"

"$eg" build "$in" -o "$out/single.graphml" -o "$out/single.json" 2>"$out/single.err"
single_status=$?
"$eg" build -q "$in" -o "$out/single.egraph" -o "$out/single_snap.graphml" 2>/dev/null
expect "the single process skips the broken line and record: exit 1" test $single_status -eq 1
for n in 1 2 3; do
  run_mpi $n build "$in" -o "$out/np$n.graphml" -o "$out/np$n.json" >"$out/np$n.log" 2>&1
  status=$?
  run_mpi $n build -q "$in" -o "$out/np$n.egraph" -o "$out/np${n}_snap.graphml" >/dev/null 2>&1
  expect "-np $n: the exit status of the single process" test $status -ne 0
  expect "-np $n: the same GraphML" cmp -s "$out/single.graphml" "$out/np$n.graphml"
  expect "-np $n: the same JSON" cmp -s "$out/single.json" "$out/np$n.json"
  expect "-np $n: the same snapshot" cmp -s "$out/single.egraph" "$out/np$n.egraph"
  expect "-np $n: the same GraphML beside a snapshot" cmp -s "$out/single_snap.graphml" "$out/np${n}_snap.graphml"
  expect "-np $n: the broken JSON line reported once" test "$(grep -c 'lines.jsonl:2: skipped' "$out/np$n.log")" -eq 1
  expect "-np $n: the broken record reported once" test "$(grep -c 'records.jsonl:2: skipped: extraction record' "$out/np$n.log")" -eq 1
  expect "-np $n: one summary" test "$(grep -c '^read .* documents' "$out/np$n.log")" -eq 1
done

# The stream as many one-record messages: still the same bytes.
for n in 2 3; do
  EVENTGRAPH_MPI_BATCH=1 mpirun --allow-run-as-root --oversubscribe -np $n -x EVENTGRAPH_MPI_BATCH \
    "$egmpi" build -q "$in" -o "$out/np${n}_small.graphml" >/dev/null 2>&1
  expect "-np $n, one record a message: the same GraphML" cmp -s "$out/single.graphml" "$out/np${n}_small.graphml"
done

# A rank lost before it finishes: the run fails and writes nothing.
for output in lost.graphml lost.egraph; do  # the streaming path and the gathering one
  EVENTGRAPH_MPI_FAIL_RANK=1 mpirun --allow-run-as-root --oversubscribe -np 2 -x EVENTGRAPH_MPI_FAIL_RANK \
    "$egmpi" build -q "$in" -o "$out/$output" >"$out/lost.log" 2>&1
  expect "a lost rank ($output): the run fails" test $? -ne 0
  expect "a lost rank ($output): no output, no temporary file" test -z "$(ls "$out" | grep "$output")"
done
"$egmpi" merge -q x.egraph -o "$out/x.graphml" 2>"$out/usage.err"
expect "eventgraph-mpi runs build only: exit 2" test $? -eq 2
exit $fail
