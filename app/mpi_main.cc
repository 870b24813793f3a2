// eventgraph-mpi: `eventgraph build` over MPI ranks, for a corpus larger than
// one machine extracts in time.
//
//   mpirun -np 4 eventgraph-mpi build corpus/ -o g.graphml -o g.egraph
//
// Every rank reads the whole input and numbers its documents in input order
// (reading is fast; extraction is what costs); rank r extracts the documents
// whose number is r modulo the rank count. Rank 0 builds the graph and writes
// the outputs, merging the records in input order: the same bytes as
// `eventgraph build` for any number of ranks.
//
// How the records reach rank 0 depends on the outputs:
// - Without a snapshot, they stream: every other rank sends its records in
//   batches as it extracts them, and rank 0, between documents of its own,
//   merges into the graph each record whose number comes next (a k-way merge
//   of the ranks' ordered streams). Rank 0 then holds only the records that
//   arrived ahead of their turn, not the corpus: this is the path for
//   archives larger than memory.
// - With a snapshot (.egraph) among the outputs, which is every record
//   anyway, the shares are gathered up a binary tree (rank r receives from
//   r + 1, r + 2, r + 4, ... while it is the lower of a pair) and rank 0
//   builds in the snapshot's order, as `build` does.
//
// Only rank 0 reports reading problems and the summary; a rank reports the
// broken extraction records of its share. Outputs are written only once
// every rank has finished: a rank that dies takes the job down (MPI's default
// error handler) before anything is written.
//
// EVENTGRAPH_MPI_FAIL_RANK=N makes rank N exit before it finishes, so that the
// tests can check that a lost rank leaves no output behind.
// EVENTGRAPH_MPI_BATCH=N sends N records a message (default 256), so that the
// tests can make the stream many small messages.
#include <boost/mpi.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/utility.hpp>
#include <boost/serialization/vector.hpp>

#include <algorithm>
#include <cstdlib>
#include <deque>
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
constexpr int kBatchTag = 3;  // a batch of a rank's stream
constexpr int kDoneTag = 4;   // the end of a rank's stream, with its exit status

// Stops this rank on purpose when EVENTGRAPH_MPI_FAIL_RANK names it (not rank 0).
void fail_if_asked(int rank) {
  if (const char* fail = std::getenv("EVENTGRAPH_MPI_FAIL_RANK"); fail && std::atoi(fail) == rank && rank != 0) {
    std::cerr << "eventgraph-mpi: rank " << rank << " stops on purpose (EVENTGRAPH_MPI_FAIL_RANK)\n";
    std::_Exit(3);
  }
}

// Merges two shares sorted by number into one.
Share merge_shares(Share a, Share b) {
  Share out;
  out.reserve(a.size() + b.size());
  std::merge(std::make_move_iterator(a.begin()), std::make_move_iterator(a.end()), std::make_move_iterator(b.begin()),
             std::make_move_iterator(b.end()), std::back_inserter(out),
             [](const auto& x, const auto& y) { return x.first < y.first; });
  return out;
}

// The records of every rank, gathered up a binary tree to rank 0, which
// builds in the snapshot's order and writes the outputs.
int gather_and_build(const boost::mpi::communicator& world, const eventgraph::CliArgs& args,
                     const eventgraph::CorpusShare& share) {
  using namespace eventgraph;
  const int rank = world.rank();
  const int ranks = world.size();
  Share mine;
  const CorpusRunResult run = run_corpus_share(args, share, [&](uint64_t number, Extraction&& x) {
    mine.emplace_back(number, extraction_to_json(x));
  });
  int status = run.exit_code();
  fail_if_asked(rank);

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

  // Rank 0: every record, in the snapshot's order.
  Snapshot snapshot;
  for (auto& [number, json] : mine) {
    snapshot.add(*extraction_from_json(json).extraction);
    std::string().swap(json);
  }
  return write_graph_outputs(
      args,
      [&](GraphBuilder& b) {
        snapshot.for_each([&](const Extraction& x) { b.add(x); });
        return 0;
      },
      &snapshot, status);
}

// Every other rank streams its records to rank 0, which merges them in input
// order as they come, between documents of its own.
int stream_and_build(const boost::mpi::communicator& world, const eventgraph::CliArgs& args,
                     const eventgraph::CorpusShare& share) {
  using namespace eventgraph;
  const int rank = world.rank();
  const int ranks = world.size();
  size_t batch_records = 256;
  if (const char* n = std::getenv("EVENTGRAPH_MPI_BATCH"); n && std::atoi(n) > 0) batch_records = std::atoi(n);

  if (rank != 0) {
    // Sent without waiting: rank 0 receives between its own batches of
    // extraction, and a blocking send would idle this rank until then.
    std::deque<std::pair<Share, boost::mpi::request>> in_flight;
    Share batch;
    const auto send = [&] {
      in_flight.emplace_back(std::move(batch), boost::mpi::request());
      in_flight.back().second = world.isend(0, kBatchTag, in_flight.back().first);
      batch = Share();
      while (!in_flight.empty() && in_flight.front().second.test()) in_flight.pop_front();
    };
    const CorpusRunResult run = run_corpus_share(args, share, [&](uint64_t number, Extraction&& x) {
      batch.emplace_back(number, extraction_to_json(x));
      if (batch.size() >= batch_records) send();
    });
    fail_if_asked(rank);
    if (!batch.empty()) send();
    for (auto& [sent, request] : in_flight) request.wait();
    world.send(0, kDoneTag, run.exit_code());
    return run.exit_code();
  }

  // Rank 0: one ordered stream per rank (its own included); a record is
  // merged when no stream still running can hold a smaller number.
  struct Stream {
    std::deque<std::pair<uint64_t, Extraction>> records;
    bool done = false;
  };
  std::vector<Stream> streams(ranks);
  int status = 0;
  const auto merge_ready = [&](GraphBuilder& builder) {
    while (true) {
      Stream* next = nullptr;
      for (Stream& s : streams) {
        if (s.records.empty()) {
          if (!s.done) return;
          continue;
        }
        if (!next || s.records.front().first < next->records.front().first) next = &s;
      }
      if (!next) return;
      builder.add(next->records.front().second);
      next->records.pop_front();
    }
  };
  const auto receive = [&](const boost::mpi::status& probed) {
    Stream& from = streams[probed.source()];
    if (probed.tag() == kDoneTag) {
      int their_status = 0;
      world.recv(probed.source(), kDoneTag, their_status);
      status = std::max(status, their_status);
      from.done = true;
      return;
    }
    Share batch;
    world.recv(probed.source(), kBatchTag, batch);
    for (auto& [number, json] : batch) {
      ParsedExtraction parsed = extraction_from_json(json);
      if (!parsed.ok()) {  // written by extraction_to_json on the other rank: not expected
        report_error("rank " + std::to_string(probed.source()) + " sent a record that does not read: " + parsed.error);
        status = 1;
        continue;
      }
      from.records.emplace_back(number, std::move(*parsed.extraction));
    }
  };
  return write_graph_outputs(
      args,
      [&](GraphBuilder& builder) {
        const CorpusRunResult run = run_corpus_share(args, share, [&](uint64_t number, Extraction&& x) {
          streams[0].records.emplace_back(number, std::move(x));
          while (const auto probed = world.iprobe(boost::mpi::any_source, boost::mpi::any_tag)) receive(*probed);
          merge_ready(builder);
        });
        streams[0].done = true;
        merge_ready(builder);
        while (std::any_of(streams.begin(), streams.end(), [](const Stream& s) { return !s.done; })) {
          receive(world.probe(boost::mpi::any_source, boost::mpi::any_tag));
          merge_ready(builder);
        }
        return std::max(status, run.exit_code());
      },
      nullptr, 0);
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
  const bool snapshots = std::any_of(args.outputs.begin(), args.outputs.end(), is_snapshot_path);
  return snapshots ? gather_and_build(world, args, share) : stream_and_build(world, args, share);
}
