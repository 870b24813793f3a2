// parsed_actors.h: actors the lexicons do not know, found through the parse.
//
// A run of proper nouns that the actor stage left unnamed and the parse makes
// an argument of an event ("Cisco Systems sued Apple", "talks with Best Buy")
// is an actor. Its kind comes from its words: a given name first makes a
// person ("Mark Papermaster"); a place word last a location ("Tahrir Square",
// "Suvarnabhumi Airport"); anything else an organization, the likeliest thing
// a lone capitalized name doing something in news is ("Chrysler", "NPD
// Group"). (The event stage makes a person of two or three words no
// dictionary knows with "he" or "she" near: "Zoltan Boesze".)
//
//   std::optional<NameRun> run = proper_noun_run(parse, head, text, features, index.entity, index.timex);
//   if (run) entities.push_back(entity_of(*run, text));
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction.h"
#include "extract/syntax/syntax_types.h"
#include "extract/text/text.h"
#include "extract/token_features.h"

namespace eventgraph {

struct NameRun {
  size_t first_token = 0;  // tokens [first_token, end_token)
  size_t end_token = 0;
  EntityKind kind = EntityKind::kOrganization;
};

// The run of proper nouns headed by parse word `head` (the word and its flat
// and compound dependents, contiguous), or none when the head is no proper
// noun, a token of the run is an actor's or a time expression's (entity and
// timex index per token, -1 for none), or the run is no name (a common word alone: "Congress"
// read at a sentence's start is kept, "The" is not; a title alone: "Secretary of State").
std::optional<NameRun> proper_noun_run(const syntax::SentenceSyntax& parse, int head, const TokenizedText& text,
                                       const TokenFeatures& features, const std::vector<int>& entity_of_token,
                                       const std::vector<int>& timex_of_token);

// A new entity for the run: its label is the text, its id the usual key
// ("org:cisco_systems"), one mention.
Entity entity_of(const NameRun& run, const TokenizedText& text);

// Whether a singular person pronoun ("he", "she", "his", "her", "him",
// "himself", "herself") is among tokens [from, to): a name near one is a
// person's ("Gloria ... She died"). `folded`: the tokens in lower case.
bool has_person_pronoun(std::span<const std::string_view> folded, size_t from, size_t to);

}  // namespace eventgraph
