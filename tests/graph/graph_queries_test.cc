#include "graph/graph_queries.h"

#include <doctest/doctest.h>

namespace eventgraph {
namespace {

// a1 -- e1 (2015-11-17) -- a2 -- e2 (2015-02) -- a3
KnowledgeGraph sample() {
  KnowledgeGraph g;
  g.add_document({"d", "", "", "2015-11-18", "", "", 0});
  const auto actor = [&](const std::string& key, const std::string& label) {
    const NodeId n = g.upsert_node(key, NodeKind::kActor);
    g.node(n).label = label;
    g.node(n).aliases = {label.substr(label.find(' ') + 1)};
    return n;
  };
  const auto event = [&](const std::string& key, const std::string& date) {
    const NodeId n = g.upsert_node(key, NodeKind::kEvent);
    g.node(n).date = date;
    g.node(n).label = key;
    return n;
  };
  const NodeId a1 = actor("person:a_one", "Ann One"), a2 = actor("person:b_two", "Bob Two"),
               a3 = actor("person:c_three", "Cy Three");
  const NodeId e1 = event("e1", "2015-11-17"), e2 = event("e2", "2015-02"), e3 = event("e3", "");
  const NodeId doc = g.upsert_node("doc:d", NodeKind::kDocument);
  g.upsert_edge(e1, a1, EdgeKind::kParticipant, "agent");
  g.upsert_edge(e1, a2, EdgeKind::kParticipant, "patient");
  g.upsert_edge(e2, a2, EdgeKind::kParticipant, "agent");
  g.upsert_edge(e2, a3, EdgeKind::kParticipant, "patient");
  // Seen in document 0, and so mentioned_in its node.
  for (const NodeId n : {a1, a2, a3, e1, e2, e3}) g.add_provenance(n, 0, Span{1, 2});
  g.add_provenance(doc, 0, Span{0, 100});
  return g;
}

std::vector<std::string> labels(const KnowledgeGraph& g, const std::vector<NodeId>& nodes) {
  std::vector<std::string> out;
  for (const NodeId n : nodes) out.push_back(g.node(n).label);
  return out;
}

}  // namespace

TEST_CASE("events in date order, undated last") {
  const KnowledgeGraph g = sample();
  CHECK(labels(g, events_in_date_order(g)) == std::vector<std::string>{"e2", "e1", "e3"});
}

TEST_CASE("date range filter") {
  const KnowledgeGraph g = sample();
  const auto nov = filter_date_range(g, "2015-11", "2015-11");
  REQUIRE(nov);
  CHECK(labels(*nov, events_in_date_order(*nov)) == std::vector<std::string>{"e1"});
  CHECK(nov->find_node("person:a_one"));
  CHECK_FALSE(nov->find_node("person:c_three"));
  CHECK(nov->find_node("doc:d"));
  const auto open_start = filter_date_range(g, "", "2015-06-30");
  CHECK(labels(*open_start, events_in_date_order(*open_start)) == std::vector<std::string>{"e2"});
  CHECK_FALSE(filter_date_range(g, "not a date", ""));
}

TEST_CASE("the graph without its documents") {
  const KnowledgeGraph g = sample();
  const KnowledgeGraph lean = without_documents(g);
  CHECK(g.find_node("doc:d"));
  CHECK_FALSE(lean.find_node("doc:d"));
  CHECK(lean.find_node("e1"));
  CHECK(lean.find_node("person:a_one"));
  CHECK(lean.node_count() < g.node_count());
  CHECK(g.edge_count() == 4 + 6);  // participants, and a mention per actor and event
  CHECK(lean.edge_count() == 4);
  lean.for_each_edge([](NodeId, NodeId, const EdgeProps& e) { CHECK(e.kind == EdgeKind::kParticipant); });
  CHECK(lean.node(*lean.find_node("e1")).documents == std::vector<uint32_t>{0});  // provenance stays
}

TEST_CASE("ego network by label, alias or key, to a depth") {
  const KnowledgeGraph g = sample();
  const auto d1 = ego_network(g, "ann one", 1);  // label, any case
  REQUIRE(d1);
  CHECK(d1->find_node("e1"));
  CHECK_FALSE(d1->find_node("person:b_two"));
  const auto d2 = ego_network(g, "One", 2);  // alias
  REQUIRE(d2);
  CHECK(d2->find_node("person:b_two"));
  CHECK_FALSE(d2->find_node("e2"));
  const auto d4 = ego_network(g, "person:a_one", 4);  // key
  CHECK(d4->find_node("person:c_three"));
  CHECK_FALSE(d4->find_node("e3"));  // not connected
  CHECK_FALSE(ego_network(g, "Nobody", 2));
}

}  // namespace eventgraph
