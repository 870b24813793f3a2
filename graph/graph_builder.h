// graph_builder.h: merges Extractions, one document at a time, into a
// KnowledgeGraph.
//
// Actors merge by their canonical id (extract/ makes ids document-independent).
// Events merge when they have the same type, agreeing dates ("2015-11-17" and
// "2015-W47" agree) and share a participant or place; the merged node lists
// every source document. Documents become nodes too, so every actor and event
// links to where it was reported.
//
//   KnowledgeGraph g;
//   GraphBuilder builder(g);
//   for (const Extraction& x : extractions) builder.add(x);
//
// Not copyable (it holds a reference to the graph and merge indexes); movable.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/extraction.h"
#include "extract/timex_value.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

class GraphBuilder {
 public:
  explicit GraphBuilder(KnowledgeGraph& graph) : graph_(graph) {}
  GraphBuilder(const GraphBuilder&) = delete;
  GraphBuilder& operator=(const GraphBuilder&) = delete;
  GraphBuilder(GraphBuilder&&) = default;

  void add(const Extraction& x);

 private:
  void add_document_node(const Extraction& x, uint32_t doc);
  void add_entity(const Entity& e, uint32_t doc);
  NodeId find_or_create_event(const Event& e);
  void add_event(const Event& e, uint32_t doc);
  void add_relation(const Relation& r, uint32_t doc);

  KnowledgeGraph& graph_;
  // Event nodes by type, an actor or place they involve, and a month of their
  // date ("attack|org:islamic_state|2015-11"; dates coarser than a month go
  // under their year as "2015"): the candidates for cross-document merging,
  // found without scanning every event of the type.
  std::unordered_map<std::string, std::vector<NodeId>> event_index_;
  // The calendar interval of each node's date, parsed once (by NodeId).
  std::vector<std::optional<TimexInterval>> intervals_;
};

}  // namespace eventgraph
