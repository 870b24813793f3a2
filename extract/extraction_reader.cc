#include "extract/extraction_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <vector>

#include "extract/text/utf8.h"

namespace eventgraph {
namespace {

using Value = rapidjson::Value;

// Reads one record, remembering the first error with the path to it.
class Reader {
 public:
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

  void fail(const std::string& where, const std::string& what) {
    if (error_.empty()) error_ = where + ": " + what;
  }

  // A string member: absent or null reads as "", anything else is an error.
  std::string string(const Value& obj, const char* name, const std::string& where) {
    const auto it = obj.FindMember(name);
    if (it == obj.MemberEnd() || it->value.IsNull()) return {};
    if (!it->value.IsString()) {
      fail(where, std::string("\"") + name + "\" is not a string");
      return {};
    }
    return sanitized_utf8(std::string_view(it->value.GetString(), it->value.GetStringLength()));
  }

  // A required string member.
  std::string required(const Value& obj, const char* name, const std::string& where) {
    if (!obj.HasMember(name)) fail(where, std::string("\"") + name + "\" is missing");
    return string(obj, name, where);
  }

  // An unsigned member (offsets, counts), or `fallback` when absent.
  uint32_t number(const Value& obj, const char* name, const std::string& where, uint32_t fallback = 0) {
    const auto it = obj.FindMember(name);
    if (it == obj.MemberEnd()) return fallback;
    if (!it->value.IsUint()) {
      fail(where, std::string("\"") + name + "\" is not an unsigned integer");
      return fallback;
    }
    return it->value.GetUint();
  }

  int count(const Value& obj, const char* name, const std::string& where) {
    const auto it = obj.FindMember(name);
    if (it == obj.MemberEnd()) return -1;
    if (!it->value.IsInt()) {
      fail(where, std::string("\"") + name + "\" is not an integer");
      return -1;
    }
    return it->value.GetInt();
  }

  // The array member `name` (an empty one when absent).
  const Value& array(const Value& obj, const char* name, const std::string& where) {
    static const Value kEmpty(rapidjson::kArrayType);
    const auto it = obj.FindMember(name);
    if (it == obj.MemberEnd()) return kEmpty;
    if (!it->value.IsArray()) {
      fail(where, std::string("\"") + name + "\" is not an array");
      return kEmpty;
    }
    return it->value;
  }

  // A span: "start" and "end" in `obj` (or in its member `name`), within the text.
  Span span(const Value& obj, const std::string& where) {
    Span s{number(obj, "start", where), number(obj, "end", where)};
    max_end = std::max(max_end, s.end);
    if (s.end < s.start || s.end > text_bytes) fail(where, "span " + std::to_string(s.start) + "-" +
                                                                std::to_string(s.end) + " is not inside the text");
    return s;
  }
  Span span_member(const Value& obj, const char* name, const std::string& where) {
    const auto it = obj.FindMember(name);
    if (it == obj.MemberEnd()) return {};
    if (!it->value.IsObject()) {
      fail(where, std::string("\"") + name + "\" is not an object");
      return {};
    }
    return span(it->value, where + "." + name);
  }

  std::vector<Mention> mentions(const Value& obj, const std::string& where) {
    std::vector<Mention> out;
    const Value& list = array(obj, "mentions", where);
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
      const std::string at = where + ".mentions[" + std::to_string(i) + "]";
      if (!object(list[i], at)) continue;
      out.push_back({span(list[i], at), string(list[i], "text", at)});
    }
    return out;
  }

  bool object(const Value& v, const std::string& where) {
    if (v.IsObject()) return true;
    fail(where, "not an object");
    return false;
  }

  uint32_t text_bytes = 0;
  uint32_t max_end = 0;  // the furthest offset read

 private:
  std::string error_;
};

// The enum value whose name() is `name`, or nullopt.
template <typename Enum, size_t N>
std::optional<Enum> by_name(const std::string& name, const Enum (&values)[N], const char* (*name_of)(Enum)) {
  for (const Enum v : values) {
    if (name == name_of(v)) return v;
  }
  return std::nullopt;
}

constexpr TimexType kTimexTypes[] = {TimexType::kDate, TimexType::kTime, TimexType::kDuration, TimexType::kSet};
constexpr EntityKind kEntityKinds[] = {EntityKind::kPerson, EntityKind::kOrganization, EntityKind::kCountry,
                                       EntityKind::kLocation};
constexpr Modality kModalities[] = {Modality::kAsserted, Modality::kNegated, Modality::kFuture,
                                    Modality::kHypothetical};

void read_doc(Reader& r, const Value& root, Extraction& x) {
  const auto it = root.FindMember("doc");
  if (it == root.MemberEnd() || !it->value.IsObject()) {
    r.fail("doc", "missing or not an object");
    return;
  }
  const Value& d = it->value;
  x.doc.id = r.required(d, "id", "doc");
  x.doc.title = r.string(d, "title", "doc");
  x.doc.dct = r.string(d, "dct", "doc");
  if (!x.doc.dct.empty() && !parse_iso_date(x.doc.dct)) r.fail("doc", "\"dct\" is not a YYYY-MM-DD date");
  x.doc.url = r.string(d, "url", "doc");
  x.doc.author = r.string(d, "author", "doc");
  x.doc.source = r.string(d, "source", "doc");
  x.doc.line = r.number(d, "line", "doc");
  if (x.doc.id.empty() && !r.failed()) r.fail("doc", "\"id\" is empty");
}

void read_timexes(Reader& r, const Value& root, Extraction& x) {
  const Value& list = r.array(root, "timexes", "timexes");
  for (rapidjson::SizeType i = 0; i < list.Size() && !r.failed(); ++i) {
    const std::string at = "timexes[" + std::to_string(i) + "]";
    if (!r.object(list[i], at)) break;
    Timex t;
    t.span = r.span(list[i], at);
    t.text = r.string(list[i], "text", at);
    const std::string type = r.required(list[i], "type", at);
    if (const auto known = by_name(type, kTimexTypes, timex_type_name)) {
      t.type = *known;
    } else if (!r.failed()) {
      r.fail(at, "unknown type \"" + type + "\"");
    }
    t.value = r.string(list[i], "value", at);
    t.mod = r.string(list[i], "mod", at);
    t.anchor = r.string(list[i], "anchor", at);
    for (auto [name, point] : {std::pair{"begin_point", &t.begin_point}, std::pair{"end_point", &t.end_point}}) {
      const std::string value = r.string(list[i], name, at);
      if (value.empty()) continue;
      *point = parse_iso_date(value);
      if (!*point) r.fail(at, std::string("\"") + name + "\" is not a YYYY-MM-DD date");
    }
    x.timexes.push_back(std::move(t));
  }
}

void read_entities(Reader& r, const Value& root, Extraction& x) {
  const Value& list = r.array(root, "entities", "entities");
  for (rapidjson::SizeType i = 0; i < list.Size() && !r.failed(); ++i) {
    const std::string at = "entities[" + std::to_string(i) + "]";
    if (!r.object(list[i], at)) break;
    Entity e;
    e.id = r.required(list[i], "id", at);
    e.label = r.string(list[i], "label", at);
    const std::string kind = r.required(list[i], "kind", at);
    if (const auto known = by_name(kind, kEntityKinds, entity_kind_name)) {
      e.kind = *known;
    } else if (!r.failed()) {
      r.fail(at, "unknown kind \"" + kind + "\"");
    }
    e.title = r.string(list[i], "title", at);
    e.affiliation = r.string(list[i], "affiliation", at);
    e.org_type = r.string(list[i], "org_type", at);
    const Value& aliases = r.array(list[i], "aliases", at);
    for (rapidjson::SizeType k = 0; k < aliases.Size(); ++k) {
      if (!aliases[k].IsString()) {
        r.fail(at + ".aliases[" + std::to_string(k) + "]", "not a string");
        break;
      }
      e.aliases.push_back(sanitized_utf8(std::string_view(aliases[k].GetString(), aliases[k].GetStringLength())));
    }
    e.mentions = r.mentions(list[i], at);
    x.entities.push_back(std::move(e));
  }
}

void read_events(Reader& r, const Value& root, Extraction& x) {
  const Value& list = r.array(root, "events", "events");
  for (rapidjson::SizeType i = 0; i < list.Size() && !r.failed(); ++i) {
    const std::string at = "events[" + std::to_string(i) + "]";
    const Value& v = list[i];
    if (!r.object(v, at)) break;
    Event e;
    e.id = r.required(v, "id", at);
    e.type = r.required(v, "type", at);
    e.cameo = r.string(v, "cameo", at);
    e.label = r.string(v, "label", at);
    e.date = r.string(v, "date", at);
    e.date_source = r.string(v, "date_source", at);
    if (const auto t = v.FindMember("trigger"); t != v.MemberEnd() && r.object(t->value, at + ".trigger")) {
      e.trigger = {r.span(t->value, at + ".trigger"), r.string(t->value, "text", at + ".trigger")};
    }
    e.mentions = r.mentions(v, at);
    e.predicate = r.string(v, "predicate", at);
    const Value& participants = r.array(v, "participants", at);
    for (rapidjson::SizeType k = 0; k < participants.Size(); ++k) {
      const std::string p = at + ".participants[" + std::to_string(k) + "]";
      if (!r.object(participants[k], p)) break;
      e.participants.push_back({r.required(participants[k], "entity", p), r.string(participants[k], "role", p)});
    }
    e.location = r.string(v, "location", at);
    e.sentence = r.span_member(v, "sentence", at);
    if (const auto ev = v.FindMember("evidence"); ev != v.MemberEnd() && r.object(ev->value, at + ".evidence")) {
      e.evidence_span = r.span(ev->value, at + ".evidence");
      e.evidence = r.string(ev->value, "text", at + ".evidence");
    }
    const std::string modality = r.string(v, "modality", at);
    if (const auto known = by_name(modality.empty() ? "asserted" : modality, kModalities, modality_name)) {
      e.modality = *known;
    } else if (!r.failed()) {
      r.fail(at, "unknown modality \"" + modality + "\"");
    }
    e.killed = r.count(v, "killed", at);
    e.injured = r.count(v, "injured", at);
    e.reporter = r.string(v, "reporter", at);
    x.events.push_back(std::move(e));
  }
}

void read_relations(Reader& r, const Value& root, Extraction& x) {
  const Value& list = r.array(root, "relations", "relations");
  for (rapidjson::SizeType i = 0; i < list.Size() && !r.failed(); ++i) {
    const std::string at = "relations[" + std::to_string(i) + "]";
    if (!r.object(list[i], at)) break;
    Relation rel;
    rel.source = r.required(list[i], "source", at);
    rel.target = r.required(list[i], "target", at);
    rel.predicate = r.required(list[i], "predicate", at);
    rel.date = r.string(list[i], "date", at);
    rel.evidence = r.span_member(list[i], "evidence", at);
    rel.event = r.string(list[i], "event", at);
    x.relations.push_back(std::move(rel));
  }
}

}  // namespace

ParsedExtraction extraction_from_json(std::string_view json) {
  ParsedExtraction out;
  rapidjson::Document d;
  // Iterative, as the article reader: deep nesting cannot overflow the stack.
  d.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
  if (d.HasParseError()) {
    out.error = std::string("JSON syntax error at column ") + std::to_string(d.GetErrorOffset() + 1) + ": " +
                rapidjson::GetParseError_En(d.GetParseError());
    return out;
  }
  if (!d.IsObject()) {
    out.error = "expected a JSON object";
    return out;
  }
  Reader r;
  Extraction x;
  // Offsets are checked against the text's length; an extraction written
  // before it was recorded is taken as it comes, its text as long as its
  // furthest offset.
  r.text_bytes = r.number(d, "text_bytes", "text_bytes", UINT32_MAX);
  x.text_hash = r.string(d, "text_hash", "text_hash");
  read_doc(r, d, x);
  read_timexes(r, d, x);
  read_entities(r, d, x);
  read_events(r, d, x);
  read_relations(r, d, x);
  x.text_bytes = r.text_bytes == UINT32_MAX ? r.max_end : r.text_bytes;
  if (r.failed()) {
    out.error = r.error();
    return out;
  }
  out.extraction = std::move(x);
  return out;
}

}  // namespace eventgraph
