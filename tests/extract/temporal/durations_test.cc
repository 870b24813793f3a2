// Durations, floating ("for two weeks") and anchored at one end ("the past
// two weeks": TIMEX3 beginPoint and endPoint), worked out by hand from a
// calendar as in temporal_test.cc.
#include "extract/temporal/temporal.h"

#include <doctest/doctest.h>

#include "tests/extract/temporal/temporal_rows.h"

namespace eventgraph {
namespace {

TEST_CASE("durations") {
  check_rows({
      {"The talks lasted for three hours.", D, "three hours", "DURATION", "PT3H"},
      {"Stocks fell for six straight days.", D, "six straight days", "DURATION", "P6D"},
      {"The process would take between 60 and 90 days.", D, "60", "DURATION", "P60D"},
      {"The process would take between 60 and 90 days.", D, "90 days", "DURATION", "P90D"},
      {"Children aged 5 to 10 years old were hurt.", D, "", "", ""},
      {"The economy shrank for two consecutive quarters.", D, "two consecutive quarters", "DURATION", "P2Q"},
      {"Three quarters of the shares were sold.", D, "", "", ""},
      {"The siege lasted 16 hours.", D, "16 hours", "DURATION", "PT16H"},
      {"The truce held for two weeks.", D, "two weeks", "DURATION", "P2W"},
      {"They agreed a 60-day ceasefire.", D, "60-day", "DURATION", "P60D"},
      {"They agreed a five-year plan.", D, "five-year", "DURATION", "P5Y"},
      {"The war lasted a decade.", D, "a decade", "DURATION", "P10Y"},
      {"The feud lasted two decades.", D, "two decades", "DURATION", "P20Y"},
      {"The church stood for three centuries.", D, "three centuries", "DURATION", "P300Y"},
      {"The feud lasted for decades.", D, "decades", "DURATION", "PXY"},
      {"The strike lasted several days.", D, "several days", "DURATION", "PXD"},
      {"The meeting lasted about 30 minutes.", D, "about 30 minutes", "DURATION", "PT30M", "APPROX"},
      {"The siege lasted more than two years.", D, "more than two years", "DURATION", "P2Y", "MORE_THAN"},
      {"The siege lasted nearly five months.", D, "nearly five months", "DURATION", "P5M", "LESS_THAN"},
      {"The meeting took half an hour.", D, "half an hour", "DURATION", "PT30M"},
      {"The project took a year and a half.", D, "a year and a half", "DURATION", "P1.5Y"},
      {"The project took almost two and a half years.", D, "almost two and a half years", "DURATION", "P2.5Y", "LESS_THAN"},
      {"They waited one and a half hours.", D, "one and a half hours", "DURATION", "PT1.5H"},
      {"The feud has gone on for years.", D, "years", "DURATION", "PXY"},
      {"The company grew over the years.", D, "the years", "DURATION", "PXY"},
      {"The summit will take place over the next two days.", D, "the next two days", "DURATION", "P2D"},
      {"Prices doubled in the past two years.", D, "the past two years", "DURATION", "P2Y"},
      {"Prices will rise in the next three months.", D, "the next three months", "DURATION", "P3M"},
      {"He set goals for the first 100 days.", D, "the first 100 days", "DURATION", "P100D"},
      {"Police imposed a 24-hour curfew.", D, "24-hour", "DURATION", "PT24H"},
      {"Repairs take at least three weeks.", D, "at least three weeks", "DURATION", "P3W", "EQUAL_OR_MORE"},
      {"Prices rose in the past week.", D, "the past week", "DURATION", "P1W"},
      {"Sales fell over last two weeks.", D, "last two weeks", "DURATION", "P2W"},
      {"Rain is forecast for next 3 days.", D, "next 3 days", "DURATION", "P3D"},
  });
}

// A duration reaching up to or on from a date gets its TIMEX3 begin and end
// points: the publication date (the past, the next) or the story's date (the
// previous). Empty when the duration floats, has no count, counts hours, or
// lies inside another period.
TEST_CASE("durations anchored at one end") {
  struct Reach {
    const char* text;
    const char* dct;
    const char* span;
    const char* begin;  // "" when there must be none
    const char* end;
  };
  const Reach rows[] = {
      {"Prices fell over the past two weeks.", D, "the past two weeks", "2015-11-04", "2015-11-18"},
      {"Talks will go on over the next three days.", D, "the next three days", "2015-11-18", "2015-11-21"},
      {"Sales rose in the last six months.", D, "the last six months", "2015-05-18", "2015-11-18"},
      {"Rain is forecast for next 3 days.", D, "next 3 days", "2015-11-18", "2015-11-21"},
      {"The past year was hard.", D, "The past year", "2014-11-18", "2015-11-18"},
      {"Prices rose in the past decade.", D, "the past decade", "2005-11-18", "2015-11-18"},
      // The same day a year before 29 February is the 28th.
      {"The past year was hard.", "2016-02-29", "The past year", "2015-02-28", "2016-02-29"},
      {"On March 31, 2015, it said sales fell in the previous three months.", D, "the previous three months",
       "2014-12-31", "2015-03-31"},
      {"The last two years of the war were hard.", D, "The last two years", "", ""},
      {"The truce held for two weeks.", D, "two weeks", "", ""},
      {"The next few days matter.", D, "The next few days", "", ""},
      {"He set goals for the first 100 days.", D, "the first 100 days", "", ""},
      {"It rained in the past 24 hours.", D, "the past 24 hours", "", ""},
      {"Prices fell over the past two weeks.", "", "the past two weeks", "", ""},
  };
  for (const Reach& r : rows) {
    const std::string text = r.text, dct = r.dct;
    CAPTURE(text);
    CAPTURE(dct);
    const Timex* hit = nullptr;
    const std::vector<Timex> found = tag(r.text, r.dct);
    for (const Timex& t : found) {
      if (t.text == r.span) hit = &t;
    }
    REQUIRE(hit != nullptr);
    CHECK((hit->begin_point ? format_iso(*hit->begin_point) : "") == std::string(r.begin));
    CHECK((hit->end_point ? format_iso(*hit->end_point) : "") == std::string(r.end));
  }
}

}  // namespace
}  // namespace eventgraph
