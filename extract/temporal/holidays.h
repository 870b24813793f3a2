// holidays.h: named days (data/holidays.txt) and the date each falls on in a
// given year.
//
//   const Holiday* h = match_holiday(tokens, i, end, &length);  // "Thanksgiving"
//   holiday_date(*h, 2013);                                    // 2013-11-28
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/civil_date.h"
#include "extract/text/text.h"

namespace eventgraph {

struct Holiday {
  std::vector<std::string> words;  // lower case, as tokenized: "new", "year", "'s", "day"
  enum class Rule { kFixed, kEaster, kNth, kLast } rule = Rule::kFixed;
  int month = 0;
  int day_or_n = 0;
  int weekday = 0;
  int offset = 0;
};

// Western (Gregorian) Easter Sunday of `year`.
CivilDate easter_sunday(int year);

// The date of `h` in `year`.
CivilDate holiday_date(const Holiday& h, int year);

// The longest holiday name starting at token i of `text` (before `end`), and
// its length in tokens; nullptr when none. Case is ignored; straight and
// curly apostrophes are the same.
const Holiday* match_holiday(const TokenizedText& text, size_t i, size_t end, size_t* length);

// The holiday at index `index` of the table (TimeExpr::holiday), and the
// table's size.
const Holiday& holiday_at(int index);
int holiday_count();
int holiday_index(const Holiday* h);

}  // namespace eventgraph
