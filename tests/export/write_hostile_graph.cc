// Writes a graph whose ids, labels and attributes are the hostile strings of
// hostile_strings.h, in every format, for export_formats_test.sh to check with
// xmllint, dot and NetworkX, and report_browser_test.py with Chromium.
// Usage: write_hostile_graph DIR
#include <fstream>
#include <iostream>

#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/html_report.h"
#include "export/json_graph_writer.h"
#include "export/timeline_writer.h"
#include "hostile_strings.h"

int main(int argc, char** argv) {
  using namespace eventgraph;
  if (argc != 2) {
    std::cerr << "usage: write_hostile_graph DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  KnowledgeGraph g;
  // A title with markup and a URL that would run script if it were made a link.
  const uint32_t doc = g.add_document(
      {"doc \"1\" <&>", "<script>window.pwned = 1</script>", "", "2015-11-18", "javascript:window.pwned = 1", "", 0});
  NodeId previous = g.upsert_node("doc:hostile", NodeKind::kDocument);
  int i = 0;
  for (const HostileString& h : hostile_strings()) {
    // The string is the id itself (actors) and the label and title (events).
    const NodeId actor = g.upsert_node(h.text.empty() ? "empty-id" : h.text, NodeKind::kActor);
    g.node(actor).label = h.text;
    g.node(actor).type = "person";
    g.node(actor).aliases = {h.text, h.what};
    g.add_provenance(actor, doc, {0, 5});
    const NodeId event = g.upsert_node("event:" + std::to_string(i++) + h.text, NodeKind::kEvent);
    g.node(event).label = h.text;
    g.node(event).type = h.text;
    g.node(event).date = "2015-11-1" + std::to_string(i % 10);
    g.node(event).evidence = "Before " + h.text + " after.";
    g.node(event).evidence_trigger = {7, static_cast<uint32_t>(7 + h.text.size())};
    g.add_provenance(event, doc, {0, 5});
    g.add_provenance(g.upsert_edge(event, actor, EdgeKind::kParticipant, h.text), doc, {1, 2});
    g.upsert_edge(actor, previous, EdgeKind::kRelation, h.text);
    previous = actor;
  }
  std::ofstream graphml(dir + "/hostile.graphml"), dot(dir + "/hostile.dot"), json(dir + "/hostile.json"),
      timeline(dir + "/hostile.timeline.json"), gexf(dir + "/hostile.gexf"), report(dir + "/hostile.html"),
      yed(dir + "/hostile.yed.graphml"), cyjs(dir + "/hostile.cyjs"),
      timelinejs(dir + "/hostile.timelinejs.json");
  write_graphml(g, graphml);
  write_graphml(g, yed, GraphmlFlavor::kYed);
  write_gexf(g, gexf);
  write_dot(g, dot);
  write_node_link_json(g, json);
  write_cytoscape_json(g, cyjs);
  write_timeline(g, TimelineFormat::kJson, timeline);
  write_timeline(g, TimelineFormat::kTimelineJs, timelinejs);
  write_html_report(g, report);
  std::cout << g.node_count() << " nodes, " << g.edge_count() << " edges\n";
  return 0;
}
