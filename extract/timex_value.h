// timex_value.h: what calendar interval a TIMEX3 value denotes.
//
// Timelines sort and filter by date, and events merge when their dates agree,
// so every consumer needs the same reading of "2015-W47" or "2015-Q4".
//
//   TimexInterval i = *parse_timex_interval("2015-W47");
//   i.first;      // 2015-11-16 (Monday)
//   i.last;       // 2015-11-22
//   i.precision;  // Precision::kWeek
//   parse_timex_interval("XXXX-XX-XX");  // nullopt: not anchored
//   parse_timex_interval("PT3H");        // nullopt: a duration
#pragma once

#include <optional>
#include <string_view>

#include "extract/text/civil_date.h"

namespace eventgraph {

enum class Precision { kDay, kWeek, kMonth, kQuarter, kSeason, kHalf, kYear, kDecade, kCentury };
const char* precision_name(Precision p);  // "day", "week", "month", ...

struct TimexInterval {
  CivilDate first;
  CivilDate last;  // inclusive
  Precision precision = Precision::kDay;
};

// Accepts YYYY-MM-DD (with an optional time part "T..."), YYYY-Www, YYYY-Www-WE,
// YYYY-MM, YYYY-Qn, YYYY-SP/SU/FA/WI, YYYY-H1/H2, YYYY, YYY (decade), YY (century).
// nullopt for placeholders with X, durations, sets and anything malformed.
std::optional<TimexInterval> parse_timex_interval(std::string_view value);

// True when two values can name the same happening: one interval contains the
// other ("2015-11-17" and "2015-W47" agree; "2015-11-17" and "2015-11-18" do not).
bool timex_values_agree(std::string_view a, std::string_view b);

}  // namespace eventgraph
