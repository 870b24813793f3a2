// date_words.h: month and weekday names, shared by the dateline reader and the
// temporal tagger so both accept the same spellings.
//
//   month_from_word("Nov.")      // 11
//   month_from_word("september") // 9
//   weekday_from_word("Tues")    // 2
//   month_from_word("Mayday")    // 0: not a month
#pragma once

#include <initializer_list>
#include <string_view>

namespace eventgraph {

// 1..12 for a month name or its abbreviation (a trailing '.' is allowed, case
// is ignored), 0 otherwise. Whether "May" or "March" is the month in context is
// the caller's decision.
int month_from_word(std::string_view word);

// 1 (Monday) .. 7 (Sunday) for a weekday name or abbreviation, 0 otherwise.
int weekday_from_word(std::string_view word);

// True when `word` equals `lower` (given in lower case) ignoring ASCII case.
// Inline: the scanners call it in their innermost loops.
inline bool equals_ignore_case(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// True when `word` equals one of `words` exactly. Taking string_views (not a
// braced list of C strings) lets the compiler measure the literals.
inline bool equals_any(std::string_view word, std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words) {
    if (word == w) return true;
  }
  return false;
}

// True when `word` equals one of `lower` ignoring ASCII case.
inline bool equals_any_ignore_case(std::string_view word, std::initializer_list<std::string_view> lower) {
  for (const std::string_view l : lower) {
    if (equals_ignore_case(word, l)) return true;
  }
  return false;
}

}  // namespace eventgraph
