#include "graph/graph_builder.h"

#include <algorithm>
#include <cstdio>

#include "extract/timex_value.h"

namespace eventgraph {
namespace {

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
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
  add_document_node(x, doc);
  for (const Entity& e : x.entities) add_entity(e, doc);
  for (const Event& e : x.events) add_event(e, doc);
  for (const Relation& r : x.relations) add_relation(r, doc);
}

void GraphBuilder::add_document_node(const Extraction& x, uint32_t doc) {
  const NodeId n = graph_.upsert_node(document_node_key(x.doc.id), NodeKind::kDocument);
  NodeProps& p = graph_.node(n);
  p.label = x.doc.title.empty() ? x.doc.id : x.doc.title;
  p.type = "document";
  p.dct = x.doc.dct;
  p.date = x.doc.dct;
  if (!x.doc.dct.empty()) p.date_precision = "day";
  p.url = x.doc.url;
  p.source = x.doc.source;
  graph_.add_provenance(n, doc, Span{0, x.text_bytes});
}

void GraphBuilder::add_entity(const Entity& e, uint32_t doc) {
  const NodeId n = graph_.upsert_node(e.id, NodeKind::kActor);
  NodeProps& p = graph_.node(n);
  // The longest label seen is the most complete name ("Vladimir Putin" over "Putin").
  if (p.label.size() < e.label.size()) p.label = e.label;
  p.type = entity_kind_name(e.kind);
  if (p.title.empty()) p.title = e.title;
  if (p.affiliation.empty()) p.affiliation = e.affiliation;
  if (p.org_type.empty()) p.org_type = e.org_type;
  for (const std::string& a : e.aliases) add_unique(p.aliases, a);
  for (const Mention& m : e.mentions) graph_.add_provenance(n, doc, m.span);
  if (e.mentions.empty()) graph_.add_provenance(n, doc, Span{});
}

namespace {

// The index buckets an event date falls in: each month its interval touches,
// or its year(s) when it is coarser than a month.
std::vector<std::string> date_buckets(const std::optional<TimexInterval>& when) {
  std::vector<std::string> buckets;
  if (!when) return buckets;
  if (when->precision <= Precision::kMonth) {
    for (CivilDate m{when->first.year, when->first.month, 1}; m <= when->last; m = add_months(m, 1)) {
      buckets.push_back(format_iso_month(m.year, m.month));
    }
  } else if (when->last.year - when->first.year <= 1) {
    for (int y = when->first.year; y <= when->last.year; ++y) buckets.push_back(format_year(y));
  }
  return buckets;
}

// The buckets an event must look in to find every date that can agree with
// its own: its own buckets, the year of a month, the months of a year.
std::vector<std::string> lookup_buckets(const std::optional<TimexInterval>& when) {
  std::vector<std::string> buckets = date_buckets(when);
  if (!when) return buckets;
  if (when->precision <= Precision::kMonth) {
    for (int y = when->first.year; y <= when->last.year; ++y) buckets.push_back(format_year(y));
  } else if (when->last.year - when->first.year <= 1) {
    for (CivilDate m{when->first.year, when->first.month, 1}; m <= when->last; m = add_months(m, 1)) {
      buckets.push_back(format_iso_month(m.year, m.month));
    }
  }
  return buckets;
}

}  // namespace

NodeId GraphBuilder::find_or_create_event(const Event& e) {
  // Reports of one happening share a person, an organization or a place;
  // sharing only a country ("Russia") is too common to tell events apart.
  std::vector<std::string> actors;
  for (const Participant& part : e.participants) {
    if (part.entity.rfind("country:", 0) != 0) actors.push_back(part.entity);
  }
  if (!e.location.empty() && e.location.rfind("country:", 0) != 0) actors.push_back(e.location);
  const std::optional<TimexInterval> when = parse_timex_interval(e.date);
  const auto key = [&](const std::string& actor, const std::string& bucket) { return e.type + '|' + actor + '|' + bucket; };
  // Dates agree when one interval holds the other ("2015-11-17" in "2015-W47").
  const auto agree = [&](NodeId c) {
    if (graph_.node(c).date == e.date) return true;
    if (!when || c >= intervals_.size() || !intervals_[c]) return false;
    const TimexInterval& other = *intervals_[c];
    return (other.first <= when->first && when->last <= other.last) ||
           (when->first <= other.first && other.last <= when->last);
  };
  NodeId found = BoostGraph::null_vertex();
  for (const std::string& actor : actors) {
    for (const std::string& bucket : lookup_buckets(when)) {
      const auto it = event_index_.find(key(actor, bucket));
      if (it == event_index_.end()) continue;
      for (auto c = it->second.rbegin(); c != it->second.rend() && found == BoostGraph::null_vertex(); ++c) {
        const NodeProps& p = graph_.node(*c);
        if (!agree(*c)) continue;
        if (!e.location.empty() && !p.location.empty() && e.location != p.location) continue;
        found = *c;
      }
      if (found != BoostGraph::null_vertex()) break;
    }
    if (found != BoostGraph::null_vertex()) break;
  }
  if (found == BoostGraph::null_vertex()) {
    found = graph_.upsert_node(event_node_key(e), NodeKind::kEvent);
    if (intervals_.size() <= found) intervals_.resize(found + 1);
    intervals_[found] = when;
  }
  for (const std::string& actor : actors) {
    for (const std::string& bucket : date_buckets(intervals_[found])) {
      std::vector<NodeId>& list = event_index_[key(actor, bucket)];
      if (list.empty() || list.back() != found) list.push_back(found);
    }
  }
  return found;
}

void GraphBuilder::add_event(const Event& e, uint32_t doc) {
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
    if (intervals_.size() <= n) intervals_.resize(n + 1);
    intervals_[n] = new_interval;
  }
  if (fresh) {
    p.label = e.label;
    p.type = e.type;
    p.cameo = e.cameo;
    p.modality = modality_name(e.modality);
    p.evidence = e.evidence;
    // The trigger inside the evidence text; empty when the text was cut off it.
    if (e.evidence_span.contains(e.trigger.span) && !e.trigger.span.empty()) {
      p.evidence_trigger = {e.trigger.span.start - e.evidence_span.start, e.trigger.span.end - e.evidence_span.start};
    }
  }
  if (p.location.empty()) p.location = e.location;
  p.killed = std::max(p.killed, e.killed);
  p.injured = std::max(p.injured, e.injured);
  // Every mention is a source span of the event: the headline, the lede,
  // "the crash" later on (an extraction written before mentions existed has
  // its trigger alone).
  if (e.mentions.empty()) graph_.add_provenance(n, doc, e.trigger.span);
  for (const Mention& m : e.mentions) graph_.add_provenance(n, doc, m.span);
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
