#include "app/graph_outputs.h"

#include <algorithm>
#include <iostream>

#include "app/corpus_run.h"
#include "export/atomic_file.h"
#include "export/output_format.h"
#include "graph/actor_aliases.h"
#include "graph/graph_queries.h"

namespace eventgraph {
namespace {

size_t count_events(const KnowledgeGraph& g) {
  size_t n = 0;
  for (NodeId v = 0; v < g.node_count(); ++v) n += g.node(v).kind == NodeKind::kEvent ? 1 : 0;
  return n;
}

}  // namespace

bool is_snapshot_path(const std::string& path) {
  return path.size() > 7 && path.compare(path.size() - 7, 7, ".egraph") == 0;
}

std::optional<KnowledgeGraph> build_selected_graph(const CliArgs& args, const GraphFeed& feed, int& exit_code) {
  KnowledgeGraph graph;
  GraphBuilder builder(graph);
  exit_code = std::max(exit_code, feed(builder));
  graph = merge_person_aliases(std::move(graph));
  if (!args.from.empty() || !args.to.empty()) {
    graph = *filter_date_range(std::move(graph), args.from, args.to);  // dates checked by parse_cli_args
  }
  if (args.no_documents) graph = without_documents(std::move(graph));
  if (!args.actor.empty()) {
    auto ego = ego_network(std::move(graph), args.actor, args.depth);
    if (!ego) {
      report_error("no actor named '" + args.actor + "' in the graph");
      exit_code = 1;
      return std::nullopt;
    }
    graph = std::move(*ego);
  }
  return graph;
}

bool write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
  AtomicFile out(path);
  if (out.ok()) write(out.stream());
  if (!out.commit()) {
    report_error(out.error());
    return false;
  }
  return true;
}

int write_graph_outputs(const CliArgs& args, const GraphFeed& feed, const Snapshot* snapshot, int exit_code) {
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
  const auto graph = build_selected_graph(args, feed, exit_code);
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

}  // namespace eventgraph
