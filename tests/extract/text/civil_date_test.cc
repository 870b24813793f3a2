#include "extract/text/civil_date.h"

#include <doctest/doctest.h>

namespace eventgraph {

TEST_CASE("is_valid_date") {
  struct Row { int y, m, d; bool valid; };
  const Row rows[] = {
      {2015, 11, 18, true},
      {2015, 2, 28, true},
      {2015, 2, 29, false},  // not a leap year
      {2016, 2, 29, true},   // leap year
      {1900, 2, 29, false},  // century, not leap
      {2000, 2, 29, true},   // 400-year rule
      {2015, 2, 30, false},
      {2015, 4, 31, false},
      {2015, 13, 1, false},
      {2015, 0, 1, false},
      {2015, 1, 0, false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.y); CAPTURE(r.m); CAPTURE(r.d);
    CHECK(is_valid_date(r.y, r.m, r.d) == r.valid);
  }
}

TEST_CASE("weekday and ISO week") {
  struct Row { CivilDate d; int weekday; const char* week; };
  const Row rows[] = {
      {{2015, 11, 18}, 3, "2015-W47"},  // a Wednesday
      {{2015, 11, 16}, 1, "2015-W47"},
      {{2015, 11, 22}, 7, "2015-W47"},
      {{1970, 1, 1}, 4, "1970-W01"},
      {{2013, 2, 12}, 2, "2013-W07"},
      {{2021, 1, 3}, 7, "2020-W53"},    // belongs to the previous ISO year
      {{2018, 12, 31}, 1, "2019-W01"},  // belongs to the next ISO year
      {{2000, 2, 29}, 2, "2000-W09"},
  };
  for (const Row& r : rows) {
    CAPTURE(format_iso(r.d));
    CHECK(weekday(r.d) == r.weekday);
    CHECK(format_iso_week(r.d) == r.week);
  }
}

TEST_CASE("day arithmetic") {
  CHECK(format_iso(add_days({2015, 11, 18}, -1)) == "2015-11-17");
  CHECK(format_iso(add_days({2015, 12, 31}, 1)) == "2016-01-01");
  CHECK(format_iso(add_days({2016, 3, 1}, -1)) == "2016-02-29");
  CHECK(format_iso(add_months({2015, 1, 31}, 1)) == "2015-02-28");
  CHECK(format_iso(add_months({2015, 1, 15}, -2)) == "2014-11-15");
  CHECK(format_iso(monday_of_iso_week(2015, 47)) == "2015-11-16");
  CHECK(format_iso(monday_of_iso_week(2020, 53)) == "2020-12-28");
  CHECK(civil_from_days(days_from_civil({1987, 2, 26})) == CivilDate{1987, 2, 26});
}

TEST_CASE("parse_iso_date") {
  CHECK(parse_iso_date("2015-11-18") == CivilDate{2015, 11, 18});
  CHECK(parse_iso_date("2015-11-18T10:32:00Z") == CivilDate{2015, 11, 18});
  CHECK(parse_iso_date("1987-02-26 15:01:01") == CivilDate{1987, 2, 26});
  CHECK_FALSE(parse_iso_date("2015-02-30"));
  CHECK_FALSE(parse_iso_date("2015-11"));
  CHECK_FALSE(parse_iso_date("18/11/2015"));
  CHECK_FALSE(parse_iso_date("2015-11-18x"));
  CHECK_FALSE(parse_iso_date(""));
}

TEST_CASE("zero_padded: printf's %0*d by hand") {
  struct Row { int value; int width; const char* text; };
  const Row rows[] = {
      {7, 2, "07"},      {11, 2, "11"},   {2015, 4, "2015"}, {800, 4, "0800"}, {12345, 4, "12345"},
      {0, 3, "000"},     {199, 3, "199"}, {-5, 4, "-005"},   {-2015, 4, "-2015"}, {5, 0, "5"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.value);
    CHECK(zero_padded(r.value, r.width) == r.text);
  }
  CHECK(format_year(800) == "0800");
  CHECK(format_iso_month(2015, 2) == "2015-02");
}

}  // namespace eventgraph
