// kinship.h: the nouns of family ties, which name a person's relative ("his
// wife Manju Sam", "Putin's daughter Maria"). The actor stage reads a name
// after one as a person's; the relation stage relates the two people.
//
//   kin_noun("then-girlfriend");  // "girlfriend": a hyphenated form by its last part
//   kin_noun("wifely");           // "": no kin noun
#pragma once

#include <string_view>

#include "extract/text/word_list.h"

namespace eventgraph {

inline constexpr auto kKinNouns = make_word_list(
    {"wife", "husband", "widow", "widower", "spouse", "father", "mother", "son", "daughter", "brother", "sister",
     "girlfriend", "boyfriend", "fiancee", "fiance", "uncle", "aunt", "nephew", "niece", "cousin", "grandson",
     "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother"});

// Words between a possessor and its kin noun: "his late wife", "her
// eldest son".
inline constexpr auto kKinModifiers = make_word_list({"former", "late", "estranged", "eldest", "youngest", "elder",
                                                      "younger", "older", "second", "first", "then", "own"});
// Possessive pronouns a kin noun may follow.
inline constexpr auto kKinPossessives = make_word_list({"his", "her", "their"});

// The kin noun `word` is, by its last hyphenated part ("ex-wife",
// "then-girlfriend"), or "" when it is none.
inline std::string_view kin_noun(std::string_view word) {
  if (const size_t dash = word.rfind('-'); dash != std::string_view::npos) word = word.substr(dash + 1);
  return kKinNouns.contains(word) ? word : std::string_view();
}

}  // namespace eventgraph
