// relations.h: actor-actor relations with a predicate, a direction, a date and
// the evidence span.
//
//   std::vector<Relation> r = find_relations(text, entities, events, &features);
//   // "Russian air strikes on Islamic State"  -> Russia -struck-> Islamic State
//   // "Bashar Assad - a longtime Moscow ally" -> Bashar Assad -ally of-> Russia
//
// Sources: events (each agent to each patient, with the trigger's predicate
// and the event's date) and descriptions ("a longtime Moscow ally", "an ally
// of X", "X ally Y"). Title relations ("president of") come from the actor
// stage (actors.h).
#pragma once

#include <vector>

#include "extract/extraction.h"
#include "extract/text/text.h"
#include "extract/token_features.h"

namespace eventgraph {

// `features` may be null (they are made here then): the pipeline shares its own.
std::vector<Relation> find_relations(const TokenizedText& text, const std::vector<Entity>& entities,
                                     const std::vector<Event>& events, const TokenFeatures* features = nullptr);

}  // namespace eventgraph
