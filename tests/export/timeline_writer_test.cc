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

TEST_CASE("timeline CSV and JSON: the evidence sentence") {
  KnowledgeGraph g;
  const uint32_t doc = g.add_document({"d1", "t", "", "2015-11-18", "", "", 0});
  const NodeId e = g.upsert_node("event:1", NodeKind::kEvent);
  g.node(e).date = "2015-11-17";
  g.node(e).label = "talks";
  g.node(e).evidence = "Talks began, he said.";
  g.add_provenance(e, doc, {0, 5});
  std::ostringstream csv, json;
  write_timeline(g, TimelineFormat::kCsv, csv);
  write_timeline(g, TimelineFormat::kJson, json);
  CHECK(csv.str().find(",url,evidence\r\n") != std::string::npos);
  CHECK(csv.str().find(",\"Talks began, he said.\"\r\n") != std::string::npos);  // quoted: it has a comma
  CHECK(json.str().find("\"evidence\":\"Talks began, he said.\"") != std::string::npos);
}

// One event in a TimelineJS file, as the slide's JSON text.
std::string timelinejs_of(const std::string& date, const std::string& label, const std::string& evidence,
                          Span trigger, const std::string& url) {
  KnowledgeGraph g;
  const uint32_t doc = g.add_document({"d1", "A <title>", "", "2015-11-18", url, "", 0});
  const NodeId e = g.upsert_node("event:1", NodeKind::kEvent);
  g.node(e).date = date;
  g.node(e).label = label;
  g.node(e).type = "meeting";
  g.node(e).evidence = evidence;
  g.node(e).evidence_trigger = trigger;
  g.add_provenance(e, doc, {0, 5});
  std::ostringstream out;
  write_timeline(g, TimelineFormat::kTimelineJs, out);
  return out.str();
}

TEST_CASE("TimelineJS: dates, headline and slide text, escaped") {
  struct Row {
    const char* date;
    const char* label;
    const char* evidence;
    Span trigger;
    const char* url;
    const char* want;  // a piece the JSON must contain
  };
  const Row rows[] = {
      {"2015-11-17", "talks", "", {}, "", R"("start_date":{"year":"2015","month":"11","day":"17"},"text")"},  // a day: no end
      {"2015-W47", "talks", "", {}, "", R"("end_date":{"year":"2015","month":"11","day":"22"},"display_date":"2015-W47")"},
      {"2015-11-17", "a <b> & c", "", {}, "", R"("headline":"a &lt;b&gt; &amp; c")"},
      {"2015-11-17", "talks", "Talks in <Vienna>.", {0, 5}, "", R"(<blockquote><mark>Talks</mark> in &lt;Vienna&gt;.</blockquote>)"},
      {"2015-11-17", "talks", "Talks.", {}, "https://e.org/?a=1&b=2", R"(<a href=\"https://e.org/?a=1&amp;b=2\">A &lt;title&gt;</a>)"},
      {"2015-11-17", "talks", "Talks.", {}, "javascript:alert(1)", R"(<p>Source: A &lt;title&gt;</p>)"},  // not a link
      {"2015-11-17", "talks", "", {}, "", R"("group":"diplomacy","unique_id":"event-1")"},
      {"", "talks", "", {}, "", R"("events":[])"},  // undated: left out
  };
  for (const Row& r : rows) {
    CAPTURE(std::string(r.date));
    CAPTURE(std::string(r.label));
    const std::string json = timelinejs_of(r.date, r.label, r.evidence, r.trigger, r.url);
    CAPTURE(json);
    CHECK(json.find(r.want) != std::string::npos);
  }
}

}  // namespace
}  // namespace eventgraph
