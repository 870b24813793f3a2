// Numbers against times and years: long numbers, four-digit clock times as
// wire copy writes them, and numbers that only look like early years.
#include "extract/temporal/temporal.h"

#include <doctest/doctest.h>

#include "tests/extract/temporal/temporal_rows.h"

namespace eventgraph {
namespace {

TEST_CASE("long numbers are no time expressions") {
  check_rows({
      {"Price 5555555555 today.", D, "today", "DATE", "2015-11-18"},
      {"Account 999999999 was closed.", D, "", "", ""},
      {"Account 2147483648 was closed.", D, "", "", ""},
      {"Serial 123456789012345678901234567890 was filed.", D, "", "", ""},
      {"It lasted 18444444444444444444444444444444444444444444444444 days.", D, "", "", ""},
      {"It lasted 12345678901.5 days.", D, "", "", ""},
      {"It lasted 2.5 days.", D, "2.5 days", "DURATION", "P2.5D"},
  });
}

// Wire copy writes clock times as four digits ("1130 GMT"); they were read
// as the year 1130, and the Reuters timeline opened with "Year 1000".
TEST_CASE("four-digit clock times are times, not years") {
  check_rows({
      {"The meeting is set for 1130 GMT today.", "1987-03-02", "1130 GMT today", "TIME", "1987-03-02T11:30Z"},
      {"Trading resumes at 0900 local time.", "1987-03-02", "0900 local", "TIME", "1987-03-02T09:00"},
      {"The board met at 1650 hours.", "1987-03-02", "1650 hours", "TIME", "1987-03-02T16:50"},
      {"Orders entered by 1000 London time count.", "1987-03-02", "1000 London time", "TIME", "1987-03-02T10:00"},
      {"The market will open at 1000.", "1987-03-02", "1000", "TIME", "1987-03-02T10:00"},
      {"Talks resumed at 1430 hrs.", "1987-03-02", "1430 hrs", "TIME", "1987-03-02T14:30"},
      {"Prices closed at 2000 EST.", "1987-03-02", "2000 EST", "TIME", "1987-03-02T20:00"},
      {"Trading opens at 0900 CST.", "1987-03-02", "0900 CST", "TIME", "1987-03-02T09:00"},
      {"The session closes at 0945.", "1987-03-02", "0945", "TIME", "1987-03-02T09:45"},
      {"Orders by 0800 London time count.", "1987-03-02", "0800 London time", "TIME", "1987-03-02T08:00"},
      {"The company was founded in 1881.", "1987-03-02", "1881", "DATE", "1881"},
      // The first of a range with the cue on the second; a time after a clock was told.
      {"A session between 1800 and 2100 local time.", "1987-03-02", "1800", "TIME", "1987-03-02T18:00"},
      {"The meeting set for 1130 GMT was moved to 1430.", "1987-03-02", "1130 GMT", "TIME", "1987-03-02T11:30Z"},
      {"The meeting set for 1130 GMT today was rescheduled for 1430.", "1987-03-02", "1430", "TIME",
       "1987-03-02T14:30"},
      {"The pilots flew 1200 hours last year.", "1987-03-02", "last year", "DATE", "1986"},
  });
  for (const Timex& t : tag("The pilots flew 1200 hours last year.", "1987-03-02"))
    CHECK_MESSAGE(t.type != TimexType::kTime, t.text);  // a duration of hours, not 12:00
}

// Numbers that only look like early years, all from Reuters: the timeline
// opened with "Month 1250-11" (a price table) before they were told apart.
TEST_CASE("numbers that look like early years") {
  check_rows({
      {"Orders are not accepted after 1530 if they are late.", "1987-03-02", "", "", ""},
      {"It will fund a loan for 1420 K Street in Washington.", "1987-03-02", "", "", ""},
      {"The fund paid for 1250 Park Avenue.", "1987-03-02", "", "", ""},
      {"The Dow rose to a closing figure of 1841.", "1987-03-02", "", "", ""},
      {"May 1255 ASK Jul 1285 BID Sep 1285 BID", "1987-03-02", "", "", ""},
      {"Dec 1320 BID Mar 1335/1345 ba", "1987-03-02", "", "", ""},
      {"Sep 1308 bid Dec 1330 bid", "1987-03-02", "", "", ""},
      {"The Mint was founded in 1530 by the king.", "1987-03-02", "1530", "DATE", "1530"},  // "in": a year
      {"The treaty of July 1776 still holds.", "1987-03-02", "July 1776", "DATE", "1776-07"},
      {"The war of 1812 ended.", "1987-03-02", "1812", "DATE", "1812"},
  });
}
}  // namespace
}  // namespace eventgraph
