// build, merge and timeline: where their documents come from; the graph and
// its outputs are graph_outputs.h's.
#include <algorithm>
#include <iostream>

#include "app/commands.h"
#include "app/corpus_run.h"
#include "app/graph_outputs.h"
#include "export/output_format.h"
#include "graph/snapshot.h"

namespace eventgraph {
namespace {

// Hands the snapshot's documents to the builder, in the snapshot's order.
GraphFeed replay(const Snapshot& snapshot) {
  return [&snapshot](GraphBuilder& b) {
    snapshot.for_each([&](const Extraction& x) { b.add(x); });
    return 0;
  };
}

// Reads and extracts the inputs, handing each document to the builder in input order.
GraphFeed corpus_feed(const CliArgs& args) {
  return [&args](GraphBuilder& b) { return run_corpus(args, [&](Extraction&& x) { b.add(x); }).exit_code(); };
}

}  // namespace

int run_build_command(const CliArgs& args) {
  const bool snapshots = !args.into.empty() ||
                         std::any_of(args.outputs.begin(), args.outputs.end(), is_snapshot_path);
  if (!snapshots) {
    return write_graph_outputs(args, corpus_feed(args), nullptr, 0);
  }
  // Into a snapshot: what it has, then the inputs, each document once.
  Snapshot snapshot;
  if (!args.into.empty()) {
    if (const auto error = snapshot.read_file(args.into)) {
      report_error(*error + "; nothing was written");
      return 1;
    }
  }
  const CorpusRunResult run = run_corpus(args, [&](Extraction&& x) {
    const Snapshot::AddOutcome outcome = snapshot.add(x);
    if (args.quiet) return;
    if (outcome == Snapshot::AddOutcome::kSame) {
      std::cerr << "eventgraph: note: document \"" << x.doc.id << "\" is in the snapshot already; not added again\n";
    } else if (outcome == Snapshot::AddOutcome::kChanged) {
      std::cerr << "eventgraph: warning: document \"" << x.doc.id
                << "\" has changed since it was added; the new version replaces it\n";
    }
  });
  return write_graph_outputs(args, replay(snapshot), &snapshot, run.exit_code());
}

int run_merge_command(const CliArgs& args) {
  Snapshot snapshot;
  for (const std::string& path : args.inputs) {
    if (const auto error = snapshot.read_file(path)) {
      report_error(*error + "; nothing was written");
      return 1;
    }
  }
  return write_graph_outputs(args, replay(snapshot), &snapshot, 0);
}

int run_timeline_command(const CliArgs& args) {
  const std::string path = args.outputs.empty() ? "-" : args.outputs.front();
  const auto format = timeline_format_for(path, args.format);
  if (!format) {
    report_error("timeline formats are md, csv, json and timelinejs; cannot tell the format of '" + path + "'");
    return 2;
  }
  int exit_code = 0;
  const auto graph = build_selected_graph(args, corpus_feed(args), exit_code);
  if (!graph) return exit_code;
  const auto write = [&](std::ostream& out) {
    if (args.csv_bom && *format == TimelineFormat::kCsv) out << kUtf8ByteOrderMark;
    write_timeline(*graph, *format, out);
  };
  if (!write_output(path, write)) return 1;
  return exit_code;
}

}  // namespace eventgraph
