#include "export/gexf_writer.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "export/escape.h"
#include "export/graph_attributes.h"
#include "export/output_buffer.h"
#include "extract/timex_value.h"

namespace eventgraph {
namespace {

// Attributes that GEXF says in its own words (id, label, viz:color) are not
// repeated as attvalues.
bool written_natively(const char* name) {
  return std::strcmp(name, "key") == 0 || std::strcmp(name, "label") == 0 || std::strcmp(name, "r") == 0 ||
         std::strcmp(name, "g") == 0 || std::strcmp(name, "b") == 0;
}

int spec_index(const std::vector<AttributeSpec>& specs, const char* name) {
  for (size_t i = 0; i < specs.size(); ++i) {
    if (std::strcmp(specs[i].name, name) == 0) return static_cast<int>(i);
  }
  return -1;
}

// Attribute ids are the attributes' names ("type", "date"): graphology and
// other readers show the id, and GEXF scopes ids by class, so a node's and an
// edge's "documents" do not clash.
void write_attribute_declarations(std::string& buf, const char* cls, const std::vector<AttributeSpec>& specs) {
  buf += "    <attributes class=\"";
  buf += cls;
  buf += "\">\n";
  for (size_t i = 0; i < specs.size(); ++i) {
    if (written_natively(specs[i].name)) continue;
    buf += "      <attribute id=\"";
    buf += specs[i].name;
    buf += "\" title=\"";
    buf += specs[i].name;
    buf += "\" type=\"";
    buf += gexf_type_name(specs[i].type);
    buf += "\"/>\n";
  }
  buf += "    </attributes>\n";
}

void write_interval(std::string& buf, const std::string& timex) {
  const auto interval = parse_timex_interval(timex);
  if (!interval) return;
  buf += " start=\"";
  buf += format_iso(interval->first);
  buf += "\" end=\"";
  buf += format_iso(interval->last);
  buf += '"';
}

void write_attvalues(std::string& buf, const std::vector<AttributeSpec>& specs,
                     const std::vector<AttributeValue>& values) {
  bool open = false;
  for (size_t i = 0; i < specs.size(); ++i) {
    if (!values[i].present || written_natively(specs[i].name)) continue;
    if (!open) buf += "        <attvalues>\n";
    open = true;
    buf += "          <attvalue for=\"";
    buf += specs[i].name;
    buf += "\" value=\"";
    append_xml_value(buf, specs[i].type, values[i]);
    buf += "\"/>\n";
  }
  if (open) buf += "        </attvalues>\n";
}

}  // namespace

void write_gexf(const KnowledgeGraph& g, std::ostream& out, GexfVersion version) {
  OutputBuffer ob(out);
  std::string& buf = ob.text();
  // No xsi:schemaLocation: the 1.3 RelaxNG schema rejects it.
  buf += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  buf += version == GexfVersion::k1_3
             ? "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
             : "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
               "version=\"1.2\">\n";
  buf +=
      "  <meta>\n    <creator>eventgraph</creator>\n"
      "    <description>Events, actors and relations extracted from news articles</description>\n"
      "  </meta>\n"
      "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
  const auto& node_specs = node_attribute_specs();
  const auto& edge_specs = edge_attribute_specs();
  write_attribute_declarations(buf, "node", node_specs);
  write_attribute_declarations(buf, "edge", edge_specs);
  const int r = spec_index(node_specs, "r"), gr = spec_index(node_specs, "g"), b = spec_index(node_specs, "b");
  const int label = spec_index(node_specs, "label");

  buf += "    <nodes count=\"";
  buf += std::to_string(g.node_count());
  buf += "\">\n";
  std::vector<AttributeValue> values;
  for (NodeId n = 0; n < g.node_count(); ++n) {
    node_attribute_values(g, n, values);
    buf += "      <node id=\"";
    append_xml_escaped(buf, g.node(n).key);
    buf += "\" label=\"";
    append_xml_escaped(buf, values[label].text);
    buf += '"';
    write_interval(buf, g.node(n).date);
    buf += ">\n";
    write_attvalues(buf, node_specs, values);
    buf += "        <viz:color r=\"" + std::to_string(values[r].number) + "\" g=\"" +
           std::to_string(values[gr].number) + "\" b=\"" + std::to_string(values[b].number) + "\"/>\n";
    // Size grows with the mentions, slowly: 10 for one, 25 for fifteen, 55 for a thousand.
    const double size = 5.0 + 5.0 * std::log2(1.0 + static_cast<double>(g.node(n).mentions));
    char size_text[32];
    std::snprintf(size_text, sizeof size_text, "%.1f", size);
    buf += "        <viz:size value=\"";
    buf += size_text;
    buf += "\"/>\n";
    buf += "      </node>\n";
    ob.flush_if_full();
  }
  buf += "    </nodes>\n";

  buf += "    <edges count=\"";
  buf += std::to_string(g.edge_count());
  buf += "\">\n";
  size_t edge_index = 0;
  g.for_each_edge([&](NodeId source, NodeId target, const EdgeProps& p) {
    edge_attribute_values(g, p, values);
    buf += "      <edge id=\"";
    buf += std::to_string(edge_index++);
    buf += "\" source=\"";
    append_xml_escaped(buf, g.node(source).key);
    buf += "\" target=\"";
    append_xml_escaped(buf, g.node(target).key);
    buf += "\" kind=\"";
    buf += edge_kind_name(p.kind);
    buf += "\" label=\"";
    append_xml_escaped(buf, p.label);
    buf += "\" weight=\"";
    buf += std::to_string(p.count);
    buf += '"';
    write_interval(buf, p.date);
    buf += ">\n";
    write_attvalues(buf, edge_specs, values);
    buf += "      </edge>\n";
    ob.flush_if_full();
  });
  buf += "    </edges>\n  </graph>\n</gexf>\n";
  ob.flush();
}

}  // namespace eventgraph
