// eventgraph-mpi: `eventgraph build` over MPI ranks, for a corpus larger than
// one machine extracts in time.
//
//   mpirun -np 4 eventgraph-mpi build corpus/ -o g.graphml -o g.egraph
//
// Every rank reads the whole input and numbers its documents in input order
// (reading is fast; extraction is what costs); rank r extracts the documents
// whose number is r modulo the rank count. The shares, as extraction records
// with their numbers, are merged up a binary tree (rank r receives from
// r + 1, r + 2, r + 4, ... while it is the lower of a pair), so rank 0 ends
// with every record in input order and builds and writes the outputs: the
// same bytes as `eventgraph build` for any number of ranks. Only rank 0
// reports reading problems and the summary; a rank reports the broken
// extraction records of its share. Outputs are written only once every
// share has arrived: a rank that dies takes the job down (MPI's default
// error handler) before anything is written.
//
// EVENTGRAPH_MPI_FAIL_RANK=N makes rank N exit before sending its share, so
// that the tests can check that a lost rank leaves no output behind.
#include <boost/mpi.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/utility.hpp>
#include <boost/serialization/vector.hpp>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "app/cli_args.h"
#include "app/corpus_run.h"
#include "app/graph_outputs.h"
#include "extract/extraction_json.h"
#include "extract/extraction_reader.h"
#include "graph/snapshot.h"

namespace {

using eventgraph::Extraction;
// A share: extraction records (extraction_json.h) by document number.
using Share = std::vector<std::pair<uint64_t, std::string>>;

constexpr int kShareTag = 1;
constexpr int kStatusTag = 2;

// Merges two shares sorted by number into one.
Share merge_shares(Share a, Share b) {
  Share out;
  out.reserve(a.size() + b.size());
  std::merge(std::make_move_iterator(a.begin()), std::make_move_iterator(a.end()), std::make_move_iterator(b.begin()),
             std::make_move_iterator(b.end()), std::back_inserter(out),
             [](const auto& x, const auto& y) { return x.first < y.first; });
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace eventgraph;
  boost::mpi::environment env(argc, argv);
  boost::mpi::communicator world;
  const int rank = world.rank();
  const int ranks = world.size();

  CliArgs args;
  const std::string error = parse_cli_args(argc, argv, args);
  if (!error.empty() || args.command != "build" || args.help || !args.into.empty()) {
    if (rank == 0) {
      std::cerr << "eventgraph-mpi: "
                << (!error.empty() ? error : "runs `build` only (without --into): mpirun -np N eventgraph-mpi build INPUT... -o FILE")
                << "\n";
    }
    return 2;
  }
  // One extraction thread per rank unless asked: ranks are the parallelism.
  if (args.jobs == 0) args.jobs = 1;

  CorpusShare share;
  share.mine = [&](uint64_t number) { return static_cast<int>(number % static_cast<uint64_t>(ranks)) == rank; };
  share.report_reading = rank == 0;
  Share mine;
  const CorpusRunResult run = run_corpus_share(args, share, [&](uint64_t number, Extraction&& x) {
    mine.emplace_back(number, extraction_to_json(x));
  });
  int status = run.exit_code();

  if (const char* fail = std::getenv("EVENTGRAPH_MPI_FAIL_RANK"); fail && std::atoi(fail) == rank && rank != 0) {
    std::cerr << "eventgraph-mpi: rank " << rank << " stops on purpose (EVENTGRAPH_MPI_FAIL_RANK)\n";
    std::_Exit(3);
  }

  // Up the tree: the lower rank of each pair receives, the upper sends and is done.
  for (int step = 1; step < ranks; step *= 2) {
    if (rank % (2 * step) == 0) {
      if (rank + step < ranks) {
        Share theirs;
        int their_status = 0;
        world.recv(rank + step, kShareTag, theirs);
        world.recv(rank + step, kStatusTag, their_status);
        mine = merge_shares(std::move(mine), std::move(theirs));
        status = std::max(status, their_status);
      }
    } else {
      world.send(rank - step, kShareTag, mine);
      world.send(rank - step, kStatusTag, status);
      return status;
    }
  }

  // Rank 0: every record, in input order.
  std::vector<Extraction> extractions;
  extractions.reserve(mine.size());
  for (auto& [number, json] : mine) {
    extractions.push_back(std::move(*extraction_from_json(json).extraction));
    std::string().swap(json);
  }
  // As `build` does: with a snapshot among the outputs the graph is built in
  // the snapshot's order, else in input order.
  const bool snapshots = std::any_of(args.outputs.begin(), args.outputs.end(), is_snapshot_path);
  Snapshot snapshot;
  if (snapshots) {
    for (const Extraction& x : extractions) snapshot.add(x);
    extractions = snapshot.extractions();
  }
  return write_graph_outputs(
      args,
      [&](GraphBuilder& b) {
        for (const Extraction& x : extractions) b.add(x);
        return 0;
      },
      snapshots ? &snapshot : nullptr, status);
}
