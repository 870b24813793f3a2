// Timeline rows as spreadsheets and TimelineJS-like tools read them: each
// date's first and last day, and the article to open.
#include "export/timeline_writer.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {
namespace {

TEST_CASE("timeline rows: start and end days, the source's title and URL") {
  struct Row {
    const char* date;
    const char* start;
    const char* end;
  };
  const Row rows[] = {
      {"2015-11-17", "2015-11-17", "2015-11-17"},
      {"2015-W47", "2015-11-16", "2015-11-22"},  // ISO week 47 of 2015: Monday 16 to Sunday 22
      {"2015-02", "2015-02-01", "2015-02-28"},
      {"2016-02", "2016-02-01", "2016-02-29"},   // a leap year
      {"2015-Q4", "2015-10-01", "2015-12-31"},
      {"", "", ""},                              // undated
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.date));
    KnowledgeGraph g;
    const uint32_t doc = g.add_document({"d1", "Talks in Vienna", "", "2015-11-18", "https://example.org/a", "", 0});
    const NodeId e = g.upsert_node("event:1", NodeKind::kEvent);
    g.node(e).date = row.date;
    g.node(e).label = "talks";
    g.add_provenance(e, doc, {0, 5});
    const auto found = timeline_rows(g);
    REQUIRE(found.size() == 1);
    CHECK(found[0].start == row.start);
    CHECK(found[0].end == row.end);
    CHECK(found[0].title == "Talks in Vienna");
    CHECK(found[0].url == "https://example.org/a");
  }
}

TEST_CASE("timeline CSV: the start and end columns") {
  KnowledgeGraph g;
  const uint32_t doc = g.add_document({"d1", "=cmd", "", "2015-11-18", "", "", 0});
  const NodeId e = g.upsert_node("event:1", NodeKind::kEvent);
  g.node(e).date = "2015-W47";
  g.node(e).label = "talks";
  g.add_provenance(e, doc, {0, 5});
  std::ostringstream out;
  write_timeline(g, TimelineFormat::kCsv, out);
  const std::string csv = out.str();
  CHECK(csv.rfind("date,start,end,precision,", 0) == 0);
  CHECK(csv.find("2015-W47,2015-11-16,2015-11-22,") != std::string::npos);
  CHECK(csv.find(",=cmd") == std::string::npos);  // a title that would start a formula is neutralized
}

}  // namespace
}  // namespace eventgraph
