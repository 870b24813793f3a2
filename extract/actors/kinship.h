// kinship.h: the nouns of family ties, which name a person's relative ("his
// wife Manju Sam", "Putin's daughter Maria"). The actor stage reads a name
// after one as a person's; the relation stage relates the two people.
//
//   kin_noun("then-girlfriend");  // "girlfriend": a hyphenated form by its last part
//   kin_noun("wifely");           // "": no kin noun
//   kin_possessor(folded, k);     // the token of "his" in "his late wife", or SIZE_MAX
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "extract/text/word_list.h"

namespace eventgraph {

inline constexpr auto kKinNouns = make_word_list(
    {"wife", "husband", "widow", "widower", "spouse", "father", "mother", "son", "daughter", "brother", "sister",
     "girlfriend", "boyfriend", "fiancee", "fiance", "uncle", "aunt", "nephew", "niece", "cousin", "grandson",
     "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother"});

// The kin noun `word` is, by its last hyphenated part ("ex-wife",
// "then-girlfriend"), or "" when it is none.
inline std::string_view kin_noun(std::string_view word) {
  if (const size_t dash = word.rfind('-'); dash != std::string_view::npos) word = word.substr(dash + 1);
  return kKinNouns.contains(word) ? word : std::string_view();
}

// The token that says whose relative the kin noun at token `kin` names:
// "his", "her", "their", or the "'s" of "Putin's", with words such as
// "former" or "late" between ("his late wife"); SIZE_MAX for none ("a
// mother of three"). `folded` holds the text's folded tokens
// (TokenFeatures::folded(): a curly apostrophe is a straight one there).
inline size_t kin_possessor(std::span<const std::string_view> folded, size_t kin) {
  // Words between a possessor and its kin noun: "his late wife", "her eldest son".
  static constexpr auto kKinModifiers = make_word_list(
      {"former", "late", "estranged", "eldest", "youngest", "elder", "younger", "older", "second", "first", "then",
       "own"});
  static constexpr auto kKinPossessives = make_word_list({"his", "her", "their"});
  size_t j = kin;
  while (j > 0 && kKinModifiers.contains(folded[j - 1])) --j;
  if (j == 0) return SIZE_MAX;
  return kKinPossessives.contains(folded[j - 1]) || folded[j - 1] == "'s" ? j - 1 : SIZE_MAX;
}

}  // namespace eventgraph
