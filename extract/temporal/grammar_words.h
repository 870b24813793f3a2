// grammar_words.h: the words the temporal grammar tests by name, each with a
// small id. Internal to extract/temporal.
//
//   using namespace grammar_literals;
//   is(i, "the"_gw)   // token i reads "the", "The" or "THE"
//
// The scanner looks each token's id up once (temporal_word_info()), so a test
// in the grammar is one compare of two bytes instead of a string compare; the
// grammar makes tens of such tests at every place an expression may start.
// A literal missing from kGrammarWords is a compile error, not a silent miss.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace eventgraph {

// 0 is "no grammar word".
using GrammarWord = uint8_t;

// Lower case, as equals_ignore_case() compares: a token matches a word when
// its ASCII letters, lowered, spell it.
inline constexpr std::string_view kGrammarWords[] = {
    "", "'s", "\xE2\x80\x99s", "-old", "a", "a.d", "a.d.", "a.m", "a.m.", "about", "ad", "after",
    "afterward", "afterwards", "ago", "almost", "am", "an", "and", "annual", "annually",
    "approximately", "around", "as", "ash", "at", "autumn", "back", "before", "began", "begin",
    "beginning", "being", "between", "billion", "black", "bloody", "blue", "bst", "but", "by",
    "cdt", "ce", "century", "cet", "circa", "close", "closed", "closing", "coming", "consecutive",
    "couple", "cst", "current", "currently", "cyber", "d", "daily", "day", "days", "decades",
    "dozens", "during", "each", "earlier", "early", "easter", "edt", "end", "ended", "ending",
    "ends", "entire", "est", "every", "fall", "few", "fewer", "final", "finish", "finished",
    "first", "fiscal", "following", "for", "fri", "from", "full", "future", "fy", "giving", "gmt",
    "good", "h", "half", "he", "hence", "her", "his", "holy", "hourly", "hrs", "hundreds", "in",
    "into", "it", "its", "last", "late", "later", "latest", "least", "less", "little", "local",
    "long", "many", "maundy", "mid", "midday", "middle", "midnight", "million", "month", "monthly",
    "months", "more", "most", "near", "nearly", "next", "night", "nightly", "noon", "now",
    "numerous", "o'clock", "of", "old", "on", "once", "or", "other", "over", "overnight", "p.m",
    "p.m.", "palm", "past", "pdt", "people", "per", "percent", "pm", "points", "preceding",
    "previous", "prior", "pst", "quarterly", "quarters", "recent", "recently", "roughly", "same",
    "several", "she", "short", "shrove", "since", "soldiers", "some", "spring", "start", "started",
    "straight", "successive", "summer", "super", "term", "than", "that", "the", "their", "they",
    "this", "thousands", "through", "throughout", "thru", "thu", "thur", "thurs", "till", "time",
    "times", "to", "today", "todays", "tomorrow", "tomorrows", "tonight", "tonnes", "tons", "took",
    "trading", "troops", "tue", "tues", "turn", "twice", "under", "until", "up", "upcoming", "utc",
    "very", "votes", "we", "week", "weekend", "weekly", "weeks", "when", "which", "whit", "whole",
    "winter", "within", "y", "year", "yearly", "years", "yesterday", "z",
};
inline constexpr size_t kGrammarWordCount = sizeof(kGrammarWords) / sizeof(kGrammarWords[0]);
static_assert(kGrammarWordCount <= 256, "GrammarWord is one byte");

// The id of `word`; evaluated at compile time, where a word not in the list
// fails to compile.
consteval GrammarWord grammar_word(std::string_view word) {
  for (size_t i = 1; i < kGrammarWordCount; ++i) {
    if (kGrammarWords[i] == word) return static_cast<GrammarWord>(i);
  }
  throw "not in kGrammarWords: add it there";
}

namespace grammar_literals {

// A string literal as a template argument, for the _gw suffix.
template <size_t N>
struct WordLiteral {
  consteval WordLiteral(const char (&s)[N]) {
    for (size_t i = 0; i < N; ++i) text[i] = s[i];
  }
  char text[N] = {};
};

template <WordLiteral W>
consteval GrammarWord operator""_gw() {
  return grammar_word(std::string_view(W.text, sizeof(W.text) - 1));
}

}  // namespace grammar_literals
}  // namespace eventgraph
