#include "export/html_report.h"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "export/event_families.h"
#include "export/graph_attributes.h"
#include "export/report/report_assets.h"
#include "extract/json_string.h"
#include "extract/text/civil_date.h"
#include "extract/timex_value.h"
#include "graph/graph_queries.h"

namespace eventgraph {
namespace {

void put(JsonWriter& w, const char* key, std::string_view value) { write_json_member(w, key, value); }

void put(JsonWriter& w, const char* key, long long value) {
  w.Key(key);
  w.Int64(value);
}

// "docs": [0, 3]: the documents, as indices into "documents".
void put_docs(JsonWriter& w, const std::vector<uint32_t>& documents) {
  w.Key("docs");
  w.StartArray();
  for (const uint32_t d : documents) w.Uint(d);
  w.EndArray();
}

size_t family_index(std::string_view type) {
  const auto families = event_families();
  const EventFamily* f = &event_family(type);
  return static_cast<size_t>(f - families.data());
}

// Replaces `placeholder` (which must occur once) in `page` with `content`.
void fill(std::string& page, std::string_view placeholder, std::string_view content) {
  const size_t at = page.find(placeholder);
  if (at != std::string::npos) page.replace(at, placeholder.size(), content);
}

}  // namespace

std::string html_report_data(const KnowledgeGraph& g) {
  const BoostGraph& bg = g.boost_graph();
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();

  w.Key("families");
  w.StartArray();
  for (const EventFamily& f : event_families()) {
    w.StartObject();
    put(w, "name", f.name);
    put(w, "colour", hex_colour({f.r, f.g, f.b}));
    w.EndObject();
  }
  w.EndArray();

  // The actors' colours, those of every other export (colour_of()).
  w.Key("actor_colours");
  w.StartObject();
  for (const std::string_view type : kActorTypes) put(w, std::string(type).c_str(), hex_colour(actor_colour(type)));
  w.EndObject();

  w.Key("documents");
  w.StartArray();
  for (const DocumentInfo& d : g.documents()) {
    w.StartObject();
    put(w, "id", d.id);
    put(w, "title", d.title);
    put(w, "url", d.url);
    put(w, "dct", d.dct);
    w.EndObject();
  }
  w.EndArray();

  // Actors get indices of their own, in node order.
  std::vector<long long> actor_index(g.node_count(), -1);
  long long actors = 0;
  for (NodeId n = 0; n < g.node_count(); ++n) {
    if (g.node(n).kind == NodeKind::kActor) actor_index[n] = actors++;
  }
  const auto find_actor = [&](const std::string& key) -> long long {
    if (key.empty()) return -1;
    const auto n = g.find_node(key);
    return n ? actor_index[*n] : -1;
  };
  w.Key("actors");
  w.StartArray();
  for (NodeId n = 0; n < g.node_count(); ++n) {
    const NodeProps& p = g.node(n);
    if (p.kind != NodeKind::kActor) continue;
    w.StartObject();
    put(w, "label", p.label.empty() ? p.key : p.label);
    put(w, "type", p.type);
    if (!p.title.empty()) put(w, "title", p.title);
    if (!p.aliases.empty()) {
      w.Key("aliases");
      w.StartArray();
      for (const std::string& a : p.aliases) write_json_string(w, a);
      w.EndArray();
    }
    if (const long long a = find_actor(p.affiliation); a >= 0) put(w, "affiliation", a);
    put(w, "mentions", p.mentions);
    put_docs(w, p.documents);
    w.EndObject();
  }
  w.EndArray();

  w.Key("events");
  w.StartArray();
  for (const NodeId n : events_in_date_order(g)) {
    const NodeProps& p = g.node(n);
    w.StartObject();
    put(w, "label", p.label.empty() ? p.key : p.label);
    put(w, "type", p.type);
    put(w, "family", static_cast<long long>(family_index(p.type)));
    if (!p.date.empty()) put(w, "date", p.date);
    if (const auto interval = parse_timex_interval(p.date)) {
      // Days since 1970-01-01, the first and the last day of the interval.
      put(w, "start", days_from_civil(interval->first));
      put(w, "end", days_from_civil(interval->last));
      put(w, "precision", p.date_precision);
    }
    if (!p.date_source.empty()) put(w, "date_source", p.date_source);
    if (!p.modality.empty() && p.modality != "asserted") put(w, "modality", p.modality);
    if (!p.cameo.empty()) put(w, "cameo", p.cameo);
    if (p.killed >= 0) put(w, "killed", p.killed);
    if (p.injured >= 0) put(w, "injured", p.injured);
    if (!p.evidence.empty()) {
      put(w, "evidence", p.evidence);
      if (!p.evidence_trigger.empty()) {
        w.Key("trigger");
        w.StartArray();
        w.Uint(p.evidence_trigger.start);
        w.Uint(p.evidence_trigger.end);
        w.EndArray();
      }
    }
    if (const long long place = find_actor(p.location); place >= 0) put(w, "place", place);
    // Participants as [actor, role] pairs, each actor once in its first role.
    w.Key("participants");
    w.StartArray();
    std::vector<long long> listed;
    for (auto [it, end] = boost::out_edges(n, bg); it != end; ++it) {
      if (bg[*it].kind != EdgeKind::kParticipant) continue;
      const long long a = actor_index[boost::target(*it, bg)];
      if (a < 0 || std::find(listed.begin(), listed.end(), a) != listed.end()) continue;
      listed.push_back(a);
      w.StartArray();
      w.Int64(a);
      write_json_string(w, bg[*it].label);
      w.EndArray();
    }
    w.EndArray();
    put_docs(w, p.documents);
    w.EndObject();
  }
  w.EndArray();

  w.Key("relations");
  w.StartArray();
  for (auto [it, end] = boost::edges(bg); it != end; ++it) {
    const EdgeProps& e = bg[*it];
    if (e.kind != EdgeKind::kRelation) continue;
    const long long s = actor_index[boost::source(*it, bg)];
    const long long t = actor_index[boost::target(*it, bg)];
    if (s < 0 || t < 0) continue;
    w.StartObject();
    put(w, "source", s);
    put(w, "target", t);
    put(w, "label", e.label);
    if (!e.date.empty()) put(w, "date", e.date);
    put(w, "count", e.count);
    put_docs(w, e.documents);
    w.EndObject();
  }
  w.EndArray();

  w.EndObject();
  std::string json(buf.GetString(), buf.GetSize());
  // '<' appears only inside strings; as \u003c no "</script>" can end the
  // element early and no "<!--" can start a comment in it.
  std::string safe;
  safe.reserve(json.size() + json.size() / 64);
  for (const char c : json) {
    if (c == '<') {
      safe += "\\u003c";
    } else {
      safe += c;
    }
  }
  return safe;
}

void write_html_report(const KnowledgeGraph& g, std::ostream& out) {
  std::string page(report_assets::kPage);
  fill(page, "/*EVENTGRAPH_STYLE*/", report_assets::kStyle);
  fill(page, "/*EVENTGRAPH_SCRIPT*/", report_assets::kScript);
  // The data goes in last, so that nothing in it is ever taken for a placeholder.
  const size_t at = page.find("EVENTGRAPH_DATA");
  out.write(page.data(), static_cast<std::streamsize>(at == std::string::npos ? page.size() : at));
  if (at == std::string::npos) return;
  const std::string data = html_report_data(g);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  const std::string_view rest = std::string_view(page).substr(at + std::string_view("EVENTGRAPH_DATA").size());
  out.write(rest.data(), static_cast<std::streamsize>(rest.size()));
}

}  // namespace eventgraph
