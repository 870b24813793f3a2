#include "graph/knowledge_graph.h"

#include <doctest/doctest.h>

#include <utility>

namespace eventgraph {
namespace {

TEST_CASE("a copied graph is a graph of its own, edge index included") {
  KnowledgeGraph g;
  const NodeId a = g.upsert_node("person:a", NodeKind::kActor);
  const NodeId b = g.upsert_node("person:b", NodeKind::kActor);
  const EdgeId met = g.upsert_edge(a, b, EdgeKind::kRelation, "met");
  KnowledgeGraph copy = g;
  // The copy finds its own edge, not the original's.
  const EdgeId copied = copy.upsert_edge(a, b, EdgeKind::kRelation, "met");
  copy.edge(copied).count = 7;
  CHECK(g.edge(met).count == 0);
  CHECK(copy.edge(copied).count == 7);
  CHECK(boost::num_edges(copy.boost_graph()) == 1);
  copy.node(a).label = "changed";
  CHECK(g.node(a).label.empty());
}

TEST_CASE("a moved graph keeps everything and leaves an empty graph") {
  KnowledgeGraph g;
  g.add_document({"d", "", "", "2015-11-18", "", "", 0});
  const NodeId a = g.upsert_node("person:a", NodeKind::kActor);
  const NodeId b = g.upsert_node("person:b", NodeKind::kActor);
  const EdgeId met = g.upsert_edge(a, b, EdgeKind::kRelation, "met");
  g.add_provenance(met, 0, Span{3, 9});
  KnowledgeGraph moved = std::move(g);
  CHECK(moved.node_count() == 2);
  CHECK(moved.documents().size() == 1);
  CHECK(moved.edge(moved.upsert_edge(a, b, EdgeKind::kRelation, "met")).count == 1);
  CHECK(boost::num_edges(moved.boost_graph()) == 1);
  CHECK(g.node_count() == 0);  // NOLINT(bugprone-use-after-move): moved-from is empty by contract
  CHECK(g.edge_count() == 0);
  KnowledgeGraph assigned;
  assigned = std::move(moved);
  CHECK(assigned.find_node("person:b") == b);
}

}  // namespace
}  // namespace eventgraph
