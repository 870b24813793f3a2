#include "extract/timex_value.h"

#include <doctest/doctest.h>

namespace eventgraph {

TEST_CASE("parse_timex_interval") {
  struct Row { const char* value; const char* first; const char* last; Precision precision; };
  const Row rows[] = {
      {"2015-11-17", "2015-11-17", "2015-11-17", Precision::kDay},
      {"2015-11-17T09:00", "2015-11-17", "2015-11-17", Precision::kDay},
      {"2015-W47", "2015-11-16", "2015-11-22", Precision::kWeek},
      {"2015-W47-WE", "2015-11-21", "2015-11-22", Precision::kWeek},
      {"2015-11", "2015-11-01", "2015-11-30", Precision::kMonth},
      {"2016-02", "2016-02-01", "2016-02-29", Precision::kMonth},
      {"2015-Q4", "2015-10-01", "2015-12-31", Precision::kQuarter},
      {"2015-H1", "2015-01-01", "2015-06-30", Precision::kHalf},
      {"2015-SU", "2015-06-01", "2015-08-31", Precision::kSeason},
      {"2015-WI", "2015-12-01", "2016-02-29", Precision::kSeason},
      {"2015", "2015-01-01", "2015-12-31", Precision::kYear},
      {"199", "1990-01-01", "1999-12-31", Precision::kDecade},
      {"19", "1900-01-01", "1999-12-31", Precision::kCentury},
  };
  for (const Row& r : rows) {
    CAPTURE(r.value);
    const auto i = parse_timex_interval(r.value);
    REQUIRE(i.has_value());
    CHECK(format_iso(i->first) == r.first);
    CHECK(format_iso(i->last) == r.last);
    CHECK(i->precision == r.precision);
  }
  for (const char* bad : {"", "XXXX-XX-XX", "PT3H", "P1Y", "2015-13", "2015-02-30", "2015-W60", "2015-Q5", "abcd"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_timex_interval(bad));
  }
}

TEST_CASE("timex_values_agree") {
  CHECK(timex_values_agree("2015-11-17", "2015-11-17"));
  CHECK(timex_values_agree("2015-11-17", "2015-W47"));
  CHECK(timex_values_agree("2015-11", "2015-11-30"));
  CHECK_FALSE(timex_values_agree("2015-11-17", "2015-11-18"));
  CHECK_FALSE(timex_values_agree("2015-W46", "2015-W47"));
  CHECK_FALSE(timex_values_agree("XXXX-XX-XX", "2015-11-17"));
}

}  // namespace eventgraph
