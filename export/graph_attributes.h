// graph_attributes.h: the attribute schema the graph exporters share, so that
// GraphML and JSON carry the same names, types and values.
//
//   const auto& specs = node_attribute_specs();
//   std::vector<AttributeValue> values;
//   node_attribute_values(g, n, values);  // values[i] belongs to specs[i]
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace eventgraph {

enum class AttributeType { kString, kInt, kLong };
const char* graphml_type_name(AttributeType t);  // "string", "int", "long"
const char* gexf_type_name(AttributeType t);     // "string", "integer", "long"

struct AttributeSpec {
  const char* name;
  AttributeType type;
};

struct AttributeValue {
  bool present = false;
  std::string text;     // kString
  long long number = 0;  // kInt, kLong
};

// Node attributes: key (the stable id), label, kind, type, title, affiliation, org_type, aliases, date,
// date_precision, date_start, date_end, day_number (days since 1970-01-01 of
// date_start: numeric, so Gephi can filter by it), date_source, location,
// cameo, modality, killed, injured, dct, url, source, first_seen, last_seen,
// mentions, document_count, documents, provenance, r, g, b (Gephi colours by
// node kind), evidence (an event's sentence).
const std::vector<AttributeSpec>& node_attribute_specs();
// Edge attributes: label, kind, date, count, document_count, documents, provenance.
const std::vector<AttributeSpec>& edge_attribute_specs();

struct Rgb {
  int r, g, b;
};

// A node's colour: the Okabe-Ito palette (colour-blind safe) by node kind,
// actor type and event family (event_families.h). Every format that colours
// nodes uses it: Gephi's r, g, b attributes, GEXF viz:color, yEd fills, the
// HTML report's network and legend.
Rgb colour_of(const NodeProps& p);
// An actor's colour by its type ("person", "organization", "country", and
// anything else as a location), as colour_of() gives it.
Rgb actor_colour(std::string_view type);
// The actor types that have a colour of their own, in legend order.
inline constexpr std::string_view kActorTypes[] = {"person", "organization", "country", "location"};

// "#E69F00".
std::string hex_colour(const Rgb& c);

// Fills `out` (resized to the spec count) with the values of node `n`.
void node_attribute_values(const KnowledgeGraph& g, NodeId n, std::vector<AttributeValue>& out);
void edge_attribute_values(const KnowledgeGraph& g, const EdgeProps& e, std::vector<AttributeValue>& out);

// Appends `v` as XML text (escaped for an attribute value or element content):
// the string itself for kString, the decimal number otherwise. GraphML and GEXF
// both write values this way.
void append_xml_value(std::string& buf, AttributeType type, const AttributeValue& v);

// The items joined with `separator` ("a; b; c").
std::string join(const std::vector<std::string>& items, const char* separator);

// "h01:120-135 h01:300-305 h02:10-15": document ids and byte spans.
std::string provenance_string(const KnowledgeGraph& g, const std::vector<Provenance>& provenance);
// "h01 h02": document ids.
std::string documents_string(const KnowledgeGraph& g, const std::vector<uint32_t>& documents);

}  // namespace eventgraph
