#include "export/json_graph_writer.h"


#include <map>
#include <utility>
#include <vector>

#include "export/graph_attributes.h"
#include "extract/json_string.h"

namespace eventgraph {
namespace {

using Writer = JsonWriter;

// Hands the buffered text to `out` once it is large; the writer state is kept.
void drain(rapidjson::StringBuffer& buf, std::ostream& out, size_t at_least) {
  if (buf.GetSize() < at_least) return;
  out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
  buf.Clear();
}

void put_attributes(Writer& w, const std::vector<AttributeSpec>& specs, const std::vector<AttributeValue>& values) {
  for (size_t i = 0; i < specs.size(); ++i) {
    if (!values[i].present) continue;
    w.Key(specs[i].name);
    if (specs[i].type == AttributeType::kString) {
      write_json_string(w, values[i].text);
    } else {
      w.Int64(values[i].number);
    }
  }
}

// The node's id and attributes, as members of the object being written.
void put_node(Writer& w, const KnowledgeGraph& g, NodeId n, std::vector<AttributeValue>& values) {
  w.Key("id");
  write_json_string(w, g.node(n).key);
  node_attribute_values(g, n, values);
  put_attributes(w, node_attribute_specs(), values);
}

}  // namespace

void write_node_link_json(const KnowledgeGraph& g, std::ostream& out) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  constexpr size_t kFlushBytes = 1 << 16;
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  w.Key("name");
  w.String("eventgraph");
  w.EndObject();
  std::vector<AttributeValue> values;
  w.Key("nodes");
  w.StartArray();
  for (NodeId n = 0; n < g.node_count(); ++n) {
    w.StartObject();
    put_node(w, g, n, values);
    w.EndObject();
    drain(buf, out, kFlushBytes);
  }
  w.EndArray();
  // NetworkX up to 3.3 reads the edges from "links", 3.4 on from "edges"
  // (3.6 no longer falls back): the same list under both names, so that
  // node_link_graph(data) loads it with its defaults in every version.
  for (const char* name : {"edges", "links"}) {
    w.Key(name);
    w.StartArray();
    // A multigraph tells parallel edges apart by a per-pair key. A node has
    // one mentioned_in edge per document, so only the stored edges (a few in
    // a hundred at archive scale) need counting.
    std::map<std::pair<NodeId, NodeId>, int> parallel;
    g.for_each_edge([&](NodeId s, NodeId t, const EdgeProps& e) {
      w.StartObject();
      w.Key("source");
      write_json_string(w, g.node(s).key);
      w.Key("target");
      write_json_string(w, g.node(t).key);
      w.Key("key");
      w.Int(e.kind == EdgeKind::kMentionedIn ? 0 : parallel[{s, t}]++);
      edge_attribute_values(g, e, values);
      put_attributes(w, edge_attribute_specs(), values);
      w.EndObject();
      drain(buf, out, kFlushBytes);
    });
    w.EndArray();
  }
  w.EndObject();
  drain(buf, out, 0);
  out << '\n';
}

void write_cytoscape_json(const KnowledgeGraph& g, std::ostream& out) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  constexpr size_t kFlushBytes = 1 << 16;
  w.StartObject();
  w.Key("format_version");
  w.String("1.0");
  w.Key("generated_by");
  w.String("eventgraph");
  w.Key("target_cytoscapejs_version");
  w.String("~3");
  w.Key("data");
  w.StartObject();
  w.Key("name");
  w.String("eventgraph");
  w.EndObject();
  w.Key("elements");
  w.StartObject();
  std::vector<AttributeValue> values;
  w.Key("nodes");
  w.StartArray();
  for (NodeId n = 0; n < g.node_count(); ++n) {
    w.StartObject();
    w.Key("data");
    w.StartObject();
    put_node(w, g, n, values);
    w.EndObject();
    w.EndObject();
    drain(buf, out, kFlushBytes);
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  size_t index = 0;
  g.for_each_edge([&](NodeId s, NodeId t, const EdgeProps& e) {
    w.StartObject();
    w.Key("data");
    w.StartObject();
    w.Key("id");
    write_json_string(w, "e" + std::to_string(index++));  // as in GraphML
    w.Key("source");
    write_json_string(w, g.node(s).key);
    w.Key("target");
    write_json_string(w, g.node(t).key);
    edge_attribute_values(g, e, values);
    put_attributes(w, edge_attribute_specs(), values);
    w.EndObject();
    w.EndObject();
    drain(buf, out, kFlushBytes);
  });
  w.EndArray();
  w.EndObject();
  w.EndObject();
  drain(buf, out, 0);
  out << '\n';
}

}  // namespace eventgraph
