#include "extract/text/text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace eventgraph {
namespace {

std::vector<std::string> words(const std::string& text) {
  const TokenizedText t = tokenize(text);
  std::vector<std::string> out;
  for (const Token& tok : t.tokens) out.emplace_back(t.text(tok));
  return out;
}

using W = std::vector<std::string>;

}  // namespace

TEST_CASE("tokens keep news units together") {
  CHECK(words("U.S. forces") == W{"U.S.", "forces"});
  CHECK(words("Jean-Yves Le Drian") == W{"Jean-Yves", "Le", "Drian"});
  CHECK(words("the G20 summit") == W{"the", "G20", "summit"});
  CHECK(words("155,221 bags") == W{"155,221", "bags"});
  CHECK(words("5.93 mln") == W{"5.93", "mln"});
  CHECK(words("the 17th and 1990s") == W{"the", "17th", "and", "1990s"});
  CHECK(words("O'Brien said") == W{"O'Brien", "said"});
  CHECK(words("9 a.m. today") == W{"9", "a.m.", "today"});
}

TEST_CASE("tokens split punctuation and possessives") {
  CHECK(words("Russia's stance") == W{"Russia", "'s", "stance"});
  CHECK(words("Russia\xE2\x80\x99s stance") == W{"Russia", "\xE2\x80\x99s", "stance"});
  CHECK(words("2015-11-18") == W{"2015", "-", "11", "-", "18"});
  CHECK(words("11/17/2015") == W{"11", "/", "17", "/", "2015"});
  CHECK(words("Assad \xE2\x80\x94 a ally") == W{"Assad", "\xE2\x80\x94", "a", "ally"});
  CHECK(words("last fall -- overriding") == W{"last", "fall", "--", "overriding"});  // a typed dash, one mark
  CHECK(words("fall--overriding") == W{"fall", "--", "overriding"});
  CHECK(words("\"as allies,\"") == W{"\"", "as", "allies", ",", "\""});
  CHECK(words("Nov. 17, 2015") == W{"Nov", ".", "17", ",", "2015"});
}

TEST_CASE("token flags") {
  const TokenizedText t = tokenize("NATO met\n\nPutin \xC3\x89lys\xC3\xA9" "e");
  REQUIRE(t.tokens.size() == 4);
  CHECK(t.tokens[0].has(kAllCaps));
  CHECK(t.tokens[0].has(kCapitalized));
  CHECK_FALSE(t.tokens[1].has(kCapitalized));
  CHECK(t.tokens[2].has(kParagraphBefore));
  CHECK(t.tokens[3].has(kCapitalized));  // É
  CHECK_FALSE(t.tokens[3].has(kAllCaps));
}

TEST_CASE("kHyphenated: words joined by a hyphen, nothing else") {
  struct Row { const char* text; bool hyphenated; };
  const Row rows[] = {
      {"five-year", true},
      {"Jean-Yves", true},
      {"mid-2015", true},
      {"O'Brien", false},
      {"U.S.", false},
      {"year", false},
      {"2015-11-18", false},  // a number, a dash, a number...
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    const TokenizedText t = tokenize(r.text);
    REQUIRE_FALSE(t.tokens.empty());
    CHECK(t.tokens[0].has(kHyphenated) == r.hyphenated);
  }
}

TEST_CASE("sentences") {
  struct Row { const char* text; size_t sentences; };
  const Row rows[] = {
      {"Putin met Obama on Nov. 17. Talks followed.", 2},
      {"Mr. Smith arrived. He left.", 2},
      {"George W. Bush spoke.", 1},
      {"It cost 5.93 mln. Prices rose.", 2},
      {"\"We agree.\" He said so.", 2},
      {"Title line\n\nBody starts here.", 2},
      {"Is it over? Yes! Done.", 3},
      {"in the U.S. on Tuesday", 1},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(tokenize(r.text).sentences.size() == r.sentences);
  }
}

TEST_CASE("is_abbreviation: a period after these words ends no sentence") {
  struct Row { std::string word; bool abbreviation; };
  const Row rows[] = {
      {"Mr", true},
      {"MRS", true},       // case ignored
      {"Lieut", true},
      {"approx", true},    // six letters, the longest listed
      {"Nov", true},       // month abbreviations
      {"Sept", true},
      {"Tues", true},      // weekday abbreviations
      {"W", true},         // an initial: "George W. Bush"
      {"w", false},        // a lower-case letter is no initial
      {"May", false},      // a month that is a word
      {"June", false},
      {"March", false},    // five letters: a word
      {"Monday", false},
      {"Mrs.", false},     // the period is its own token
      {"mister", false},
      {"", false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.word);
    CHECK(is_abbreviation(r.word) == r.abbreviation);
  }
}

TEST_CASE("sentence_of maps tokens to sentences") {
  const TokenizedText t = tokenize("One two. Three four.");
  CHECK(t.sentence_of(0) == 0);
  CHECK(t.sentence_of(2) == 0);
  CHECK(t.sentence_of(3) == 1);
}

TEST_CASE("url_and_email_tokens: web addresses and e-mail addresses, whole") {
  struct Row { std::string text; bool marker; std::string blocked; };
  const Row rows[] = {
      {"Visit www.example.com today.", true, "www . example . com"},
      {"Mail news@example.com or call.", true, "news @ example . com"},
      {"HTTPS://Example.org/a-b 50809 next", true, "HTTPS : / / Example . org / a-b 50809"},  // the trailer's number too
      {"The Whitehall meeting went on.", false, ""},  // a W word is no "www"
      {"What @ means", true, "@"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    const TokenizedText t = tokenize(r.text);
    CHECK(t.has_url_marker == r.marker);
    const std::vector<uint8_t> blocked = url_and_email_tokens(t);
    std::string got;
    for (size_t i = 0; i < t.tokens.size(); ++i) {
      if (!blocked[i]) continue;
      if (!got.empty()) got += ' ';
      got += t.text(i);
    }
    CHECK(got == r.blocked);
  }
}

TEST_CASE("evidence_window: the sentence, or a window of it around the focus") {
  // 40 letters, a trigger at 20..25, a multi-byte character at 30..32.
  const std::string text = "aaaaaaaaaaaaaaaaaaaaTRIGGaaaaa\xc3\xa9" "aaaaaaaa";
  struct Row { Span sentence; Span focus; uint32_t max; Span want; };
  const Row rows[] = {
      {{0, 40}, {20, 25}, 100, {0, 40}},   // short enough: the whole sentence
      {{0, 40}, {20, 25}, 10, {17, 27}},   // centred on the trigger
      {{0, 40}, {0, 3}, 10, {0, 10}},      // at the start: kept inside the sentence
      {{0, 40}, {38, 40}, 10, {30, 40}},   // at the end likewise
      {{0, 40}, {28, 30}, 3, {28, 30}},    // 28..31 would cut the é after its first byte: ends before it
      {{0, 40}, {31, 33}, 2, {30, 32}},    // 31..33 would start inside the é: starts at its first byte
      {{5, 500}, {20, 25}, 100, {5, 40}},  // a span past the text's end is clipped
  };
  for (const Row& r : rows) {
    CAPTURE(r.focus.start);
    CAPTURE(r.max);
    const Span got = evidence_window(text, r.sentence, r.focus, r.max);
    CHECK(got.start == r.want.start);
    CHECK(got.end == r.want.end);
  }
}

TEST_CASE("one_line: line breaks and tabs become spaces, byte for byte") {
  CHECK(one_line("Talks\nin\r\nVienna\tended.", Span{0, 25}) == "Talks in  Vienna ended.");
  CHECK(one_line("abc", Span{1, 3}) == "bc");
  CHECK(one_line("abc", Span{2, 9}) == "c");
}

}  // namespace eventgraph
