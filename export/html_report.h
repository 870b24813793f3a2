// html_report.h: the graph as one self-contained HTML page to read the story in.
//
// The page opens offline in any browser: its style, its script (written here,
// export/report/) and the graph's data are all inside the one file. It shows a
// zoomable timeline of the events (coloured by family; a week- or month-precise
// event drawn as a span; an inferred date drawn hollow), an actor network,
// a panel per event and per actor (evidence sentence with the trigger marked,
// date and where it came from, participants, source links), filters by date,
// family and actor, and search.
//
//   std::ofstream out("report.html");
//   write_html_report(g, out);
//
// The data sits in a <script type="application/json"> element, every '<' in it
// written as \u003c, so no text from an article can close the element; the
// script puts text on the page only as text, never as markup.
#pragma once

#include <ostream>
#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

void write_html_report(const KnowledgeGraph& g, std::ostream& out);

// The report's data as JSON (what the page embeds): documents, actors, events,
// relations and the event families, every reference an index into its array.
// Exposed for tests.
std::string html_report_data(const KnowledgeGraph& g);

}  // namespace eventgraph
