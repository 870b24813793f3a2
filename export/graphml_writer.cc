#include "export/graphml_writer.h"

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

}  // namespace

void write_graphml(const KnowledgeGraph& g, std::ostream& out) {
  OutputBuffer ob(out);
  std::string& buf = ob.text();
  buf +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  const auto& node_specs = node_attribute_specs();
  const auto& edge_specs = edge_attribute_specs();
  write_keys(buf, "node", "n_", node_specs);
  write_keys(buf, "edge", "e_", edge_specs);
  buf += "  <graph id=\"eventgraph\" edgedefault=\"directed\">\n";
  const BoostGraph& bg = g.boost_graph();
  std::vector<AttributeValue> values;
  for (NodeId n = 0; n < g.node_count(); ++n) {
    buf += "    <node id=\"";
    buf += graphml_id(g.node(n).key);
    buf += "\">\n";
    node_attribute_values(g, n, values);
    write_data(buf, "n_", node_specs, values);
    buf += "    </node>\n";
    ob.flush_if_full();
  }
  size_t edge_index = 0;
  for (auto [it, end] = boost::edges(bg); it != end; ++it, ++edge_index) {
    buf += "    <edge id=\"e";
    buf += std::to_string(edge_index);
    buf += "\" source=\"";
    buf += graphml_id(bg[boost::source(*it, bg)].key);
    buf += "\" target=\"";
    buf += graphml_id(bg[boost::target(*it, bg)].key);
    buf += "\">\n";
    edge_attribute_values(g, *it, values);
    write_data(buf, "e_", edge_specs, values);
    buf += "    </edge>\n";
    ob.flush_if_full();
  }
  buf += "  </graph>\n</graphml>\n";
  ob.flush();
}

}  // namespace eventgraph
