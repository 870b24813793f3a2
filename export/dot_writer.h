// dot_writer.h: the graph as a Graphviz timeline.
//
// Laid out left to right (rankdir=LR): a date axis of plain nodes, one per
// distinct event date in date order; each event sits in its date's column
// (rank=same); actors sit in a cluster; participant, place and relation edges
// do not constrain the layout (constraint=false), so time alone orders the
// columns. Document nodes are left out (their ids are in each node's tooltip).
// Every id is quoted and every label escaped (escape.h), so any text renders.
//
//   std::ofstream out("graph.dot");
//   write_dot(g, out);   // then: dot -Tsvg graph.dot -o graph.svg
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace eventgraph {

void write_dot(const KnowledgeGraph& g, std::ostream& out);

}  // namespace eventgraph
