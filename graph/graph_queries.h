// graph_queries.h: the questions the exporters and the command ask of a graph.
//
//   std::vector<NodeId> events = events_in_date_order(g);
//   auto window = filter_date_range(g, "2015-11-01", "2015-11-30");  // nullopt: bad date
//   auto ego = ego_network(g, "Putin", 2);  // nullopt: no such actor
//   KnowledgeGraph lean = without_documents(g);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace eventgraph {

// The selections take the graph by value: moved in (`g = without_documents(std::move(g))`),
// it is not held twice.
//
// Event nodes sorted by the start of their date interval, finer precision first
// on ties ("2015-11-17" before "2015-W47" before "2015-11"), then by label.
// Events without an anchored date come last.
std::vector<NodeId> events_in_date_order(const KnowledgeGraph& g);

// The subgraph of events whose date interval overlaps [from, to] (each a TIMEX3
// value; "2015-11" means all of November; an empty string leaves that end open),
// with their participants, places and documents. nullopt when `from` or `to`
// is not a date.
std::optional<KnowledgeGraph> filter_date_range(KnowledgeGraph g, const std::string& from, const std::string& to);

// The actor whose key, label or alias equals `name` (case-insensitively), and
// everything within `depth` hops of it, not passing through document nodes
// (the documents the kept nodes cite are kept). nullopt when no actor matches.
std::optional<KnowledgeGraph> ego_network(KnowledgeGraph g, const std::string& name, int depth);

// The graph less its document nodes and their `mentioned_in` edges: the
// actors, events and relations a network tool needs (at corpus scale most
// edges are mentions). Every node and edge keeps its provenance, which names
// the documents.
KnowledgeGraph without_documents(KnowledgeGraph g);

// The actor node `name` resolves to, as ego_network() resolves it.
std::optional<NodeId> find_actor(const KnowledgeGraph& g, const std::string& name);

}  // namespace eventgraph
