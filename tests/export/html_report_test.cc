// The HTML report's data and page: indices, dates as day numbers, and no way
// for article text to end the data's script element.
#include "export/html_report.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <sstream>
#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {
namespace {

// Putin met in Vienna in ISO week 2015-W47; a label carries a script end tag.
KnowledgeGraph small_graph() {
  KnowledgeGraph g;
  const uint32_t doc = g.add_document({"d1", "Talks", "", "2015-11-18", "https://example.org/a", "", 0});
  const NodeId putin = g.upsert_node("person:vladimir_putin", NodeKind::kActor);
  g.node(putin).label = "Vladimir Putin";
  g.node(putin).type = "person";
  const NodeId vienna = g.upsert_node("location:vienna", NodeKind::kActor);
  g.node(vienna).label = "Vienna </script>";
  g.node(vienna).type = "location";
  const NodeId talks = g.upsert_node("event:talks", NodeKind::kEvent);
  g.node(talks).label = "talks";
  g.node(talks).type = "meeting";
  g.node(talks).date = "2015-W47";
  g.node(talks).date_precision = "week";
  g.node(talks).date_source = "dct";
  g.node(talks).location = "location:vienna";
  g.node(talks).evidence = "Putin held talks in Vienna.";
  g.node(talks).evidence_trigger = {11, 16};
  g.add_provenance(talks, doc, {0, 5});
  g.add_provenance(g.upsert_edge(talks, putin, EdgeKind::kParticipant, "agent"), doc, {0, 5});
  g.upsert_edge(putin, vienna, EdgeKind::kRelation, "visited");
  return g;
}

TEST_CASE("html_report_data: actors, events and relations by index") {
  const std::string json = html_report_data(small_graph());
  rapidjson::Document d;
  REQUIRE_FALSE(d.Parse(json.c_str()).HasParseError());
  const auto& actors = d["actors"];
  const auto& event = d["events"][0];
  REQUIRE(actors.Size() == 2);
  CHECK(std::string(actors[0]["label"].GetString()) == "Vladimir Putin");
  CHECK(std::string(actors[1]["label"].GetString()) == "Vienna </script>");  // intact once parsed
  CHECK(event["start"].GetInt() == 16755);  // 2015-11-16, Monday of week 47: 45 years and 319 days after 1970-01-01
  CHECK(event["end"].GetInt() == 16761);    // Sunday 2015-11-22
  CHECK(std::string(event["precision"].GetString()) == "week");
  CHECK(std::string(event["date_source"].GetString()) == "dct");
  CHECK(std::string(d["families"][event["family"].GetInt()]["name"].GetString()) == "diplomacy");
  // The report colours actors as DOT, GEXF and GraphML do (Okabe-Ito).
  CHECK(std::string(d["actor_colours"]["person"].GetString()) == "#0072B2");
  CHECK(std::string(d["actor_colours"]["organization"].GetString()) == "#009E73");
  CHECK(std::string(d["actor_colours"]["country"].GetString()) == "#E69F00");
  CHECK(std::string(d["actor_colours"]["location"].GetString()) == "#CC79A7");
  CHECK(event["place"].GetInt() == 1);
  CHECK(event["participants"][0][0].GetInt() == 0);
  CHECK(std::string(event["participants"][0][1].GetString()) == "agent");
  CHECK(event["trigger"][0].GetInt() == 11);
  CHECK(event["trigger"][1].GetInt() == 16);
  CHECK(event["docs"][0].GetInt() == 0);
  CHECK(std::string(d["documents"][0]["url"].GetString()) == "https://example.org/a");
  CHECK(d["relations"][0]["source"].GetInt() == 0);
  CHECK(d["relations"][0]["target"].GetInt() == 1);
  CHECK(json.find('<') == std::string::npos);  // written \u003c
}

TEST_CASE("write_html_report: one page with its style, script and data in place") {
  std::ostringstream out;
  write_html_report(small_graph(), out);
  const std::string page = out.str();
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("EVENTGRAPH_") == std::string::npos);  // every placeholder filled
  CHECK(page.find("\"label\":\"Vienna \\u003c/script>\"") != std::string::npos);
  size_t script_ends = 0;
  for (size_t at = page.find("</script>"); at != std::string::npos; at = page.find("</script>", at + 1)) ++script_ends;
  CHECK(script_ends == 2);  // the data's and the program's, nothing from the text
  CHECK(page.find("http://") == std::string::npos);  // nothing fetched: no external URL in the page
  CHECK(page.find("https://example.org/a") != std::string::npos);  // but the article's link is there
}

}  // namespace
}  // namespace eventgraph
