#include "extract/extraction_json.h"

#include "extract/text/civil_date.h"
#include "extract/json_string.h"

namespace eventgraph {
namespace {

constexpr auto put = write_json_member;

void put_or_null(JsonWriter& w, const char* key, std::string_view value) {
  if (value.empty()) {
    w.Key(key);
    w.Null();
  } else {
    put(w, key, value);
  }
}

void put_span(JsonWriter& w, const Span& s) {
  w.Key("start");
  w.Uint(s.start);
  w.Key("end");
  w.Uint(s.end);
}

void write_doc(JsonWriter& w, const DocumentInfo& d) {
  w.Key("doc");
  w.StartObject();
  put(w, "id", d.id);
  put_or_null(w, "title", d.title);
  put_or_null(w, "dct", d.dct);
  put_or_null(w, "url", d.url);
  put_or_null(w, "author", d.author);
  put(w, "source", d.source);
  if (d.line > 0) {
    w.Key("line");
    w.Uint(d.line);
  }
  w.EndObject();
}

void write_text(JsonWriter& w, const Extraction& x) {
  w.Key("text_bytes");
  w.Uint(x.text_bytes);
  if (!x.text_hash.empty()) put(w, "text_hash", x.text_hash);
}

void write_timexes(JsonWriter& w, const std::vector<Timex>& timexes) {
  w.Key("timexes");
  w.StartArray();
  for (const Timex& t : timexes) {
    w.StartObject();
    put_span(w, t.span);
    put(w, "text", t.text);
    put(w, "type", timex_type_name(t.type));
    put(w, "value", t.value);
    if (!t.mod.empty()) put(w, "mod", t.mod);
    if (!t.anchor.empty()) put(w, "anchor", t.anchor);
    if (t.begin_point) put(w, "begin_point", format_iso(*t.begin_point));
    if (t.end_point) put(w, "end_point", format_iso(*t.end_point));
    w.EndObject();
  }
  w.EndArray();
}

// "mentions": [{"start","end","text"}], for entities and events alike.
void write_mentions(JsonWriter& w, const std::vector<Mention>& mentions) {
  w.Key("mentions");
  w.StartArray();
  for (const Mention& m : mentions) {
    w.StartObject();
    put_span(w, m.span);
    put(w, "text", m.text);
    w.EndObject();
  }
  w.EndArray();
}

void write_entities(JsonWriter& w, const std::vector<Entity>& entities) {
  w.Key("entities");
  w.StartArray();
  for (const Entity& e : entities) {
    w.StartObject();
    put(w, "id", e.id);
    put(w, "label", e.label);
    put(w, "kind", entity_kind_name(e.kind));
    put_or_null(w, "title", e.title);
    put_or_null(w, "affiliation", e.affiliation);
    put_or_null(w, "org_type", e.org_type);
    w.Key("aliases");
    w.StartArray();
    for (const std::string& a : e.aliases) write_json_string(w, a);
    w.EndArray();
    write_mentions(w, e.mentions);
    w.EndObject();
  }
  w.EndArray();
}

void write_events(JsonWriter& w, const std::vector<Event>& events) {
  w.Key("events");
  w.StartArray();
  for (const Event& e : events) {
    w.StartObject();
    put(w, "id", e.id);
    put(w, "type", e.type);
    put_or_null(w, "cameo", e.cameo);
    put(w, "label", e.label);
    put_or_null(w, "date", e.date);
    put_or_null(w, "date_source", e.date_source);
    w.Key("trigger");
    w.StartObject();
    put_span(w, e.trigger.span);
    put(w, "text", e.trigger.text);
    w.EndObject();
    write_mentions(w, e.mentions);
    put_or_null(w, "predicate", e.predicate);
    w.Key("participants");
    w.StartArray();
    for (const Participant& p : e.participants) {
      w.StartObject();
      put(w, "entity", p.entity);
      put(w, "role", p.role);
      w.EndObject();
    }
    w.EndArray();
    put_or_null(w, "location", e.location);
    w.Key("sentence");
    w.StartObject();
    put_span(w, e.sentence);
    w.EndObject();
    if (!e.evidence.empty()) {
      w.Key("evidence");
      w.StartObject();
      put_span(w, e.evidence_span);
      put(w, "text", e.evidence);
      w.EndObject();
    }
    put(w, "modality", modality_name(e.modality));
    if (e.killed >= 0) {
      w.Key("killed");
      w.Int(e.killed);
    }
    if (e.injured >= 0) {
      w.Key("injured");
      w.Int(e.injured);
    }
    if (!e.reporter.empty()) put(w, "reporter", e.reporter);
    w.EndObject();
  }
  w.EndArray();
}

void write_relations(JsonWriter& w, const std::vector<Relation>& relations) {
  w.Key("relations");
  w.StartArray();
  for (const Relation& r : relations) {
    w.StartObject();
    put(w, "source", r.source);
    put(w, "target", r.target);
    put(w, "predicate", r.predicate);
    put_or_null(w, "date", r.date);
    w.Key("evidence");
    w.StartObject();
    put_span(w, r.evidence);
    w.EndObject();
    if (!r.event.empty()) put(w, "event", r.event);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string extraction_to_json(const Extraction& x) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.StartObject();
  write_doc(w, x.doc);
  write_text(w, x);
  write_timexes(w, x.timexes);
  write_entities(w, x.entities);
  write_events(w, x.events);
  write_relations(w, x.relations);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace eventgraph
