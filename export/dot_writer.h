// dot_writer.h: the graph as a Graphviz timeline.
//
// Laid out left to right (rankdir=LR): a date axis of plain nodes, one per
// distinct event date in date order; each event sits in its date's column
// (rank=same). An actor is drawn into its events from the left, so it stands
// just before its first one; an actor in more than three events is drawn
// again beside each date it acts on ("country:RUS@2015-11-17"), so that lines
// stay short. Relations (labelled, blue) do not constrain the layout and join
// an actor drawn per date at the relation's date when it has one there.
// Roles are edge tooltips; a legend explains the colours. Document nodes are left out (their ids are in each node's tooltip).
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
