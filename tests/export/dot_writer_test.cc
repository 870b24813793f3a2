// The DOT writer's tooltips: Graphviz refuses a line longer than 16,384
// bytes, so a node's sources are counted and the first five named.
#include "export/dot_writer.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "export/event_families.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {
namespace {

TEST_CASE("DOT tooltips: a count and the first five sources") {
  struct Row {
    int documents;
    const char* tooltip;
  };
  const Row rows[] = {
      {1, "1 source: d0"},
      {5, "5 sources: d0 d1 d2 d3 d4"},
      {7, "7 sources: d0 d1 d2 d3 d4 and 2 more"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.documents);
    KnowledgeGraph g;
    const NodeId actor = g.upsert_node("person:a", NodeKind::kActor);
    g.node(actor).label = "A";
    for (int d = 0; d < row.documents; ++d) {
      const uint32_t doc = g.add_document({"d" + std::to_string(d), "", "", "2015-11-18", "", "", 0});
      g.add_provenance(actor, doc, {0, 1});
    }
    std::ostringstream out;
    write_dot(g, out);
    CHECK(out.str().find(std::string("tooltip=\"") + row.tooltip + "\"") != std::string::npos);
  }
  // Ten thousand sources still make a short line.
  KnowledgeGraph g;
  const NodeId actor = g.upsert_node("person:a", NodeKind::kActor);
  for (int d = 0; d < 10000; ++d) {
    g.add_provenance(actor, g.add_document({"document-" + std::to_string(d), "", "", "", "", "", 0}), {0, 1});
  }
  std::ostringstream out;
  write_dot(g, out);
  std::istringstream lines(out.str());
  size_t longest = 0;
  for (std::string line; std::getline(lines, line);) longest = std::max(longest, line.size());
  CHECK(longest < 16384);
}

}  // namespace
}  // namespace eventgraph

namespace eventgraph {
namespace {

TEST_CASE("event families colour events") {
  struct Row {
    const char* type;
    const char* family;
  };
  const Row rows[] = {
      {"attack", "violence"},        {"crash", "violence"},       {"meeting", "diplomacy"},
      {"ceasefire", "diplomacy"},    {"statement", "statements"}, {"lawsuit", "justice and sanctions"},
      {"sanction", "justice and sanctions"}, {"acquisition", "business"}, {"layoff", "business"},
      {"election", "politics"},      {"resignation", "politics"}, {"no such type", "other"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.type));
    CHECK(std::string(event_family(row.type).name) == row.family);
  }
}

TEST_CASE("DOT: a legend, links to the article, roles as tooltips") {
  KnowledgeGraph g;
  const uint32_t doc = g.add_document({"d1", "", "", "2015-11-18", "https://example.org/a", "", 0});
  const NodeId e = g.upsert_node("event:1", NodeKind::kEvent);
  g.node(e).type = "attack";
  g.node(e).date = "2015-11-17";
  g.add_provenance(e, doc, {0, 1});
  const NodeId a = g.upsert_node("country:RUS", NodeKind::kActor);
  g.node(a).type = "country";
  g.add_provenance(g.upsert_edge(e, a, EdgeKind::kParticipant, "agent"), doc, {0, 1});
  std::ostringstream out;
  write_dot(g, out);
  const std::string dot = out.str();
  CHECK(dot.find("cluster_legend") != std::string::npos);
  CHECK(dot.find("\"event: violence\"") != std::string::npos);
  CHECK(dot.find("URL=\"https://example.org/a\"") != std::string::npos);
  // Drawn from the actor into the event, the role a tooltip.
  CHECK(dot.find("\"country:RUS\" -> \"event:1\" [arrowhead=none, tooltip=\"agent\"]") != std::string::npos);
  CHECK(dot.find("fillcolor=\"#F6C9A8\"") != std::string::npos);  // the attack's violence tint
}

TEST_CASE("DOT: an actor in many events is drawn beside each date, so no line crosses the picture") {
  KnowledgeGraph g;
  const uint32_t doc = g.add_document({"d1", "", "", "2015-11-18", "", "", 0});
  const NodeId russia = g.upsert_node("country:RUS", NodeKind::kActor);
  const NodeId syria = g.upsert_node("country:SYR", NodeKind::kActor);
  // Russia in four events on two dates (more than three: drawn per date); Syria in one.
  const char* dates[] = {"2015-11-17", "2015-11-17", "2015-11-18", "2015-11-18"};
  for (int i = 0; i < 4; ++i) {
    const NodeId e = g.upsert_node("event:" + std::to_string(i), NodeKind::kEvent);
    g.node(e).date = dates[i];
    g.add_provenance(e, doc, {0, 1});
    g.add_provenance(g.upsert_edge(e, russia, EdgeKind::kParticipant, "agent"), doc, {0, 1});
  }
  g.add_provenance(g.upsert_edge(*g.find_node("event:3"), syria, EdgeKind::kParticipant, "patient"), doc, {0, 1});
  const EdgeId rel = g.upsert_edge(russia, syria, EdgeKind::kRelation, "struck");
  g.edge(rel).date = "2015-11-18";
  std::ostringstream out;
  write_dot(g, out);
  const std::string dot = out.str();
  struct Row { const char* piece; bool present; };
  const Row rows[] = {
      {"\"country:RUS@2015-11-17\" [label=", true},  // a copy per date
      {"\"country:RUS@2015-11-18\" [label=", true},
      {"\"country:RUS\" [label=", false},            // and none for the whole story
      {"\"country:SYR\" [label=", true},             // one event: drawn once
      {"\"country:RUS@2015-11-17\" -> \"event:0\"", true},
      {"\"country:RUS@2015-11-18\" -> \"event:3\"", true},
      {"\"country:RUS@2015-11-17\" -> \"event:3\"", false},
      {"\"country:SYR\" -> \"event:3\"", true},
      {"\"country:RUS@2015-11-18\" -> \"country:SYR\" [label=\"struck\"", true},  // at the relation's date
  };
  for (const Row& r : rows) {
    CAPTURE(r.piece);
    CHECK((dot.find(r.piece) != std::string::npos) == r.present);
  }
}

}  // namespace
}  // namespace eventgraph
