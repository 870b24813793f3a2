// json_graph_writer.h: the graph as NetworkX node-link JSON.
//
//   {"directed": true, "multigraph": true, "graph": {"name": "eventgraph"},
//    "nodes": [{"id": KEY, "label": ..., ...}],
//    "links": [{"source": KEY, "target": KEY, "key": 0, "label": ..., ...}]}
//
// Every attribute of graph_attributes.h is kept (absent values are omitted);
// networkx.node_link_graph() loads it as a MultiDiGraph.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace eventgraph {

void write_node_link_json(const KnowledgeGraph& g, std::ostream& out);

}  // namespace eventgraph
