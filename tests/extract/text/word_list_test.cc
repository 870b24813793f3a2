#include "extract/text/word_list.h"

#include <doctest/doctest.h>

#include <string>

namespace eventgraph {

TEST_CASE("WordList membership, ASCII case ignored") {
  static constexpr auto kList = make_word_list({"said", "told", "in", "towards", ";", "following"});
  struct Row { std::string word; bool member; };
  const Row rows[] = {
      {"said", true},
      {"Said", true},        // case ignored
      {"TOLD", true},
      {"in", true},
      {"towards", true},
      {";", true},           // punctuation is a word like any other
      {"following", true},
      {"sad", false},        // another shape: turned away before any compare
      {"saids", false},
      {"sand", false},       // same shape as "said" (s...d, four letters), not the word
      {"toward", false},     // a prefix is not the word
      {"", false},
      {"i", false},
      {"ſaid", false},       // non-ASCII is never folded here
      {"followingfollowing", false},  // longer than any listed word
  };
  for (const Row& r : rows) {
    CAPTURE(r.word);
    CHECK(kList.contains(r.word) == r.member);
  }
}

}  // namespace eventgraph
