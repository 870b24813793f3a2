// extraction.h: what the extractors find in one document, as plain values.
//
// An Extraction is the only thing that crosses from extract/ to graph/. It
// carries the document's metadata but not its text: every finding points back
// into the text by byte Span, and keeps the few characters of surface text the
// graph needs for labels.
//
// Identifiers: Entity::id is a canonical, document-independent key
// ("country:RUS", "person:vladimir_putin") so that graph/ can merge actors
// across documents by equality. Event::id is unique within its document;
// graph/ merges events by Event::identity_key().
//
// All structs are copyable and movable plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/civil_date.h"
#include "read/document.h"

namespace eventgraph {

// TIMEX3 types.
enum class TimexType { kDate, kTime, kDuration, kSet };
const char* timex_type_name(TimexType type);  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
  Span span;
  std::string text;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2015-11-17", "2015-W47", "PT3H", "XXXX-XX-XX"
  std::string mod;    // TIMEX3 mod: "START", "END", "APPROX", "MID", ... or empty
  // How the value was anchored: "absolute" (fully written), "dct" (relative to
  // the publication date), "narrative" (relative to the last date mentioned),
  // or "none" (unresolved placeholder).
  std::string anchor;
  // A duration anchored at one end (TIMEX3 beginPoint and endPoint): "the
  // past two weeks" in an article of 2015-11-18 runs from 2015-11-04 to
  // 2015-11-18. Empty for other expressions and for durations that float
  // ("for two weeks") or have no count ("the next few days").
  std::optional<CivilDate> begin_point;
  std::optional<CivilDate> end_point;
};

enum class EntityKind { kPerson, kOrganization, kCountry, kLocation };
const char* entity_kind_name(EntityKind kind);  // "person", "organization", ...

struct Mention {
  Span span;
  std::string text;
};

struct Entity {
  std::string id;     // canonical key, stable across documents
  std::string label;  // canonical display name: "Vladimir Putin"
  EntityKind kind = EntityKind::kPerson;
  std::string title;        // "President", "Defense Minister"
  // Entity id of the country or organization a person or organization acts for,
  // or of the country a place lies in.
  std::string affiliation;
  // Organizations the lexicon knows: "international", "armed group",
  // "government", "military", "intelligence", "party", "media", "company".
  std::string org_type;
  std::vector<std::string> aliases;  // distinct surface forms seen
  std::vector<Mention> mentions;
};

struct Participant {
  std::string entity;  // Entity::id
  std::string role;    // "agent", "patient", "participant", "source"
};

// Whether an event is asserted to have happened.
enum class Modality { kAsserted, kNegated, kFuture, kHypothetical };
const char* modality_name(Modality m);  // "asserted", "negated", "future", "hypothetical"

struct Event {
  std::string id;     // unique within the document
  std::string type;   // taxonomy type: "attack", "meeting", ... (docs/event_types.md)
  std::string cameo;  // CAMEO root code, "19", or empty where none fits
  std::string label;  // short human description
  std::string date;   // TIMEX3 value, empty when unknown
  // Where `date` came from: "timex" (a time expression governing the event),
  // "sentence" (one elsewhere in the sentence), "narrative" (the story's current
  // date), "dct" (publication date, inferred), or "" when undated.
  std::string date_source;
  Mention trigger;
  // Every mention of this event in the document, the trigger first: the
  // headline, the lede, "the crash" later on.
  std::vector<Mention> mentions;
  // The agent-to-patient relation it implies ("sued", "met with"), or "".
  std::string predicate;
  std::vector<Participant> participants;
  std::string location;  // Entity::id of the place, or empty
  Span sentence;
  // The sentence as a reader is shown it (extract() fills it): its text on one
  // line, cut around the trigger when very long, and where that text lies.
  std::string evidence;
  Span evidence_span;
  Modality modality = Modality::kAsserted;
  int killed = -1;   // casualties stated, -1 when not stated
  int injured = -1;
  std::string reporter;  // Entity::id of the reporting source, or empty

  // Events of the same type on the same date with the same participants are
  // the same happening; graph/ merges on this key.
  std::string identity_key() const;
};

struct Relation {
  std::string source;     // Entity::id
  std::string target;     // Entity::id
  std::string predicate;  // "president of", "struck", "met with", "ally of"
  std::string date;       // TIMEX3 value or empty
  Span evidence;
  std::string event;      // Event::id it was derived from, or empty
};

struct Extraction {
  DocumentInfo doc;
  uint32_t text_bytes = 0;
  // FNV-1a 64 of the text, in hex: a snapshot (graph/snapshot.h) tells an
  // article it has from a changed one with the same id by it.
  std::string text_hash;
  std::vector<Timex> timexes;
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<Relation> relations;
};

// The 16 hex digits of the FNV-1a 64-bit hash of `text`.
std::string text_hash_of(std::string_view text);

}  // namespace eventgraph
