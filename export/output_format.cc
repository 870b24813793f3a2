#include "export/output_format.h"

#include <algorithm>
#include <filesystem>

#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/html_report.h"
#include "export/json_graph_writer.h"

namespace eventgraph {
namespace {

std::string lower_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

}  // namespace

std::optional<GraphFormat> graph_format_for(const std::string& path, const std::string& format) {
  const std::string name = format.empty() ? lower_extension(path) : format;
  if (name == "graphml" || name == "xml") return GraphFormat::kGraphml;
  if (name == "yed") return GraphFormat::kGraphmlYed;
  if (name == "gexf") return GraphFormat::kGexf;
  if (name == "gexf12") return GraphFormat::kGexf12;
  if (name == "dot" || name == "gv") return GraphFormat::kDot;
  if (name == "json") return GraphFormat::kJson;
  if (name == "cyjs") return GraphFormat::kCytoscape;
  if (name == "html" || name == "htm") return GraphFormat::kHtmlReport;
  if (name == "md") return GraphFormat::kMarkdownTimeline;
  if (name == "csv") return GraphFormat::kCsvTimeline;
  return std::nullopt;
}

std::optional<TimelineFormat> timeline_format_for(const std::string& path, const std::string& format) {
  std::string name = format.empty() ? lower_extension(path) : format;
  if (name.empty() && (path.empty() || path == "-")) name = "md";
  if (name == "md" || name == "markdown") return TimelineFormat::kMarkdown;
  if (name == "csv") return TimelineFormat::kCsv;
  if (name == "json") return TimelineFormat::kJson;
  if (name == "timelinejs") return TimelineFormat::kTimelineJs;
  return std::nullopt;
}

void write_graph(const KnowledgeGraph& g, GraphFormat format, std::ostream& out) {
  switch (format) {
    case GraphFormat::kGraphml: return write_graphml(g, out);
    case GraphFormat::kGraphmlYed: return write_graphml(g, out, GraphmlFlavor::kYed);
    case GraphFormat::kGexf: return write_gexf(g, out);
    case GraphFormat::kGexf12: return write_gexf(g, out, GexfVersion::k1_2);
    case GraphFormat::kDot: return write_dot(g, out);
    case GraphFormat::kJson: return write_node_link_json(g, out);
    case GraphFormat::kCytoscape: return write_cytoscape_json(g, out);
    case GraphFormat::kHtmlReport: return write_html_report(g, out);
    case GraphFormat::kMarkdownTimeline: return write_timeline(g, TimelineFormat::kMarkdown, out);
    case GraphFormat::kCsvTimeline: return write_timeline(g, TimelineFormat::kCsv, out);
  }
}

}  // namespace eventgraph
