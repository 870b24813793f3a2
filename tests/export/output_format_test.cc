#include "export/output_format.h"

#include <doctest/doctest.h>

namespace eventgraph {

TEST_CASE("graph_format_for: extension, then --format") {
  CHECK(graph_format_for("out/graph.graphml", "") == GraphFormat::kGraphml);
  CHECK(graph_format_for("out/graph.XML", "") == GraphFormat::kGraphml);
  CHECK(graph_format_for("out/graph.gexf", "") == GraphFormat::kGexf);
  CHECK(graph_format_for("out/graph.GEXF", "") == GraphFormat::kGexf);
  CHECK(graph_format_for("out/graph.gv", "") == GraphFormat::kDot);
  CHECK(graph_format_for("out/graph.json", "") == GraphFormat::kJson);
  CHECK(graph_format_for("out/report.html", "") == GraphFormat::kHtmlReport);
  CHECK(graph_format_for("out/graph.cyjs", "") == GraphFormat::kCytoscape);
  CHECK(graph_format_for("out/graph.graphml", "yed") == GraphFormat::kGraphmlYed);
  CHECK(graph_format_for("out/report.HTM", "") == GraphFormat::kHtmlReport);
  CHECK(graph_format_for("-", "html") == GraphFormat::kHtmlReport);
  CHECK(graph_format_for("out/timeline.md", "") == GraphFormat::kMarkdownTimeline);
  CHECK(graph_format_for("out/timeline.csv", "") == GraphFormat::kCsvTimeline);
  CHECK(graph_format_for("-", "gexf") == GraphFormat::kGexf);
  CHECK(graph_format_for("out/graph.graphml", "dot") == GraphFormat::kDot);  // --format wins
  CHECK_FALSE(graph_format_for("out/graph.xyz", "").has_value());
  CHECK_FALSE(graph_format_for("out/graph", "").has_value());
  CHECK_FALSE(graph_format_for("-", "").has_value());
}

TEST_CASE("timeline_format_for") {
  CHECK(timeline_format_for("-", "") == TimelineFormat::kMarkdown);
  CHECK(timeline_format_for("", "") == TimelineFormat::kMarkdown);
  CHECK(timeline_format_for("t.md", "") == TimelineFormat::kMarkdown);
  CHECK(timeline_format_for("t.csv", "") == TimelineFormat::kCsv);
  CHECK(timeline_format_for("t.out", "json") == TimelineFormat::kJson);
  CHECK(timeline_format_for("-", "markdown") == TimelineFormat::kMarkdown);
  CHECK(timeline_format_for("t.json", "timelinejs") == TimelineFormat::kTimelineJs);
  CHECK_FALSE(timeline_format_for("t.graphml", "").has_value());
}

}  // namespace eventgraph
