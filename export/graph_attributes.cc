#include "export/graph_attributes.h"

#include "export/escape.h"
#include "export/event_families.h"
#include "extract/timex_value.h"

namespace eventgraph {
Rgb colour_of(const NodeProps& p) {
  if (p.kind == NodeKind::kEvent) {
    const EventFamily& f = event_family(p.type);
    return {f.r, f.g, f.b};
  }
  if (p.kind == NodeKind::kDocument) return {153, 153, 153};
  return actor_colour(p.type);
}

Rgb actor_colour(std::string_view type) {
  if (type == "person") return {0, 114, 178};
  if (type == "organization") return {0, 158, 115};
  if (type == "country") return {230, 159, 0};
  return {204, 121, 167};  // location
}

std::string hex_colour(const Rgb& c) {
  static const char* kDigits = "0123456789ABCDEF";
  std::string out = "#";
  for (const int v : {c.r, c.g, c.b}) {
    out += kDigits[(v >> 4) & 15];
    out += kDigits[v & 15];
  }
  return out;
}

namespace {

// Assigns in place: the writers reuse one values vector for every node, so
// the strings keep their capacity.
void set_text(AttributeValue& v, std::string_view s) {
  v.present = !s.empty();
  v.text.assign(s.data(), s.size());
}

void set_number(AttributeValue& v, long long n, bool present = true) {
  v.present = present;
  v.number = n;
}

}  // namespace

void append_xml_value(std::string& buf, AttributeType type, const AttributeValue& v) {
  if (type == AttributeType::kString) {
    append_xml_escaped(buf, v.text);
  } else {
    buf += std::to_string(v.number);
  }
}

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

const char* graphml_type_name(AttributeType t) {
  switch (t) {
    case AttributeType::kString: return "string";
    case AttributeType::kInt: return "int";
    case AttributeType::kLong: return "long";
  }
  return "string";
}

const char* gexf_type_name(AttributeType t) {
  return t == AttributeType::kInt ? "integer" : graphml_type_name(t);  // GEXF spells int out
}

const std::vector<AttributeSpec>& node_attribute_specs() {
  using T = AttributeType;
  static const std::vector<AttributeSpec> specs = {
      {"key", T::kString},         {"label", T::kString},       {"kind", T::kString},
      {"type", T::kString},
      {"title", T::kString},       {"affiliation", T::kString}, {"org_type", T::kString},
      {"aliases", T::kString},
      {"date", T::kString},        {"date_precision", T::kString}, {"date_start", T::kString},
      {"date_end", T::kString},    {"day_number", T::kLong},    {"date_source", T::kString},
      {"location", T::kString},    {"cameo", T::kString},       {"modality", T::kString},
      {"killed", T::kInt},         {"injured", T::kInt},        {"dct", T::kString},
      {"url", T::kString},         {"source", T::kString},      {"first_seen", T::kString},
      {"last_seen", T::kString},   {"mentions", T::kInt},       {"document_count", T::kInt},
      {"documents", T::kString},   {"provenance", T::kString},  {"r", T::kInt},
      {"g", T::kInt},              {"b", T::kInt},              {"evidence", T::kString},
  };
  return specs;
}

const std::vector<AttributeSpec>& edge_attribute_specs() {
  using T = AttributeType;
  static const std::vector<AttributeSpec> specs = {
      {"label", T::kString},   {"kind", T::kString},      {"date", T::kString},
      {"count", T::kInt},      {"document_count", T::kInt}, {"documents", T::kString},
      {"provenance", T::kString},
  };
  return specs;
}

std::string provenance_string(const KnowledgeGraph& g, const std::vector<Provenance>& provenance) {
  std::string out;
  for (const Provenance& p : provenance) {
    if (!out.empty()) out += ' ';
    out += g.documents()[p.doc].id;
    out += ':';
    out += std::to_string(p.span.start);
    out += '-';
    out += std::to_string(p.span.end);
  }
  return out;
}

std::string documents_string(const KnowledgeGraph& g, const std::vector<uint32_t>& documents) {
  std::string out;
  for (const uint32_t d : documents) {
    if (!out.empty()) out += ' ';
    out += g.documents()[d].id;
  }
  return out;
}

void node_attribute_values(const KnowledgeGraph& g, NodeId n, std::vector<AttributeValue>& out) {
  const NodeProps& p = g.node(n);
  out.resize(node_attribute_specs().size());
  for (AttributeValue& v : out) v.present = false;
  set_text(out[0], p.key);
  set_text(out[1], p.label.empty() ? p.key : p.label);
  set_text(out[2], node_kind_name(p.kind));
  set_text(out[3], p.type);
  set_text(out[4], p.title);
  set_text(out[5], p.affiliation);
  set_text(out[6], p.org_type);
  set_text(out[7], join(p.aliases, "; "));
  set_text(out[8], p.date);
  set_text(out[9], p.date_precision);
  if (const auto interval = parse_timex_interval(p.date)) {
    set_text(out[10], format_iso(interval->first));
    set_text(out[11], format_iso(interval->last));
    set_number(out[12], days_from_civil(interval->first));
  }
  set_text(out[13], p.date_source);
  set_text(out[14], p.location);
  set_text(out[15], p.cameo);
  set_text(out[16], p.modality);
  set_number(out[17], p.killed, p.killed >= 0);
  set_number(out[18], p.injured, p.injured >= 0);
  set_text(out[19], p.dct);
  set_text(out[20], p.url);
  set_text(out[21], p.source);
  set_text(out[22], p.first_seen);
  set_text(out[23], p.last_seen);
  set_number(out[24], p.mentions);
  set_number(out[25], static_cast<long long>(p.documents.size()));
  set_text(out[26], documents_string(g, p.documents));
  set_text(out[27], provenance_string(g, p.provenance));
  const Rgb c = colour_of(p);
  set_number(out[28], c.r);
  set_number(out[29], c.g);
  set_number(out[30], c.b);
  set_text(out[31], p.evidence);
}

void edge_attribute_values(const KnowledgeGraph& g, const EdgeProps& p, std::vector<AttributeValue>& out) {
  out.resize(edge_attribute_specs().size());
  for (AttributeValue& v : out) v.present = false;
  set_text(out[0], p.label);
  set_text(out[1], edge_kind_name(p.kind));
  set_text(out[2], p.date);
  set_number(out[3], p.count);
  set_number(out[4], static_cast<long long>(p.documents.size()));
  set_text(out[5], documents_string(g, p.documents));
  set_text(out[6], provenance_string(g, p.provenance));
}

}  // namespace eventgraph
