// json_graph_writer.h: the graph as NetworkX node-link JSON, or as Cytoscape JSON.
//
//   {"directed": true, "multigraph": true, "graph": {"name": "eventgraph"},
//    "nodes": [{"id": KEY, "label": ..., ...}],
//    "edges": [{"source": KEY, "target": KEY, "key": 0, "label": ..., ...}],
//    "links": [the same]}
//
// Every attribute of graph_attributes.h is kept (absent values are omitted);
// networkx.node_link_graph() loads it as a MultiDiGraph with its defaults in
// NetworkX 2.8 (Debian 12), which reads "links", and 3.x, which reads
// "edges" (the list is written twice, under both names).
//
// write_cytoscape_json() writes the same graph as Cytoscape's JSON (.cyjs),
// which Cytoscape desktop imports and Cytoscape.js takes as `elements`:
//
//   {"format_version": "1.0", "generated_by": "eventgraph", "data": {...},
//    "elements": {"nodes": [{"data": {"id": KEY, "label": ...}}],
//                 "edges": [{"data": {"id": "e0", "source": KEY, "target": KEY, ...}}]}}
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace eventgraph {

void write_node_link_json(const KnowledgeGraph& g, std::ostream& out);
void write_cytoscape_json(const KnowledgeGraph& g, std::ostream& out);

}  // namespace eventgraph
