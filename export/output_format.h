// output_format.h: which writer an output file gets, from --format or from the
// file's extension.
//
//   graph_format_for("out/graph.graphml", "");  // GraphFormat::kGraphml
//   graph_format_for("-", "dot");               // GraphFormat::kDot
//   graph_format_for("graph.xyz", "");          // nullopt: say which formats exist
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "export/timeline_writer.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

enum class GraphFormat { kGraphml, kGraphmlYed, kGexf, kGexf12, kDot, kJson, kCytoscape, kHtmlReport, kMarkdownTimeline, kCsvTimeline };

// `format` (when not empty) wins over the extension of `path`. Names:
// graphml (.graphml, .xml), yed (GraphML with yEd's label, colour and shape), gexf (.gexf; GEXF 1.3), gexf12 (GEXF 1.2draft, which
// NetworkX 2.8 reads), dot (.dot, .gv), json (.json), cyjs (.cyjs: Cytoscape), html (.html, .htm: the
// report to read in a browser), md (.md), csv (.csv).
std::optional<GraphFormat> graph_format_for(const std::string& path, const std::string& format);

// Timeline formats: md (.md, default for "-"), csv (.csv), json (.json), and
// timelinejs (by name only: TimelineJS3's JSON).
std::optional<TimelineFormat> timeline_format_for(const std::string& path, const std::string& format);

// Writes `g` in `format` to `out`.
void write_graph(const KnowledgeGraph& g, GraphFormat format, std::ostream& out);

}  // namespace eventgraph
