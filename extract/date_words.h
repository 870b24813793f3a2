// date_words.h: month and weekday names, shared by the dateline reader and the
// temporal tagger so both accept the same spellings.
//
//   month_from_word("Nov.")      // 11
//   month_from_word("september") // 9
//   weekday_from_word("Tues")    // 2
//   month_from_word("Mayday")    // 0: not a month
#pragma once

#include <string_view>

namespace eventgraph {

// 1..12 for a month name or its abbreviation (a trailing '.' is allowed, case
// is ignored), 0 otherwise. Whether "May" or "March" is the month in context is
// the caller's decision.
int month_from_word(std::string_view word);

// 1 (Monday) .. 7 (Sunday) for a weekday name or abbreviation, 0 otherwise.
int weekday_from_word(std::string_view word);

// True when `word` has only ASCII letters and equals `lower` ignoring ASCII case.
bool equals_ignore_case(std::string_view word, std::string_view lower);

}  // namespace eventgraph
