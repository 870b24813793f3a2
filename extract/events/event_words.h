// event_words.h: the closed word classes the event stage reads at many tokens
// (around each trigger, over its clause, across a sentence), as WordLists:
// most words are turned away by their shape before any compare. Lists read
// once per event found stay where events.cc reads them.
//
//   event_words::kLightVerbs.contains("held");  // true: "held talks"
#pragma once

#include <string_view>

#include "extract/text/word_list.h"

namespace eventgraph::event_words {

constexpr auto kPrepositions =
    make_word_list({"in", "at", "on", "of", "from", "for", "with", "to", "over", "near", "against", "by", "into",
                    "across", "about", "as", "between", "among", "under"});
// Light verbs whose object is the event ("held talks", "imposed sanctions");
// the first list stops the walk back from the noun, the second is asked where
// the walk stopped.
constexpr auto kLightVerbsReachedBack =
    make_word_list({"attend", "attended", "attends", "held", "hold", "holds", "had", "gave", "give", "hosted", "host",
                    "chaired", "convened", "joined", "began", "started", "launched", "lift", "lifted", "impose",
                    "imposed", "extend", "extended", "tighten", "tightened", "ease", "eased", "keep", "kept", "reached",
                    "signed", "conducted", "conduct", "conducting", "staged", "stage", "staging", "out"});
constexpr auto kLightVerbs =
    make_word_list({"attend", "attended", "attends", "held", "hold", "holds", "had", "gave", "give", "hosted", "host",
                    "chaired", "convened", "joined", "began", "started", "launched", "lift", "lifted", "impose",
                    "imposed", "extend", "extended", "tighten", "tightened", "ease", "eased", "keep", "kept", "reached",
                    "signed", "opened", "open", "conducted", "conduct", "conducting", "staged", "stage", "staging"});
// "the city of X", "the outskirts of X".
constexpr auto kPlaceNouns = make_word_list({"city", "town", "village", "province", "region", "stronghold", "capital",
                                             "outskirts", "port", "district", "suburb", "state"});
constexpr auto kPlacePrepositions = make_word_list({"in", "at", "over", "near", "outside", "inside", "around"});
// Words that open a clause of its own right of a trigger.
constexpr auto kOwnClauseOpeners = make_word_list({"that", "which", "who", "until", "unless", "if"});
// Words after a trigger that introduce its object: "talks with", "strikes on".
constexpr auto kObjectPrepositions =
    make_word_list({"on", "against", "with", "between", "and", "by", "of", "to", "for", "into"});
// The speech verbs whose subject speaks a statement.
constexpr auto kSpeechVerbs = make_word_list({"said", "says", "told", "added", "declared"});
// Nature, which strikes without an attacker: "an earthquake struck".
constexpr auto kNaturalForces =
    make_word_list({"earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "tsunami", "flood", "floods",
                    "wildfire", "fire", "tornado", "landslide", "avalanche", "blizzard"});
// Modality cues before a trigger.
constexpr auto kNegations = make_word_list({"not", "n't", "never", "no"});
constexpr auto kFutureCues = make_word_list(
    {"will", "'ll", "shall", "would", "planned", "plans", "planning", "scheduled", "due", "expected"});
constexpr auto kHypotheticalCues = make_word_list({"if", "could", "might", "may", "should", "unless"});

// Where a clause begins looking back from its trigger ("what" opens one too)
// and ends looking forward: ";", ":" and subordinating words.
constexpr auto kClauseOpeners = make_word_list(
    {";", ":", "that", "which", "who", "while", "what", "but", "after", "before", "when", "until", "following"});
constexpr auto kClauseEnders =
    make_word_list({";", ":", "that", "which", "who", "while", "following", "after", "before", "when", "but", "until"});

// Pronouns and definite nouns that stand for an actor told before: a person
// for the first, a group for the second; "The company said": a definite noun
// of the third kind names the last organization told of, of the fourth the
// last organization or country.
constexpr auto kPersonPronouns = make_word_list({"he", "she", "him", "her", "his"});
constexpr auto kGroupPronouns = make_word_list({"it", "they", "them", "its", "their", "we"});
constexpr auto kCompanyNouns =
    make_word_list({"company", "firm", "group", "automaker", "carmaker", "maker", "manufacturer", "airline",
                    "carrier", "bank", "corporation", "retailer", "giant", "insurer", "lender", "producer",
                    "conglomerate", "agency", "organization", "organisation", "party", "union", "club", "team",
                    "network", "studio", "publisher", "startup"});
constexpr auto kStateNouns = make_word_list({"government", "administration", "ministry", "country", "nation"});
inline bool is_group_noun(std::string_view w) { return kCompanyNouns.contains(w) || kStateNouns.contains(w); }
// A state's or group's own bodies: "its military", "the country's army" stand
// for their owner in any role.
constexpr auto kOwnBodyNouns = make_word_list({"military", "army", "navy", "troops", "forces", "police", "government",
                                               "leadership", "regime", "authorities"});

}  // namespace eventgraph::event_words
