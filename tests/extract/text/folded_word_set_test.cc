#include "extract/text/folded_word_set.h"

#include <doctest/doctest.h>

#include <string>

#include "extract/text/phrase_trie.h"
#include "extract/text/text.h"
#include "extract/token_features.h"

namespace eventgraph {

TEST_CASE("FoldedWordSet membership") {
  FoldedWordSet set;
  for (const char* w : {"following", "the", "francois", "al-assad", "the"}) set.insert(w);
  CHECK(set.size() == 4);  // "the" once
  struct Row { std::string word; bool member; };
  const Row rows[] = {
      {"following", true},
      {"the", true},
      {"francois", true},
      {"al-assad", true},
      {"follow", false},     // a prefix is not the word
      {"followings", false},
      {"The", false},        // lookups take folded words
      {"", false},
      {"x", false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.word);
    CHECK(set.contains(r.word) == r.member);
    CHECK(set.contains(r.word, folded_token_hash(r.word)) == r.member);
  }
}

TEST_CASE("FoldedHashBits: no false no, collisions by the low bits only") {
  FoldedHashBits<1024> bits;
  bits.add(folded_token_hash("ally"));
  bits.add(7);
  struct Row { uint64_t hash; bool maybe; };
  const Row rows[] = {
      {folded_token_hash("ally"), true},
      {7, true},
      {7 + 1024, true},        // the same low ten bits: a collision, answered "maybe"
      {7 + (uint64_t{1} << 40), true},
      {8, false},
      {7 + 512, false},
      {0, false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.hash);
    CHECK(bits.may_contain(r.hash) == r.maybe);
  }
}

TEST_CASE("FoldedWordSet keeps every word through growth") {
  FoldedWordSet set;
  for (int k = 0; k < 5000; ++k) set.insert("w" + std::to_string(k));
  CHECK(set.size() == 5000);
  int found = 0;
  for (int k = 0; k < 5000; ++k) found += set.contains("w" + std::to_string(k));
  CHECK(found == 5000);
  CHECK_FALSE(set.contains("w5000"));
}

TEST_CASE("TokenFeatures folds and hashes every token as the lexicons do") {
  const TokenizedText text = tokenize("Fran\xC3\xA7ois Hollande met Jean-Yves Le Drian's aides \xE2\x80\x94 in PARIS.");
  const TokenFeatures features(text);
  REQUIRE(features.folded().size() == text.tokens.size());
  REQUIRE(features.hashes().size() == text.tokens.size());
  struct Row { size_t token; std::string folded; };
  const Row rows[] = {
      {0, "francois"}, {1, "hollande"}, {3, "jean-yves"}, {5, "drian"}, {6, "'s"}, {10, "paris"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.token);
    CHECK(features.folded()[r.token] == r.folded);
    CHECK(features.hashes()[r.token] == folded_token_hash(r.folded));
  }
}

TEST_CASE("PhraseTrie gives the same match with and without precomputed hashes") {
  PhraseTrie trie;
  trie.add(fold_tokens("air strikes"), 1);
  trie.add(fold_tokens("air"), 2);
  trie.add(fold_tokens("Jean-Yves Le Drian"), 3);
  const TokenizedText text = tokenize("French air strikes hit, said Jean-Yves Le Drian; the air cleared");
  const TokenFeatures features(text);
  const size_t n = text.tokens.size();
  struct Row { size_t token; size_t length; uint32_t payload; };
  const Row rows[] = {
      {0, 0, 0},  // "French": no phrase
      {1, 2, 1},  // "air strikes", the longest
      {6, 3, 3},  // "Jean-Yves Le Drian"
      {11, 1, 2}, // "air" alone
  };
  for (const Row& r : rows) {
    CAPTURE(r.token);
    const auto [node, length] = trie.longest(features.tokens(), r.token, n);
    CHECK(length == r.length);
    if (length > 0) CHECK(trie.payloads(node).front() == r.payload);
    const auto [node2, length2] = trie.longest(features.folded(), r.token, n);
    CHECK(length2 == length);
    CHECK(node2 == node);
  }
  // The end bound is respected: "air strikes" cut after "air".
  CHECK(trie.longest(features.tokens(), 1, 2).second == 1);
}

}  // namespace eventgraph
