#include "export/graphml_writer.h"

#include <algorithm>
#include <string>
#include <vector>

#include "export/escape.h"
#include "export/graph_attributes.h"
#include "export/output_buffer.h"

namespace eventgraph {
namespace {

void write_keys(std::string& buf, const char* domain, const char* prefix,
                const std::vector<AttributeSpec>& specs) {
  for (const AttributeSpec& s : specs) {
    buf += "  <key id=\"";
    buf += prefix;
    buf += s.name;
    buf += "\" for=\"";
    buf += domain;
    buf += "\" attr.name=\"";
    buf += s.name;
    buf += "\" attr.type=\"";
    buf += graphml_type_name(s.type);
    buf += "\"/>\n";
  }
}

void write_data(std::string& buf, const char* prefix, const std::vector<AttributeSpec>& specs,
                const std::vector<AttributeValue>& values) {
  for (size_t i = 0; i < specs.size(); ++i) {
    if (!values[i].present) continue;
    buf += "      <data key=\"";
    buf += prefix;
    buf += specs[i].name;
    buf += "\">";
    append_xml_value(buf, specs[i].type, values[i]);
    buf += "</data>\n";
  }
}

const char* yed_shape(const NodeProps& p) {
  if (p.kind == NodeKind::kEvent) return "roundrectangle";
  if (p.kind == NodeKind::kDocument) return "rectangle";
  if (p.type == "person") return "ellipse";
  if (p.type == "organization") return "hexagon";
  return "octagon";
}

// <data> with a yFiles ShapeNode: label, fill and shape, sized to the label.
void write_yed_node(std::string& buf, const NodeProps& p) {
  const std::string& label = p.label.empty() ? p.key : p.label;
  const size_t width = std::min<size_t>(260, 30 + 7 * label.size());
  buf += "      <data key=\"n_graphics\"><y:ShapeNode><y:Geometry width=\"";
  buf += std::to_string(width);
  buf += ".0\" height=\"30.0\"/><y:Fill color=\"";
  buf += hex_colour(colour_of(p));
  buf += "\" transparent=\"false\"/><y:NodeLabel>";
  append_xml_escaped(buf, label);
  buf += "</y:NodeLabel><y:Shape type=\"";
  buf += yed_shape(p);
  buf += "\"/></y:ShapeNode></data>\n";
}

void write_yed_edge(std::string& buf, const EdgeProps& e) {
  buf += "      <data key=\"e_graphics\"><y:PolyLineEdge><y:Arrows source=\"none\" target=\"standard\"/>";
  if (e.kind == EdgeKind::kRelation || e.kind == EdgeKind::kParticipant) {
    buf += "<y:EdgeLabel>";
    append_xml_escaped(buf, e.label);
    buf += "</y:EdgeLabel>";
  }
  buf += "</y:PolyLineEdge></data>\n";
}

}  // namespace

void write_graphml(const KnowledgeGraph& g, std::ostream& out, GraphmlFlavor flavor) {
  const bool yed = flavor == GraphmlFlavor::kYed;
  OutputBuffer ob(out);
  std::string& buf = ob.text();
  buf +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n";
  if (yed) buf += "         xmlns:y=\"http://www.yworks.com/xml/graphml\"\n";
  buf +=
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  const auto& node_specs = node_attribute_specs();
  const auto& edge_specs = edge_attribute_specs();
  write_keys(buf, "node", "n_", node_specs);
  write_keys(buf, "edge", "e_", edge_specs);
  if (yed) {
    buf += "  <key id=\"n_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n";
    buf += "  <key id=\"e_graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n";
  }
  buf += "  <graph id=\"eventgraph\" edgedefault=\"directed\">\n";
  std::vector<AttributeValue> values;
  for (NodeId n = 0; n < g.node_count(); ++n) {
    buf += "    <node id=\"";
    buf += graphml_id(g.node(n).key);
    buf += "\">\n";
    node_attribute_values(g, n, values);
    write_data(buf, "n_", node_specs, values);
    if (yed) write_yed_node(buf, g.node(n));
    buf += "    </node>\n";
    ob.flush_if_full();
  }
  size_t edge_index = 0;
  g.for_each_edge([&](NodeId source, NodeId target, const EdgeProps& e) {
    buf += "    <edge id=\"e";
    buf += std::to_string(edge_index++);
    buf += "\" source=\"";
    buf += graphml_id(g.node(source).key);
    buf += "\" target=\"";
    buf += graphml_id(g.node(target).key);
    buf += "\">\n";
    edge_attribute_values(g, e, values);
    write_data(buf, "e_", edge_specs, values);
    if (yed) write_yed_edge(buf, e);
    buf += "    </edge>\n";
    ob.flush_if_full();
  });
  buf += "  </graph>\n</graphml>\n";
  ob.flush();
}

}  // namespace eventgraph
