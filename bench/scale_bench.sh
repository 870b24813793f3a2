#!/usr/bin/env bash
# The scale-out figures of the README: one corpus repeated COPIES times (the
# reader renames repeated ids, so every copy is a document of its own), built
# to GraphML with -j 1, -j 2 and `mpirun -np 2 eventgraph-mpi`; prints each
# run's wall time and maximum resident memory, the parallel efficiency
# (time at -j 1 / (2 x time)), and checks that the three GraphML files are
# the same bytes.
#
#   bench/scale_bench.sh build/app ../shared/corpora/reuters21578.jsonl 64 /tmp/scale
#
# Needs GNU time (/usr/bin/time) and, for the MPI run, `make mpi`. Each
# GraphML of Reuters x64 is about 7.5 GB; only its checksum is kept.
set -uo pipefail
bin=$1 corpus=$2 copies=$3 out=$4
mkdir -p "$out"
inputs=()
for ((i = 0; i < copies; i++)); do inputs+=("$corpus"); done
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/$name.time" "$@" -q "${inputs[@]}" -o "$out/$name.graphml" 2>"$out/$name.err"
  local status=$?
  read -r seconds kilobytes <"$out/$name.time"
  sha256sum "$out/$name.graphml" | cut -d' ' -f1 >"$out/$name.sha256"
  rm -f "$out/$name.graphml"
  printf '%-8s exit %d  %8.1f s  %6.2f GiB max resident\n' "$name" "$status" "$seconds" "$(echo "$kilobytes / 1048576" | bc -l)"
  echo "$seconds" >"$out/$name.seconds"
}
run j2 "$bin/eventgraph" build -j 2
if [[ -x "$bin/eventgraph-mpi" ]]; then
  run mpi2 mpirun --allow-run-as-root -np 2 "$bin/eventgraph-mpi" build
fi
run j1 "$bin/eventgraph" build -j 1
t1=$(cat "$out/j1.seconds")
for name in j2 mpi2; do
  [[ -f "$out/$name.seconds" ]] || continue
  printf '%-8s parallel efficiency %.2f\n' "$name" "$(echo "$t1 / (2 * $(cat "$out/$name.seconds"))" | bc -l)"
  if cmp -s "$out/j1.sha256" "$out/$name.sha256"; then echo "$name: the same GraphML as -j 1"; else echo "$name: GraphML DIFFERS from -j 1"; fi
done
