// parsed_predicates.h: the event predicates of one parsed sentence and what
// the dependency tree says about each: who does it to whom, where, which of
// the sentence's words can date it, and whether it is asserted.
//
//   SentenceSyntax s = ...;  // "Apple sued Samsung in Seoul on Monday."
//   for (const Predicate& p : read_predicates(s, EventLexicon::get()))
//     // p.word = 1 ("sued"), arguments {0 agent, 2 patient}, places {4 place},
//     // own_words {2, 3, 4, 5, 6, 7}: the words dating it are among them
//
// A predicate is a verb whose lemma the event lexicon knows (with its object's
// lemma, for the CAMEO patterns that need one), or an event noun. Arguments
// are head words of noun phrases; the caller maps them to actors. Read from:
// - verbs: nsubj -> agent, obj -> patient, nsubj:pass -> patient, obl:agent
//   ("by X") -> agent, iobj and obl "with/against/on/between/to" ->
//   participant; a verb without its own subject takes its controller's
//   (object control: "ordered the navy to cooperate" -> the navy), its first
//   conjunct's ("released X and announced Y") or its relative clause's noun
//   ("the firm, which sued"); a participle modifying a noun takes that noun
//   as patient ("the plane brought down by X");
// - nouns: nmod:poss and a compound or adjective before it -> agent ("Apple's
//   purchase", "Russian strikes"), "of/on/against" -> patient, "with/between"
//   -> participant, "by" -> agent; the subject of a verb whose object the noun
//   is ("held talks", "made the announcement") -> agent when it has none;
// - conjoined arguments are all arguments ("A and B met");
// - places: "in/at/near/over/outside" obliques and noun modifiers;
// - background: purpose clauses, participles and infinitives modifying a
//   noun, adverbial participles, complements of "try", "need", "seem";
// - modality: negation ("not", "never"), future ("will", "to"-infinitives,
//   "plans to"), hypothetical ("could", "may", "if");
// - the speaker: the subject of a speech verb whose complement holds the
//   predicate ("X said that Y attacked").
#pragma once

#include <vector>

#include "extract/events/event_lexicon.h"
#include "extract/extraction.h"
#include "extract/syntax/syntax_types.h"

namespace eventgraph {

struct PredicateArgument {
  int word = -1;            // head word of the argument phrase
  const char* role = "";    // "agent", "patient", "participant", "place"
  // The words of the phrase that may name an actor, nearest first: the head,
  // then its flat, compound, adjective, possessor and apposition dependents
  // ("the Russian navy" -> navy, Russian).
  std::vector<int> names;
};

struct Predicate {
  int word = -1;                  // the trigger word
  int particle = -1;              // "down" of "stepped down", or -1
  const EventWord* info = nullptr;
  bool noun = false;
  std::vector<PredicateArgument> arguments;
  std::vector<PredicateArgument> places;  // "in/at/near ..." phrases
  // The words of the predicate's own phrase: its dependents' subtrees, less
  // clauses of their own. A time expression among them dates the predicate.
  std::vector<int> own_words;
  Modality modality = Modality::kAsserted;
  // A non-finite clause that tells why, how or what kind, not what happened:
  // "traveled to Florida to meet him", "Muslims traveling to the U.S.",
  // "Citing privacy rules, officials said", "tried to meet" ("had to
  // rebuild" is done). Such a predicate names no event of its own.
  bool background = false;
  // Background as a bare adverbial participle: an event after all when it
  // has an actor besides its subject ("..., offering support to Lebanon")
  // or tells of violence ("..., killing 107").
  bool circumstance = false;
  int speaker = -1;               // subject of the speech verb reporting it, or -1
  bool speech = false;            // the predicate itself is a speech verb ("said")
  // A speech verb closing the sentence after a comma and the noun phrase
  // that says it (", the minister said on Monday."), whose subject the
  // parse missed: the phrase is taken for it.
  bool closing_report = false;
  // The parse gave the word another type than the lexicon's phrase does
  // ("workers voted to strike": a walkout, not an attack); it wins.
  bool retyped = false;
  int object = -1;                // a verb's direct object's head word ("announced a plan"), or -1
  int light_verb = -1;            // a noun's verb when the noun is its object ("posted a loss")
};

// With `links`, also the verbs the lexicon does not know that join a subject
// and a direct object ("Apple passed Wal-Mart", "Fiat will run Chrysler"):
// relations between actors that name no event. (Not "be", "have", "make",
// speech verbs and the like; arguments are the agent and the patient only.)
std::vector<Predicate> read_predicates(const syntax::SentenceSyntax& s, const EventLexicon& lexicon,
                                       std::vector<Predicate>* links = nullptr);

}  // namespace eventgraph
