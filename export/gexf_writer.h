// gexf_writer.h: GEXF 1.3, Gephi's own format, with time.
//
// GraphML carries the attributes; GEXF adds what Gephi's timeline slider
// needs: every dated event node and dated edge gets start and end (the first
// and last day of its TIMEX value, so "2015-W47" spans 2015-11-16 to
// 2015-11-22) on a graph with mode="dynamic" timeformat="date"; a document
// spans its publication day. Actors have no interval and stay visible at every
// time. Colours
// are viz:color; an edge's weight is its mention count and its kind is its
// edge kind, so Gephi keeps parallel edges of different kinds apart. Node ids
// are the graph's keys as written (GEXF ids are any string).
//
// Valid against the GEXF 1.3 RelaxNG schema (gexf.rng). Gephi 0.9+ reads it;
// NetworkX 2.8 (Debian 12) reads only GEXF 1.2draft, which the same content
// in 1.2draft's namespaces is (`--gexf-version 1.2`).
//
//   std::ofstream out("graph.gexf");
//   write_gexf(g, out);                      // 1.3
//   write_gexf(g, out, GexfVersion::k1_2);   // 1.2draft
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace eventgraph {

enum class GexfVersion { k1_3, k1_2 };

void write_gexf(const KnowledgeGraph& g, std::ostream& out, GexfVersion version = GexfVersion::k1_3);

}  // namespace eventgraph
