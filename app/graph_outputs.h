// graph_outputs.h: the second half of `build`, `merge` and `timeline`: the
// merged graph, selected (--from/--to, --actor, --no-documents) and written to
// every output, each whole or not at all.
//
// Where the documents come from is the caller's: a GraphFeed hands them to the
// builder in the order they merge in (the corpus as it is read, a snapshot's
// records, the gathered shares of MPI ranks) and returns the exit status of
// reading them.
//
//   write_graph_outputs(args, [&](GraphBuilder& b) {
//     return run_corpus(args, [&](Extraction&& x) { b.add(x); }).exit_code();
//   }, /*snapshot=*/nullptr, /*exit_code=*/0);
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "app/cli_args.h"
#include "graph/graph_builder.h"
#include "graph/knowledge_graph.h"
#include "graph/snapshot.h"

namespace eventgraph {

using GraphFeed = std::function<int(GraphBuilder&)>;

// Excel reads a CSV as UTF-8 only when it starts with this.
inline constexpr const char* kUtf8ByteOrderMark = "\xEF\xBB\xBF";

// Whether `path` names a snapshot (.egraph).
bool is_snapshot_path(const std::string& path);

// The graph `feed` builds, then selected as the arguments ask; nullopt (with
// the error reported and `exit_code` 1) when --actor names no actor.
// `exit_code` is raised to what `feed` returns.
std::optional<KnowledgeGraph> build_selected_graph(const CliArgs& args, const GraphFeed& feed, int& exit_code);

// Writes `path` through an AtomicFile; reports and returns false on failure.
bool write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

// Builds the graph and writes every output of `args`, each in the format of
// its name or --format; a .egraph output gets `snapshot` (which must then be
// given). Returns the exit status: `exit_code` raised by reading, 1 when an
// output failed, 2 when an output's format is unknown (nothing is built then).
int write_graph_outputs(const CliArgs& args, const GraphFeed& feed, const Snapshot* snapshot, int exit_code);

}  // namespace eventgraph
