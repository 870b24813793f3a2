#include "graph/graph_builder.h"

#include <algorithm>
#include <cstdio>

#include "extract/timex_value.h"

namespace eventgraph {
namespace {

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// The actor keys an event node is tied to: participants and place.
std::vector<std::string> event_actor_keys(const KnowledgeGraph& g, NodeId n) {
  std::vector<std::string> keys;
  const BoostGraph& bg = g.boost_graph();
  for (auto [it, end] = boost::out_edges(n, bg); it != end; ++it) {
    const EdgeKind kind = bg[*it].kind;
    if (kind == EdgeKind::kParticipant || kind == EdgeKind::kLocatedIn) {
      keys.push_back(bg[boost::target(*it, bg)].key);
    }
  }
  return keys;
}

// A readable, stable node key that is also a valid GraphML id:
// "event:attack:2015-11-17:3f9a02c1" (type, date, hash of the identity).
std::string event_node_key(const Event& e) {
  uint32_t h = 2166136261u;
  for (const char c : e.identity_key()) {
    h ^= static_cast<uint8_t>(c);
    h *= 16777619u;
  }
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", h);
  return "event:" + e.type + ":" + (e.date.empty() ? "undated" : e.date) + ":" + hex;
}

}  // namespace

void GraphBuilder::add(const Extraction& x) {
  const uint32_t doc = graph_.add_document(x.doc);
  const NodeId doc_node = add_document_node(x, doc);
  for (const Entity& e : x.entities) add_entity(e, doc, doc_node);
  for (const Event& e : x.events) add_event(e, doc, doc_node);
  for (const Relation& r : x.relations) add_relation(r, doc);
}

NodeId GraphBuilder::add_document_node(const Extraction& x, uint32_t doc) {
  const NodeId n = graph_.upsert_node("doc:" + x.doc.id, NodeKind::kDocument);
  NodeProps& p = graph_.node(n);
  p.label = x.doc.title.empty() ? x.doc.id : x.doc.title;
  p.type = "document";
  p.dct = x.doc.dct;
  p.date = x.doc.dct;
  if (!x.doc.dct.empty()) p.date_precision = "day";
  p.url = x.doc.url;
  p.source = x.doc.source;
  graph_.add_provenance(n, doc, Span{0, x.text_bytes});
  return n;
}

void GraphBuilder::add_entity(const Entity& e, uint32_t doc, NodeId doc_node) {
  const NodeId n = graph_.upsert_node(e.id, NodeKind::kActor);
  NodeProps& p = graph_.node(n);
  // The longest label seen is the most complete name ("Vladimir Putin" over "Putin").
  if (p.label.size() < e.label.size()) p.label = e.label;
  p.type = entity_kind_name(e.kind);
  if (p.title.empty()) p.title = e.title;
  if (p.affiliation.empty()) p.affiliation = e.affiliation;
  for (const std::string& a : e.aliases) add_unique(p.aliases, a);
  const EdgeId mention_edge = graph_.upsert_edge(n, doc_node, EdgeKind::kMentionedIn, "mentioned_in");
  for (const Mention& m : e.mentions) {
    graph_.add_provenance(n, doc, m.span);
    graph_.add_provenance(mention_edge, doc, m.span);
  }
  if (e.mentions.empty()) graph_.add_provenance(n, doc, Span{});
}

NodeId GraphBuilder::find_or_create_event(const Event& e) {
  // Reports of one happening share a person, an organization or the place;
  // sharing only a country ("Russia") is too common to tell events apart.
  std::vector<std::string> wanted;
  for (const Participant& part : e.participants) {
    if (part.entity.rfind("country:", 0) != 0) wanted.push_back(part.entity);
  }
  if (!e.location.empty()) wanted.push_back(e.location);
  std::vector<NodeId>& candidates = events_by_type_[e.type];
  if (!e.date.empty() && !wanted.empty()) {
    for (const NodeId c : candidates) {
      const NodeProps& p = graph_.node(c);
      if (!timex_values_agree(p.date, e.date)) continue;
      if (!e.location.empty() && !p.location.empty() && e.location != p.location) continue;
      const std::vector<std::string> have = event_actor_keys(graph_, c);
      const bool shares = std::any_of(wanted.begin(), wanted.end(), [&](const std::string& k) {
        return std::find(have.begin(), have.end(), k) != have.end();
      });
      if (shares) return c;
    }
  }
  const std::string key = event_node_key(e);
  const bool existed = graph_.find_node(key).has_value();
  const NodeId n = graph_.upsert_node(key, NodeKind::kEvent);
  if (!existed) candidates.push_back(n);
  return n;
}

void GraphBuilder::add_event(const Event& e, uint32_t doc, NodeId doc_node) {
  const NodeId n = find_or_create_event(e);
  NodeProps& p = graph_.node(n);
  const bool fresh = p.mentions == 0;
  // A finer date from another report refines the merged node ("2015-W47" -> "2015-11-17").
  const auto old_interval = parse_timex_interval(p.date);
  const auto new_interval = parse_timex_interval(e.date);
  if (fresh || (new_interval && (!old_interval || new_interval->precision < old_interval->precision))) {
    p.date = e.date;
    p.date_source = e.date_source;
    p.date_precision = new_interval ? precision_name(new_interval->precision) : "";
  }
  if (fresh) {
    p.label = e.label;
    p.type = e.type;
    p.cameo = e.cameo;
    p.modality = modality_name(e.modality);
  }
  if (p.location.empty()) p.location = e.location;
  p.killed = std::max(p.killed, e.killed);
  p.injured = std::max(p.injured, e.injured);
  graph_.add_provenance(n, doc, e.trigger.span);
  graph_.add_provenance(graph_.upsert_edge(n, doc_node, EdgeKind::kMentionedIn, "mentioned_in"), doc,
                        e.trigger.span);
  for (const Participant& part : e.participants) {
    const NodeId actor = graph_.upsert_node(part.entity, NodeKind::kActor);
    graph_.add_provenance(graph_.upsert_edge(n, actor, EdgeKind::kParticipant, part.role), doc, e.sentence);
  }
  if (!e.location.empty()) {
    const NodeId place = graph_.upsert_node(e.location, NodeKind::kActor);
    graph_.add_provenance(graph_.upsert_edge(n, place, EdgeKind::kLocatedIn, "located_in"), doc, e.sentence);
  }
}

void GraphBuilder::add_relation(const Relation& r, uint32_t doc) {
  const NodeId s = graph_.upsert_node(r.source, NodeKind::kActor);
  const NodeId t = graph_.upsert_node(r.target, NodeKind::kActor);
  const EdgeId e = graph_.upsert_edge(s, t, EdgeKind::kRelation, r.predicate);
  EdgeProps& p = graph_.edge(e);
  if (p.date.empty()) p.date = r.date;
  graph_.add_provenance(e, doc, r.evidence);
}

}  // namespace eventgraph
