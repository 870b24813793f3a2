// temporal_words.h: the closed word classes of English time expressions.
//
//   number_word("twenty-five")  // 25
//   ordinal_word("31st")        // 31
//   unit_word("weeks")          // Unit::kWeek
//   part_of_day("evening")      // "EV"
#pragma once

#include <string_view>

#include "extract/temporal/time_expr.h"

namespace eventgraph {

// Cardinals written as words, "one" .. "ninety-nine", "a dozen" excluded; -1 otherwise.
int number_word(std::string_view word);
// Ordinals as words or digits with a suffix: "first", "thirty-first", "1st", "22nd"; -1 otherwise.
int ordinal_word(std::string_view word);
// Units of time, singular or plural, with common abbreviations; kNone otherwise.
Unit unit_word(std::string_view word);
// TIMEX3 parts of day: "MO", "AF", "EV", "NI", "DT"; "" otherwise.
std::string_view part_of_day(std::string_view word);
// TIMEX3 seasons: "SP", "SU", "FA", "WI"; "" otherwise.
std::string_view season_word(std::string_view word);

}  // namespace eventgraph
