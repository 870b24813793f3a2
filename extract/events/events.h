// events.h: dated events with their participants and place.
//
//   std::vector<Event> events = find_events(text, timexes, entities, dct);
//   // "On Tuesday, Putin ordered the Russian navy to cooperate with French warships"
//   //   -> Event{type "order", cameo "10", date "2015-11-17", date_source "timex",
//   //            participants {Putin agent, Russia patient, France participant}}
//
// Triggers come from data/event_triggers.txt (verbs and nouns, each with a
// type, a CAMEO root and a relation predicate; docs/event_types.md). Each
// trigger gets:
// - participants: for a verb, the actors of its subject (or "by X" in the
//   passive) as agents and those after it in the clause as patients; for a
//   noun, the actor right before it ("Russian air strikes", "Putin's press
//   conference") and those after "on", "against", "with", "between";
// - a place: a location after "in", "at", "over", "near";
// - a date: the time expression bound to it ("this week's talks"), else the
//   nearest one in its clause, else in its sentence, else the story's current
//   date, else the publication date, with Event::date_source saying which;
// - a modality: negated, future or hypothetical from the words before it;
// - casualties ("killing 224 people") and the reporting source ("CNN reported")
//   its sentence states (sentence_facts.h).
// A trigger with nothing to anchor it (no actor, no place) is no event, and
// "said" alone never is one. Mentions of one event in a document (same type,
// date and a shared participant or place) become one Event.
#pragma once

#include <optional>
#include <vector>

#include "extract/text/civil_date.h"
#include "extract/extraction.h"
#include "extract/text/text.h"
#include "extract/token_features.h"

namespace eventgraph::syntax {
class SyntaxModel;
}

namespace eventgraph {

// `features` are computed from `text` when not given. With a syntax model,
// the sentences that may hold an event and an actor are parsed and their
// predicates read through the dependency tree too (parsed_events.cc), and a
// run of proper nouns the actor stage did not know that the parse makes an
// event's argument is added to `entities` (parsed_actors.h), and the roles
// appositions state ("X, chief executive of Y") are added to `roles` when
// given and to the person's title and affiliation; without one,
// events come from the lexicon phrases and token windows alone.
std::vector<Event> find_events(const TokenizedText& text, const std::vector<Timex>& timexes,
                               std::vector<Entity>& entities, const std::optional<CivilDate>& dct,
                               const TokenFeatures* features = nullptr, const syntax::SyntaxModel* syntax = nullptr,
                               std::vector<Relation>* roles = nullptr);

// The agent-to-patient predicate of an event's trigger ("struck" for "air
// strikes", "met with" for "met"); "" when the trigger has none. Relations are
// drawn from events with it (relations.h).
std::string event_predicate(const Event& e);

}  // namespace eventgraph
