// Tokens to Universal Dependencies words: each row is a text and the words
// the treebank would have, checked against EWT's tokenization ("don't" is
// "do" + "n't", "five-year" is "five" + "-" + "year").
#include "extract/syntax/ud_words.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace eventgraph::syntax {
namespace {

std::string words_of(const std::string& text) {
  const TokenizedText t = tokenize(text);
  std::string out;
  for (const Sentence& s : t.sentences)
    for (const SyntaxWord& w : ud_words(t, s)) out += (out.empty() ? "" : "|") + std::string(w.form);
  return out;
}

TEST_CASE("ud_words splits clitics and hyphens as the treebank does") {
  struct Row {
    const char* text;
    const char* words;
  };
  const Row rows[] = {
      {"I don't know.", "I|do|n't|know|."},
      {"They can't and won't.", "They|ca|n't|and|wo|n't|."},
      {"We cannot wait.", "We|can|not|wait|."},
      {"They're here, we'll see, I'm sure, I've seen, he'd go.",
       "They|'re|here|,|we|'ll|see|,|I|'m|sure|,|I|'ve|seen|,|he|'d|go|."},
      {"It doesn\xE2\x80\x99t matter.", "It|does|n\xE2\x80\x99t|matter|."},
      {"A five-year plan.", "A|five|-|year|plan|."},
      {"Jean-Yves Le Drian spoke.", "Jean|-|Yves|Le|Drian|spoke|."},
      {"Russia's navy.", "Russia|'s|navy|."},
      {"The U.S.-led coalition.", "The|U.S.|-|led|coalition|."},
      {"Don", "Don"},        // no clitic in a name that ends like one
      {"Ford", "Ford"},
      {"isn't", "is|n't"},
      // A period inside a sentence stays with its abbreviation; the one
      // that ends a quotation or a bracket is a word of its own.
      {"Acme Corp. rose.", "Acme|Corp.|rose|."},
      {"He said \"it is over.\"", "He|said|\"|it|is|over|.|\""},
      {"(Shares rose.)", "(|Shares|rose|.|)"},
  };
  for (const Row& r : rows) CHECK_MESSAGE(words_of(r.text) == r.words, r.text);
}

TEST_CASE("ud_words keeps every word's byte span and marks split tokens") {
  const std::string text = "I don't know.";
  const TokenizedText t = tokenize(text);
  const std::vector<SyntaxWord> w = ud_words(t, t.sentences[0]);
  REQUIRE(w.size() == 5);
  CHECK(w[1].span == Span{2, 4});  // "do"
  CHECK(w[2].span == Span{4, 7});  // "n't"
  CHECK(w[1].joined_to_next);
  CHECK_FALSE(w[2].joined_to_next);
  CHECK_FALSE(w[1].space_after);
  CHECK(w[2].space_after);
  CHECK_FALSE(w[3].space_after);  // "know" then "."
  for (const SyntaxWord& x : w) CHECK(text.substr(x.span.start, x.span.size()) == x.form);
}

}  // namespace
}  // namespace eventgraph::syntax
