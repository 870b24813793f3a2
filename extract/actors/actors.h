// actors.h: the people, organizations, countries and places a document names,
// one entity each, with titles, affiliations and aliases.
//
//   std::vector<Relation> title_relations;
//   std::vector<Entity> actors = find_actors(doc, tokenize(doc.text), &title_relations);
//   // "Russian President Vladimir Putin ... Putin said" ->
//   //   Entity{id "person:vladimir_putin", label "Vladimir Putin", title "President",
//   //          affiliation "country:RUS", mentions "Vladimir Putin", "Putin"}
//   //   Relation{"person:vladimir_putin", "country:RUS", "president of"}
//
// How: lexicon names (countries with their demonyms and capitals, places,
// organizations; data/*.txt) matched on a token trie with case and diacritics
// folded; titles before names ("France's Defense Minister Jean-Yves Le Drian")
// and in appositions ("Heidi Tagliavini, an envoy of the OSCE"); acronyms
// defined in parentheses; unknown capitalized names classified by given names,
// organization cue words and context ("in X" is a place). Within the document a
// surname or acronym alone is the same actor as the full name. A capital used as
// an actor ("Moscow said", "a longtime Moscow ally") is its country; "in Moscow"
// stays the city. Ids are document-independent, so graph/ merges across documents.
//
// Not actors: weekdays, months, sentence-initial common words, bylines, URLs,
// e-mail addresses.
#pragma once

#include <vector>

#include "read/document.h"
#include "extract/extraction.h"
#include "extract/text/text.h"
#include "extract/token_features.h"

namespace eventgraph {

// Entities in order of first mention. When `title_relations` is given, it
// receives one "<title> of" relation per person with a title and an affiliation.
// `features` are computed from `text` when not given.
std::vector<Entity> find_actors(const Document& doc, const TokenizedText& text,
                                std::vector<Relation>* title_relations = nullptr,
                                const TokenFeatures* features = nullptr);

}  // namespace eventgraph
