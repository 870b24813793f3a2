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
// GraphmlFlavor::kYed adds what yEd draws from (yFiles "nodegraphics" and
// "edgegraphics" data): each node's label, fill colour (the r, g, b above) and
// shape (an event a rounded box, a person an ellipse, an organization a
// hexagon, a country or place an octagon, a document a rectangle), and each
// relation's label. yEd opens it unplaced: Layout > Organic or Hierarchical.
// The yFiles elements are outside the plain GraphML schema, so this flavour is
// well-formed but not XSD-valid; NetworkX reads it (labels from the yFiles data).
//
//   std::ofstream out("graph.graphml");
//   write_graphml(g, out);                      // plain
//   write_graphml(g, out, GraphmlFlavor::kYed);  // for yEd
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace eventgraph {

enum class GraphmlFlavor { kPlain, kYed };

void write_graphml(const KnowledgeGraph& g, std::ostream& out, GraphmlFlavor flavor = GraphmlFlavor::kPlain);

}  // namespace eventgraph
