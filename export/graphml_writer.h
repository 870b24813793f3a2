// graphml_writer.h: GraphML for Gephi, yEd and NetworkX.
//
// Node ids are the graph's stable keys (as NMTOKENs, see graphml_id() in
// escape.h; the raw key is also the "key" attribute); every attribute of
// graph_attributes.h is declared once as a <key> with attr.name and attr.type;
// colours are Gephi's r, g, b int attributes; edges have ids ("e0", "e1", ...
// in graph order) and labels. No graph-level keys (some readers reject them).
// Valid against the GraphML 1.0 XSD; networkx.read_graphml loads every
// attribute.
//
//   std::ofstream out("graph.graphml");
//   write_graphml(g, out);
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace eventgraph {

void write_graphml(const KnowledgeGraph& g, std::ostream& out);

}  // namespace eventgraph
