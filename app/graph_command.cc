#include <algorithm>
#include <iostream>
#include <optional>

#include "app/commands.h"
#include "app/corpus_run.h"
#include "export/atomic_file.h"
#include "export/output_format.h"
#include "graph/actor_aliases.h"
#include "graph/graph_builder.h"
#include "graph/graph_queries.h"
#include "graph/snapshot.h"

namespace eventgraph {
namespace {

bool is_snapshot_path(const std::string& path) {
  return path.size() > 7 && path.compare(path.size() - 7, 7, ".egraph") == 0;
}

// Reads and merges every input (or, given a snapshot, what it holds), then
// applies --from/--to and --actor.
std::optional<KnowledgeGraph> build_selected_graph(const CliArgs& args, const Snapshot* snapshot, int& exit_code) {
  KnowledgeGraph graph;
  GraphBuilder builder(graph);
  if (snapshot) {
    for (const Extraction& x : snapshot->extractions()) builder.add(x);
  } else {
    exit_code = run_corpus(args, [&](Extraction&& x) { builder.add(x); }).exit_code();
  }
  graph = merge_person_aliases(graph);
  if (!args.from.empty() || !args.to.empty()) {
    graph = *filter_date_range(graph, args.from, args.to);  // dates checked by parse_cli_args
  }
  if (args.no_documents) graph = without_documents(graph);
  if (!args.actor.empty()) {
    auto ego = ego_network(graph, args.actor, args.depth);
    if (!ego) {
      report_error("no actor named '" + args.actor + "' in the graph");
      exit_code = 1;
      return std::nullopt;
    }
    graph = std::move(*ego);
  }
  return graph;
}

template <typename Writer>
bool write_output(const std::string& path, Writer write) {
  AtomicFile out(path);
  if (out.ok()) write(out.stream());
  if (!out.commit()) {
    report_error(out.error());
    return false;
  }
  return true;
}

// Excel reads a CSV as UTF-8 only when it starts with this.
constexpr const char* kUtf8ByteOrderMark = "\xEF\xBB\xBF";

size_t count_events(const KnowledgeGraph& g) {
  size_t n = 0;
  for (NodeId v = 0; v < g.node_count(); ++v) n += g.node(v).kind == NodeKind::kEvent ? 1 : 0;
  return n;
}

// Writes the graph of `snapshot` (or, without one, of the inputs) to every
// output; a .egraph output gets the snapshot itself.
int write_outputs(const CliArgs& args, const Snapshot* snapshot, int exit_code) {
  std::vector<GraphFormat> formats;
  for (const std::string& path : args.outputs) {
    if (is_snapshot_path(path)) {
      formats.push_back(GraphFormat::kGraphml);  // not used: the snapshot is written instead
      continue;
    }
    const auto format = graph_format_for(path, args.format);
    if (!format) {
      report_error("cannot tell the format of '" + path +
                   "': use .graphml, .gexf, .dot, .json, .cyjs, .html, .md, .csv or .egraph, or --format");
      return 2;
    }
    formats.push_back(*format == GraphFormat::kGexf && args.gexf_version == "1.2" ? GraphFormat::kGexf12 : *format);
  }
  const auto graph = build_selected_graph(args, snapshot, exit_code);
  if (!graph) return exit_code;
  // Graphviz lays out the Reuters one-day view (3,600 events, 9,000 drawn
  // nodes) in 40 s, and grows faster than the graph; far beyond that it runs
  // for hours or out of memory. Say so, and how to see less.
  constexpr size_t kDotEventsGraphvizCopesWith = 5000;
  const size_t events = count_events(*graph);
  for (size_t i = 0; i < args.outputs.size(); ++i) {
    if (!args.quiet && formats[i] == GraphFormat::kDot && events > kDotEventsGraphvizCopesWith) {
      report_error("note: " + args.outputs[i] + " has " + std::to_string(events) +
                   " events, more than Graphviz lays out in minutes (about " +
                   std::to_string(kDotEventsGraphvizCopesWith) +
                   "); narrow it with --from/--to or --actor NAME, or read the .html report or the .gexf in Gephi");
    }
  }
  for (size_t i = 0; i < args.outputs.size(); ++i) {
    const auto write = [&](std::ostream& out) {
      if (snapshot && is_snapshot_path(args.outputs[i])) return snapshot->write(out);
      if (args.csv_bom && formats[i] == GraphFormat::kCsvTimeline) out << kUtf8ByteOrderMark;
      write_graph(*graph, formats[i], out);
    };
    if (!write_output(args.outputs[i], write)) exit_code = 1;
    else if (!args.quiet && args.outputs[i] != "-") std::cerr << "wrote " << args.outputs[i] << "\n";
  }
  return exit_code;
}

}  // namespace

int run_build_command(const CliArgs& args) {
  const bool snapshots = !args.into.empty() ||
                         std::any_of(args.outputs.begin(), args.outputs.end(), is_snapshot_path);
  if (!snapshots) return write_outputs(args, nullptr, 0);
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
  return write_outputs(args, &snapshot, run.exit_code());
}

int run_merge_command(const CliArgs& args) {
  Snapshot snapshot;
  for (const std::string& path : args.inputs) {
    if (const auto error = snapshot.read_file(path)) {
      report_error(*error + "; nothing was written");
      return 1;
    }
  }
  return write_outputs(args, &snapshot, 0);
}

int run_timeline_command(const CliArgs& args) {
  const std::string path = args.outputs.empty() ? "-" : args.outputs.front();
  const auto format = timeline_format_for(path, args.format);
  if (!format) {
    report_error("timeline formats are md, csv, json and timelinejs; cannot tell the format of '" + path + "'");
    return 2;
  }
  int exit_code = 0;
  const auto graph = build_selected_graph(args, nullptr, exit_code);
  if (!graph) return exit_code;
  const auto write = [&](std::ostream& out) {
    if (args.csv_bom && *format == TimelineFormat::kCsv) out << kUtf8ByteOrderMark;
    write_timeline(*graph, *format, out);
  };
  if (!write_output(path, write)) return 1;
  return exit_code;
}

}  // namespace eventgraph
