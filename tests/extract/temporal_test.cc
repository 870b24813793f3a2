// The temporal stage as a table: sentence, publication date, the expression
// expected (its exact span), its TIMEX3 type and value. Every value below was
// worked out by hand from a calendar: 2015-11-18 is a Wednesday in ISO week 47
// (Nov 16-22); 1987-02-26 is a Thursday; 2020-02-29 a Saturday in 2020-W09;
// 2021-01-03 a Sunday in 2020-W53.
#include "extract/temporal/temporal.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/extract/temporal/temporal_rows.h"

namespace eventgraph {

TEST_CASE("absolute and month-day dates") {
  check_rows({
      {"Polls closed on the eleventh of May 2010.", D, "the eleventh of May 2010", "DATE", "2010-05-11"},
      {"The deal was signed on November 18, 2015.", D, "November 18, 2015", "DATE", "2015-11-18"},
      {"It ended Nov. 17, 2015, in Paris.", D, "Nov. 17, 2015", "DATE", "2015-11-17"},
      {"They met on 17 November 2015 in Vienna.", D, "17 November 2015", "DATE", "2015-11-17"},
      {"They met on 17th November 2015 in Vienna.", D, "17th November 2015", "DATE", "2015-11-17"},
      {"It happened on the 17th of November, 2015.", D, "the 17th of November, 2015", "DATE", "2015-11-17"},
      {"Wednesday, November 18, 2015", D, "Wednesday, November 18, 2015", "DATE", "2015-11-18"},
      {"Gunmen attacked on Friday, Nov. 13, killing 130.", D, "Friday, Nov. 13", "DATE", "2015-11-13"},
      {"Russia began strikes on Sept. 30, 2015.", D, "Sept. 30, 2015", "DATE", "2015-09-30"},
      {"Russia began strikes on Sept. 30.", D, "Sept. 30", "DATE", "2015-09-30"},
      {"The vote is due on Dec. 6.", D, "Dec. 6", "DATE", "2015-12-06"},
      {"Talks ended on Dec. 6.", D, "Dec. 6", "DATE", "2014-12-06"},
      {"He arrived on January 5.", D, "January 5", "DATE", "2015-01-05"},
      {"The summit will open on January 5.", D, "January 5", "DATE", "2016-01-05"},
      {"Christmas falls on Dec. 25 this year.", D, "Dec. 25", "DATE", "2015-12-25"},
      {"The plane came down on Oct. 31, killing 224.", D, "Oct. 31", "DATE", "2015-10-31"},
      {"Voting ends on March 3, 2019.", D, "March 3, 2019", "DATE", "2019-03-03"},
      {"The law passed on May 5, 2014.", D, "May 5, 2014", "DATE", "2014-05-05"},
      {"Elections were held on June 1st.", D, "June 1st", "DATE", "2015-06-01"},
      {"The treaty was signed on 9 Nov 1989.", D, "9 Nov 1989", "DATE", "1989-11-09"},
      {"The talks resumed on Sunday, March 6, 2016.", D, "Sunday, March 6, 2016", "DATE", "2016-03-06"},
      {"An accord dated Feb. 12, 2015 is in force.", D, "Feb. 12, 2015", "DATE", "2015-02-12"},
  });
}

TEST_CASE("numeric dates") {
  check_rows({
      {"The filing is dated 2015-11-17.", D, "2015-11-17", "DATE", "2015-11-17"},
      {"The filing is dated 2015/11/17.", D, "2015/11/17", "DATE", "2015-11-17"},
      {"Posted 11/17/2015 by staff.", D, "11/17/2015", "DATE", "2015-11-17"},
      {"Posted 17/11/2015 by staff.", D, "17/11/2015", "DATE", "2015-11-17"},
      {"Posted 17.11.2015 by staff.", D, "17.11.2015", "DATE", "2015-11-17"},
      {"Posted 2014.12.28 by staff.", D, "2014.12.28", "DATE", "2014-12-28"},
      {"The form was filed 7/8/07 in Ohio.", "2007-07-09", "7/8/07", "DATE", "2007-07-08"},
      {"The meeting was held on 11/17 in Geneva.", D, "11/17", "DATE", "2015-11-17"},
      {"Figures published 09/2012 show growth.", D, "09/2012", "DATE", "2012-09"},
      {"The report of 2015-02-30 is void.", D, "", "", ""},
      {"Filed 10-August-2012 in Lyon.", D, "10-August-2012", "DATE", "2012-08-10"},
      {"Filed 09-JAN-2017 in Lyon.", D, "09-JAN-2017", "DATE", "2017-01-09"},
      {"Figures for Sep-2012 are final.", D, "Sep-2012", "DATE", "2012-09"},
      {"Logged at 1994-11-05T13:15:30Z by the server.", D, "1994-11-05T13:15:30Z", "TIME", "1994-11-05T13:15Z"},
  });
}

// TemporalOptions::day_first reads an ambiguous numeric date day first; an
// unambiguous one reads the same either way.
TEST_CASE("numeric dates read day first on request") {
  struct DayFirst {
    const char* text;
    bool day_first;
    const char* value;
  };
  const DayFirst rows[] = {
      {"The vote was held on 6/10/2018.", false, "2018-06-10"},
      {"The vote was held on 6/10/2018.", true, "2018-10-06"},
      {"The vote was held on 17/11/2015.", false, "2015-11-17"},
      {"The vote was held on 17/11/2015.", true, "2015-11-17"},
      {"The vote was held on 6/13/2018.", true, "2018-06-13"},
      {"The vote was held on 6.10.2018.", false, "2018-10-06"},
  };
  for (const DayFirst& r : rows) {
    const std::string text = r.text;
    CAPTURE(text);
    CAPTURE(r.day_first);
    TemporalOptions options;
    options.dct = parse_iso_date(D);
    options.day_first = r.day_first;
    const std::vector<Timex> found = find_timexes(tokenize(text), options);
    REQUIRE(found.size() == 1);
    CHECK(found[0].value == std::string(r.value));
  }
}

TEST_CASE("months and month-years") {
  check_rows({
      // A passive infinitive looks forward; "was to be" looks forward from the past.
      {"Apple announced today an event to be held on October 12.", "2005-10-04", "October 12", "DATE", "2005-10-12"},
      {"A review was to be held in February.", D, "February", "DATE", "2015-02"},
      {"The contract may be signed on December 12.", D, "December 12", "DATE", "2015-12-12"},
      // What a vote or a plan commits to lies ahead of it (a past verb alone looks back).
      {"Bank workers voted to strike on December 4.", D, "December 4", "DATE", "2015-12-04"},
      {"Bank workers voted on December 4.", D, "December 4", "DATE", "2014-12-04"},
      {"A Ukraine peace deal was reached in February.", D, "February", "DATE", "2015-02"},
      {"The leaders will meet in February.", D, "February", "DATE", "2016-02"},
      {"Sales fell in November.", D, "November", "DATE", "2015-11"},
      {"Prices have risen since March.", D, "March", "DATE", "2015-03"},
      {"The troops must leave by June.", D, "June", "DATE", "2016-06"},
      {"She was born in May.", D, "May", "DATE", "2015-05"},
      {"Unemployment hit a peak in March 2015.", D, "March 2015", "DATE", "2015-03"},
      {"Unemployment hit a peak in Nov. 2015.", D, "Nov. 2015", "DATE", "2015-11"},
      {"Exports dropped in December 1986.", D, "December 1986", "DATE", "1986-12"},
      {"Exports dropped in January.", "1987-02-26", "January", "DATE", "1987-01"},
      {"Exports fell in December.", "1987-02-26", "December", "DATE", "1986-12"},
      {"Prices eased last July.", D, "last July", "DATE", "2015-07"},
      {"The plant opens next February.", D, "next February", "DATE", "2016-02"},
      {"It was hot this July.", D, "this July", "DATE", "2015-07"},
      {"Dealers close after October of next year.", "2009-05-15", "October of next year", "DATE", "2010-10"},
      {"Sales fell in March of last year.", D, "March of last year", "DATE", "2014-03"},
      {"Sales peaked in May of this year.", D, "May of this year", "DATE", "2015-05"},
  });
}

TEST_CASE("years, decades and centuries") {
  check_rows({
      {"Rome burned in 64 AD.", D, "64 AD", "DATE", "0064"},
      {"He scored 79 ad points.", D, "", "", ""},
      {"The company was founded in 1953.", D, "1953", "DATE", "1953"},
      {"The war has raged since 2011.", D, "2011", "DATE", "2011"},
      {"Turnout fell in the 2014 election.", D, "2014", "DATE", "2014"},
      {"Parliament approved its 2015 budget.", D, "2015", "DATE", "2015"},
      {"Growth should pick up by 2020.", D, "2020", "DATE", "2020"},
      {"Output peaked in mid-2015.", D, "mid-2015", "DATE", "2015", "MID"},
      {"Earnings rose in fiscal 1987.", D, "fiscal 1987", "DATE", "1987"},
      {"Deliveries run from 2009 to 2011.", D, "2011", "DATE", "2011"},
      {"Deliveries run from 2009 to 2011.", D, "2009", "DATE", "2009"},
      {"Crime fell in the 1990s.", D, "the 1990s", "DATE", "199"},
      {"Crime fell in the '90s.", D, "the '90s", "DATE", "199"},
      {"Crime fell in the nineties.", D, "the nineties", "DATE", "199"},
      {"Cars of the 1980's were boxy.", D, "the 1980's", "DATE", "198"},
      {"Cars of the 70s were boxy.", D, "the 70s", "DATE", "197"},
      {"Coal ruled the 20th century.", D, "the 20th century", "DATE", "19"},
      {"Data rules the 21st century.", D, "the 21st century", "DATE", "20"},
      // An apostrophe year after a preposition; its century is the one that
      // puts it no more than ten years after publication.
      {"Stocks hit their lowest level since '82.", "2008-10-27", "'82", "DATE", "1982"},
      {"They lived through the crash of '29.", "1987-10-20", "'29", "DATE", "1929"},
      {"In '24 the party votes again.", "2023-05-01", "'24", "DATE", "2024"},
      {"It was the summer of '68.", "2015-11-18", "the summer of '68", "DATE", "1968-SU"},
      {"Pearl Harbor was attacked on Dec. 7, '41.", "1991-12-07", "Dec. 7, '41", "DATE", "1941-12-07"},
      {"She wrote '82 names' on the wall.", D, "", "", ""},
  });
}

TEST_CASE("weekdays") {
  check_rows({
      // A weekday on a day of the month: the nearest such month back (15 October 2015 was a Thursday).
      {"The meeting on Thursday 15th was cancelled.", D, "Thursday 15th", "DATE", "2015-10-15"},
      {"Friday the 13th was grim.", D, "Friday the 13th", "DATE", "2015-11-13"},
      {"The fair opened on Sat 14th.", D, "Sat 14th", "DATE", "2015-11-14"},
      {"The Sun 15 reporters wrote.", D, "", "", ""},
      {"On Tuesday the first generation of phones shipped.", D, "Tuesday", "DATE", "2015-11-17"},
      {"Le Drian said on Tuesday that talks had resumed.", D, "Tuesday", "DATE", "2015-11-17"},
      {"The agency reported Monday that troops moved.", D, "Monday", "DATE", "2015-11-16"},
      {"Hollande met mayors on Wednesday.", D, "Wednesday", "DATE", "2015-11-18"},
      {"The minister resigned on Thursday.", D, "Thursday", "DATE", "2015-11-12"},
      {"Rebels attacked on Sunday.", D, "Sunday", "DATE", "2015-11-15"},
      // A scheduling verb in the present looks ahead, past verbs before it or not.
      {"The union, which struck last week, meets on Monday.", D, "Monday", "DATE", "2015-11-23"},
      {"The Geneva Auto Show, which opens on Thursday, drew crowds.", D, "Thursday", "DATE", "2015-11-19"},
      // The clause's own cue before a report after a comma; the report when the clause has none.
      {"Howe and Shultz plan to meet on Monday, officials said.", D, "Monday", "DATE", "2015-11-23"},
      {"Members voted to go on strike, effective Friday.", D, "Friday", "DATE", "2015-11-20"},  // from then on
      {"Sales rose on Monday, the company said.", D, "Monday", "DATE", "2015-11-16"},
      {"Talks on Monday, officials said, were useful.", D, "Monday", "DATE", "2015-11-16"},
      {"The ministers will meet on Thursday.", D, "Thursday", "DATE", "2015-11-19"},
      {"Hollande will travel to Moscow on Monday.", D, "Monday", "DATE", "2015-11-23"},
      {"The vote took place last Friday.", D, "last Friday", "DATE", "2015-11-13"},
      {"They meet again next Monday.", D, "next Monday", "DATE", "2015-11-23"},
      {"They meet again next Friday.", D, "next Friday", "DATE", "2015-11-27"},
      {"They meet again this Friday.", D, "this Friday", "DATE", "2015-11-20"},
      {"They meet on Monday of next week.", D, "Monday of next week", "DATE", "2015-11-23"},
      {"They met Friday last week.", D, "Friday last week", "DATE", "2015-11-13"},
      {"The talks began on Nov. 3. They resumed the following Tuesday.", D, "the following Tuesday", "DATE", "2015-11-10"},
      {"Talks resumed on Tues. in Geneva.", D, "Tues.", "DATE", "2015-11-17"},
      {"Prices are listed for fri. and sat.", D, "fri.", "DATE", "2015-11-13"},
      {"Stocks dropped in Europe and Asia Monday.", D, "Monday", "DATE", "2015-11-16"},
      {"Shares of Lai Sun, the garment maker, fell.", D, "", "", ""},  // a name, not Sunday
      {"Markets recalled Black Monday.", D, "", "", ""},
      {"Nguyen Thi Thu said talks went well.", D, "", "", ""},  // a name, not Thursday
      {"The convoy left on 15SEP.", D, "15SEP", "DATE", "2015-09-15"},
      // Nov. 20, 2015 is a Friday; so was Jan. 29, 2016 (next one is a 29th in the future).
      {"The court sits on Friday the 20th.", D, "Friday the 20th", "DATE", "2015-11-20"},
      {"The attacks came on Friday the 13th.", D, "Friday the 13th", "DATE", "2015-11-13"},
      // Past: the last 31st that was a Sunday (Aug. 31 was a Monday, Oct. 31 a
      // Saturday; Jan. 31, 2016 lies ahead).
      {"The vote was on Sunday the 31st.", D, "Sunday the 31st", "DATE", "2015-05-31"},
      {"Apple announced on Tuesday the first generation of chips.", D, "Tuesday", "DATE", "2015-11-17"},
      {"The vote is set for Friday after next.", D, "Friday after next", "DATE", "2015-11-27"},
      {"It happened two Thursdays ago.", D, "two Thursdays ago", "DATE", "2015-11-05"},
      {"It closed 2 Thursdays back.", D, "2 Thursdays back", "DATE", "2015-11-05"},
      // Fridays after Wednesday Nov. 18: the 20th, the 27th, Dec. 4.
      {"Talks resume three Fridays from now.", D, "three Fridays from now", "DATE", "2015-12-04"},
      // July 18 was a Saturday in 2015 and a Friday in 2014: the weekday names the year.
      {"The vote was held on Friday, July 18.", D, "Friday, July 18", "DATE", "2014-07-18"},
      {"Shops reopen three days after Christmas.", D, "three days after Christmas", "DATE", "2015-12-28"},
      {"Talks were held the week of October 6th.", D, "the week of October 6th", "DATE", "2015-W41"},
  });
}

TEST_CASE("parts of days and clock times") {
  check_rows({
      {"He spoke on Tuesday evening.", D, "Tuesday evening", "TIME", "2015-11-17TEV"},
      {"He spoke on Wednesday morning.", D, "Wednesday morning", "TIME", "2015-11-18TMO"},
      {"Jets struck on Sunday night.", D, "Sunday night", "TIME", "2015-11-15TNI"},
      {"He will speak tonight.", D, "tonight", "TIME", "2015-11-18TNI"},
      {"He spoke this morning.", D, "this morning", "TIME", "2015-11-18TMO"},
      {"Shots rang out last night.", D, "last night", "TIME", "2015-11-17TNI"},
      {"He spoke yesterday afternoon.", D, "yesterday afternoon", "TIME", "2015-11-17TAF"},
      {"He will speak tomorrow morning.", D, "tomorrow morning", "TIME", "2015-11-19TMO"},
      {"The blast came at 9 a.m.", D, "9 a.m.", "TIME", "2015-11-18T09:00"},
      {"The blast came at 9:30 p.m. local time.", D, "9:30 p.m.", "TIME", "2015-11-18T21:30"},
      {"The quake struck at 16:08 UTC.", D, "16:08 UTC", "TIME", "2015-11-18T16:08Z"},
      {"Polls close at noon.", D, "noon", "TIME", "2015-11-18T12:00"},
      {"Polls close at midnight.", D, "midnight", "TIME", "2015-11-18T00:00"},
      {"The ship docked at 0800 GMT.", D, "0800 GMT", "TIME", "2015-11-18T08:00Z"},
      {"The show starts at 9pm.", D, "9pm", "TIME", "2015-11-18T21:00"},
      {"The vote was held Tuesday at 6:30 p.m.", D, "Tuesday at 6:30 p.m.", "TIME", "2015-11-17T18:30"},
      {"The vote was held at 9 a.m. Tuesday.", D, "9 a.m. Tuesday", "TIME", "2015-11-17T09:00"},
      // A date after a comma is its own expression and dates the time.
      {"He spoke at 16:15 UTC, June 1st, in New York.", "2009-06-04", "16:15 UTC", "TIME", "2009-06-01T16:15Z"},
      {"He spoke at 16:15 UTC, June 1st, in New York.", "2009-06-04", "June 1st", "DATE", "2009-06-01"},
  });
}

TEST_CASE("days relative to the publication date") {
  check_rows({
      {"Markets fell today.", D, "today", "DATE", "2015-11-18"},
      {"Markets fell yesterday.", D, "yesterday", "DATE", "2015-11-17"},
      {"Markets open tomorrow.", D, "tomorrow", "DATE", "2015-11-19"},
      {"He left the day before yesterday.", D, "the day before yesterday", "DATE", "2015-11-16"},
      {"He returns the day after tomorrow.", D, "the day after tomorrow", "DATE", "2015-11-20"},
      {"The ceasefire holds now.", D, "now", "DATE", "PRESENT_REF"},
      {"Prices have recently fallen.", D, "recently", "DATE", "PAST_REF"},
      {"Prices may fall in the near term.", D, "the near term", "DATE", "FUTURE_REF"},
      {"Rates will stay low for the time being.", D, "the time being", "DATE", "PRESENT_REF"},
      {"They repeated the mistakes of the past, he said.", D, "the past", "DATE", "PAST_REF"},
      {"At the same time, prices fell.", D, "", "", ""},
      {"The long term interests of Japan matter.", D, "", "", ""},
      {"Troops may return in the future.", D, "the future", "DATE", "FUTURE_REF"},
      {"The plant is currently closed.", D, "currently", "DATE", "PRESENT_REF"},
      {"Stocks rose 2 percent to end the day higher.", D, "the day", "DATE", "2015-11-18"},
      {"Markets fell yesterday.", "2020-02-29", "yesterday", "DATE", "2020-02-28"},
      {"Markets open tomorrow.", "2020-02-29", "tomorrow", "DATE", "2020-03-01"},
      {"Shares rose on Friday.", "2020-02-29", "Friday", "DATE", "2020-02-28"},
      {"Shares rose on Monday.", "1987-02-26", "Monday", "DATE", "1987-02-23"},
  });
}

TEST_CASE("weeks, months and years relative to the publication date") {
  check_rows({
      {"Russia moved toward a unified approach this week.", D, "this week", "DATE", "2015-W47"},
      {"Talks stalled last week.", D, "last week", "DATE", "2015-W46"},
      {"Talks resume next week.", D, "next week", "DATE", "2015-W48"},
      {"Prices rose this month.", D, "this month", "DATE", "2015-11"},
      {"Prices rose last month.", D, "last month", "DATE", "2015-10"},
      {"Prices rise next month.", D, "next month", "DATE", "2015-12"},
      {"Growth slowed this year.", D, "this year", "DATE", "2015"},
      {"Growth slowed last year.", D, "last year", "DATE", "2014"},
      {"Growth will pick up next year.", D, "next year", "DATE", "2016"},
      {"Crowds gathered this weekend.", D, "this weekend", "DATE", "2015-W47-WE"},
      {"Crowds gathered last weekend.", D, "last weekend", "DATE", "2015-W46-WE"},
      {"Protests spread over the weekend.", D, "the weekend", "DATE", "2015-W46-WE"},
      {"Profits fell last quarter.", D, "last quarter", "DATE", "2015-Q3"},
      {"Profits rise this quarter.", D, "this quarter", "DATE", "2015-Q4"},
      {"Growth was weak last decade.", D, "last decade", "DATE", "200"},
      // The last ten years, not the 2000s (MEANTIME: P10Y).
      {"Growth was weak over the past decade.", D, "the past decade", "DURATION", "P10Y"},
      {"Growth slowed last year.", "1987-02-26", "last year", "DATE", "1986"},
      {"A year ago prices were higher.", "2020-02-29", "A year ago", "DATE", "2019"},
      {"Talks resume next week.", "2020-02-29", "next week", "DATE", "2020-W10"},
      {"Crowds gathered this weekend.", "2020-02-29", "this weekend", "DATE", "2020-W09-WE"},
      {"Cases rose this week.", "2021-01-03", "this week", "DATE", "2020-W53"},
      {"Cases rose last week.", "2021-01-03", "last week", "DATE", "2020-W52"},
      {"Cases will fall next week.", "2021-01-03", "next week", "DATE", "2021-W01"},
  });
}

TEST_CASE("seasons, quarters and halves") {
  check_rows({
      // No tense to go by: the nearest third quarter (July 2015 is nearer February 2015 than July 2014).
      {"Plants close during the third quarter.", "2015-02-10", "the third quarter", "DATE", "2015-Q3"},
      // The figures a company reports make a bare quarter a date; in March 1987
      // the last fourth quarter (ended two months before) is nearer than the next.
      {"Fourth quarter net profit rose 10 pct.", "1987-03-05", "Fourth quarter", "DATE", "1986-Q4"},
      {"Fourth quarter play was sloppy.", "1987-03-05", "", "", ""},
      {"Shr 1.20 dlrs vs 1.05 dlrs, 3rd qtr.", "1987-03-05", "3rd qtr", "DATE", "1986-Q3"},
      {"Note: current 1st qtr net excludes a gain.", "1987-03-05", "1st qtr", "DATE", "1987-Q1"},
      {"Most of the benefit will be in the fourth qtr.", "1987-03-05", "the fourth qtr", "DATE", "1987-Q4"},
      {"Net fell from 1985's fourth qtr.", "1987-03-05", "fourth qtr", "DATE", "1985-Q4"},
      {"The company posted a loss for the 1986 fourth quarter.", "1987-03-05", "fourth quarter", "DATE", "1986-Q4"},
      {"The offensive starts next spring.", D, "next spring", "DATE", "2016-SP"},
      {"Fires raged last summer.", D, "last summer", "DATE", "2015-SU"},
      {"Snow is expected this winter.", D, "this winter", "DATE", "2015-WI"},
      {"Exports fell in the spring.", D, "the spring", "DATE", "2015-SP"},
      {"Exports fell in spring 2014.", D, "spring 2014", "DATE", "2014-SP"},
      {"Profits jumped in the fourth quarter.", D, "the fourth quarter", "DATE", "2015-Q4"},
      {"Profits fell in the first quarter.", D, "the first quarter", "DATE", "2015-Q1"},
      {"Profits fell in the third quarter of 2014.", D, "the third quarter of 2014", "DATE", "2014-Q3"},
      {"Ford posted third-quarter profit.", D, "third-quarter", "DATE", "2015-Q3"},
      {"Shipments resume in Q2 2016.", D, "Q2 2016", "DATE", "2016-Q2"},
      {"Sales rose in the first half of 2015.", D, "the first half of 2015", "DATE", "2015-H1"},
      {"The bank reported first-half results.", D, "first-half", "DATE", "2015-H1"},
      {"Profits rose in the fourth quarter.", "1987-02-26", "the fourth quarter", "DATE", "1986-Q4"},
      {"Profits fell in the first quarter of last year.", D, "the first quarter of last year", "DATE", "2014-Q1"},
      {"Payments are due in the spring of next year.", D, "the spring of next year", "DATE", "2016-SP"},
      {"The Arab Spring began in Tunisia.", D, "", "", ""},
  });
}

TEST_CASE("counted shifts from the publication date") {
  check_rows({
      {"The strike began two days ago.", D, "two days ago", "DATE", "2015-11-16"},
      // A counted week names a day: 21 days before Nov. 18.
      {"The strike began three weeks ago.", D, "three weeks ago", "DATE", "2015-10-28"},
      {"The strike began two months ago.", D, "two months ago", "DATE", "2015-09"},
      {"The strike began five years ago.", D, "five years ago", "DATE", "2010"},
      {"The strike began a year ago.", D, "a year ago", "DATE", "2014"},
      {"Results come 10 days from now.", D, "10 days from now", "DATE", "2015-11-28"},
      {"The report will be published in two weeks.", D, "two weeks", "DATE", "2015-12-02"},
      {"Tickets must be bought within 14 days of booking.", D, "14 days", "DURATION", "P14D"},
      {"The bridge was built in two years.", D, "two years", "DURATION", "P2Y"},
      {"Talks resume two days after tomorrow.", D, "two days after tomorrow", "DATE", "2015-11-21"},
      {"The treaty expires three years from today.", D, "three years from today", "DATE", "2018-11-18"},
      {"Talks resume one week hence.", D, "one week hence", "DATE", "2015-11-25"},
      {"Payment is due on the 17th.", D, "the 17th", "DATE", "2015-12-17"},
      {"The vote was held on the 3rd.", D, "the 3rd", "DATE", "2015-11-03"},
      // An unknown count from now: only past or future.
      {"A few days ago, talks resumed.", D, "A few days ago", "DATE", "PAST_REF"},
      {"Several weeks ago the plant closed.", D, "Several weeks ago", "DATE", "PAST_REF"},
      {"Talks resume a few days from now.", D, "a few days from now", "DATE", "FUTURE_REF"},
      {"Two days ago, talks resumed.", D, "Two days ago", "DATE", "2015-11-16"},
  });
}

TEST_CASE("anaphoric expressions follow the story's date") {
  // Published Monday 2015-11-30, the story goes back to Thursday Nov. 26.
  const char* story = "Putin met Hollande on Nov. 26. ";
  constexpr const char* D = "2015-11-30";
  const std::vector<std::pair<std::string, Row>> rows = {
      {"A day later, he flew home.", {nullptr, D, "A day later", "DATE", "2015-11-27"}},
      {"Two days later, he flew home.", {nullptr, D, "Two days later", "DATE", "2015-11-28"}},
      {"A week earlier, aides had met.", {nullptr, D, "A week earlier", "DATE", "2015-11-19"}},
      {"He flew home the next day.", {nullptr, D, "the next day", "DATE", "2015-11-27"}},
      {"He flew home the following day.", {nullptr, D, "the following day", "DATE", "2015-11-27"}},
      {"He flew home next day.", {nullptr, D, "next day", "DATE", "2015-11-27"}},
      {"Aides had met the previous day.", {nullptr, D, "the previous day", "DATE", "2015-11-25"}},
      {"Aides had arrived the day before.", {nullptr, D, "the day before", "DATE", "2015-11-25"}},
      {"Protests broke out that day.", {nullptr, D, "that day", "DATE", "2015-11-26"}},
      {"Protests broke out the same day.", {nullptr, D, "the same day", "DATE", "2015-11-26"}},
      {"He left later that day.", {nullptr, D, "later that day", "DATE", "2015-11-26"}},
      {"They dined that evening.", {nullptr, D, "that evening", "TIME", "2015-11-26TEV"}},
      {"He left the next morning.", {nullptr, D, "the next morning", "TIME", "2015-11-27TMO"}},
      {"Talks went on the following week.", {nullptr, D, "the following week", "DATE", "2015-W49"}},
      {"They spoke at 18:00 UTC.", {nullptr, D, "18:00 UTC", "TIME", "2015-11-26T18:00Z"}},
  };
  std::vector<Row> table;
  std::vector<std::string> texts;
  texts.reserve(rows.size());
  for (const auto& [rest, r] : rows) {
    texts.push_back(std::string(story) + rest);
    Row copy = r;
    copy.text = texts.back().c_str();
    table.push_back(copy);
  }
  check_rows(table);
}

TEST_CASE("parts of periods") {
  check_rows({
      {"Troops leave by the end of 2015.", D, "the end of 2015", "DATE", "2015", "END"},
      {"Prices rose at the beginning of the year.", D, "the beginning of the year", "DATE", "2015", "START"},
      {"Bills are due at the end of the month.", D, "the end of the month", "DATE", "2015-11", "END"},
      {"The plant opens early next year.", D, "early next year", "DATE", "2016", "START"},
      {"The plant closed late last year.", D, "late last year", "DATE", "2014", "END"},
      {"Talks stalled in mid-November.", D, "mid-November", "DATE", "2015-11", "MID"},
      {"Fighting flared late last July.", D, "late last July", "DATE", "2015-07", "END"},
      {"Prices fell earlier this year.", D, "earlier this year", "DATE", "2015"},
      {"Prices will fall later this month.", D, "later this month", "DATE", "2015-11"},
      {"The deal expires in early March.", D, "early March", "DATE", "2016-03", "START"},
      {"Talks end at the end of next week.", D, "the end of next week", "DATE", "2015-W48", "END"},
      {"Output peaked in the middle of 2014.", D, "the middle of 2014", "DATE", "2014", "MID"},
      {"Sales should recover by end of year.", D, "end of year", "DATE", "2015", "END"},
      {"Output should peak by mid year.", D, "mid year", "DATE", "2015", "MID"},
      {"Talks end at the end of the following week.", D, "the end of the following week", "DATE", "2015-W48", "END"},
  });
}

TEST_CASE("ordinal days and weeks of a period") {
  check_rows({
      {"The vote will be held on the first Monday of December.", D, "the first Monday of December", "DATE", "2015-12-07"},
      {"Sales peaked on the last Friday of October.", D, "the last Friday of October", "DATE", "2015-10-30"},
      {"Sales ended on the last day of October 2015.", D, "the last day of October 2015", "DATE", "2015-10-31"},
      {"Sales began in the first week of October 2014.", D, "the first week of October 2014", "DATE", "2014-W41"},
      {"Payment is due on the 20th of next month.", D, "the 20th of next month", "DATE", "2015-12-20"},
      // Fridays of November 2015: the 6th, 13th, 20th.
      {"Options expire on the third Friday of the month.", D, "the third Friday of the month", "DATE", "2015-11-20"},
  });
}

TEST_CASE("ranges become two expressions") {
  check_rows({
      {"The summit runs July 13-15, 2016.", D, "July 13", "DATE", "2016-07-13"},
      {"The summit runs July 13-15, 2016.", D, "15, 2016", "DATE", "2016-07-15"},
      {"The fair runs 10 - 22 August 2012.", D, "10", "DATE", "2012-08-10"},
      {"The fair runs 10 - 22 August 2012.", D, "22 August 2012", "DATE", "2012-08-22"},
      {"Prices rose from December to May 2025.", D, "December", "DATE", "2024-12"},
      {"Prices rose from December to May 2025.", D, "May 2025", "DATE", "2025-05"},
      {"The fair runs June 10 - 31, 2022.", D, "", "", ""},
      // A month range without a year ends on or after its start (D is in November 2015).
      {"Prices rose from December to May.", D, "December", "DATE", "2014-12"},
      {"Prices rose from December to May.", D, "May", "DATE", "2015-05"},
      {"Shipments run from July to December.", D, "December", "DATE", "2015-12"},
      // Two months in a list, each resolved on its own.
      {"Output fell in January and December.", D, "December", "DATE", "2014-12"},
      // A weekday range ends on or after its start (D is a Wednesday).
      {"The strike ran from Friday to Monday.", D, "Friday", "DATE", "2015-11-13"},
      {"The strike ran from Friday to Monday.", D, "Monday", "DATE", "2015-11-16"},
      {"Talks ran from Tuesday through Thursday.", D, "Thursday", "DATE", "2015-11-19"},
      {"Shops open Monday - Saturday.", D, "Saturday", "DATE", "2015-11-21"},
      {"The festival ran from the 13th to the 15th of July.", D, "the 13th", "DATE", "2015-07-13"},
      {"The festival ran from the 13th to the 15th of July.", D, "the 15th of July", "DATE", "2015-07-15"},
      {"He served from 1998 to 2002.", D, "1998", "DATE", "1998"},
      {"He served from 1998 to 2002.", D, "2002", "DATE", "2002"},
      {"Mao ruled China from 1949-1976.", D, "1976", "DATE", "1976"},
      // Counts, not years: no range and no year.
      {"Exports rose from 1500 to 2000 tonnes.", D, "", "", ""},
      {"Troops rose from 1500 to 2000.", D, "", "", ""},
      {"The vote was 2019 to 2020.", D, "", "", ""},
      // Two days, not a range: each is resolved on its own.
      {"He saw them Monday and Friday.", D, "Friday", "DATE", "2015-11-13"},
  });
}

TEST_CASE("sets") {
  check_rows({
      {"Elections are held every five years.", D, "every five years", "SET", "P5Y"},
      {"Patrols run every day.", D, "every day", "SET", "P1D"},
      {"The prize is awarded each year.", D, "each year", "SET", "P1Y"},
      {"The council meets every Monday.", D, "every Monday", "SET", "XXXX-WXX-1"},
      {"Flights run twice a week.", D, "a week", "SET", "P1W"},
      {"It costs $5 million a year.", D, "a year", "SET", "P1Y"},
      {"The festival is held annually.", D, "annually", "SET", "P1Y"},
      {"The plant makes 500 cars per day.", D, "per day", "SET", "P1D"},
      {"Ford posted its first annual loss.", D, "annual", "SET", "P1Y"},
      {"The council holds a weekly meeting.", D, "weekly", "SET", "P1W"},  // TimeML: the adjective is a set too
  });
}

TEST_CASE("no expression in these") {
  check_rows({
      {"They offer next day delivery.", D, "", "", ""},
      {"The index rose 5.93 points.", D, "", "", ""},
      {"The vote was 52-48.", D, "", "", ""},
      {"It costs $2015.", D, "", "", ""},
      {"We may see changes.", D, "", "", ""},
      {"Thousands march through the city.", D, "", "", ""},
      {"The Sunday Times reported the story.", D, "", "", ""},
      {"His room is on the 3rd floor.", D, "", "", ""},
      {"The score was 3:1 at the break.", D, "", "", ""},
      {"Article 5 of the treaty applies.", D, "", "", ""},
      {"A Boeing 747 landed.", D, "", "", ""},
      {"May I ask a question?", D, "", "", ""},
      {"About 300 people attended.", D, "", "", ""},
      {"Support rose to 40 percent.", D, "", "", ""},
      {"February 30, 2015 is no day.", D, "", "", ""},
      {"Half of 1/2 is 1/4.", D, "", "", ""},
      {"The 2,000 troops left.", D, "", "", ""},
      {"In 1,500 cases the court agreed.", D, "", "", ""},
      {"The company sold 1500 cars.", D, "", "", ""},
      {"A 23-year-old man was arrested.", D, "", "", ""},
      {"He is five years old.", D, "", "", ""},
      {"China Daily reported the news.", D, "", "", ""},
      {"The March on Washington drew crowds.", D, "", "", ""},
      {"She scored in the second half.", D, "", "", ""},
      {"The bill got a second reading.", D, "", "", ""},
  });
}

TEST_CASE("holidays") {
  // Easter 2015 was April 5 and Easter 2016 March 27; Thanksgiving 2015 fell on
  // Nov. 26 and in 2013 on Nov. 28; May 31, 2015 was a Sunday.
  check_rows({
      {"Shops close on Christmas.", D, "Christmas", "DATE", "2015-12-25"},
      {"Retailers expect Black Friday sales to rise.", D, "Black Friday", "DATE", "2015-11-27"},
      {"Markets were shut on Good Friday.", D, "Good Friday", "DATE", "2015-04-03"},
      {"Pools opened on Memorial Day.", D, "Memorial Day", "DATE", "2015-05-25"},
      {"Easter 2016 falls early.", D, "Easter 2016", "DATE", "2016-03-27"},
      {"Families will gather on Thanksgiving.", "2013-02-12", "Thanksgiving", "DATE", "2013-11-28"},
      {"They married last Christmas.", D, "last Christmas", "DATE", "2014-12-25"},
      {"Crowds gathered on New Year's Eve.", D, "New Year's Eve", "DATE", "2014-12-31"},
      {"The senators met on the Ides of March.", D, "Ides of March", "DATE", "2015-03-15"},
  });
}

TEST_CASE("dates in URLs and e-mail addresses are not tagged") {
  const auto found = tag("Read https://example.com/2015/11/18/story-a 50809 today or mail news@example.com 2015.", D);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "today");
}

TEST_CASE("without a publication date relative values stay placeholders") {
  check_rows({
      {"He spoke on Tuesday.", "", "Tuesday", "DATE", "XXXX-WXX-2"},
      {"A deal was reached in February.", "", "February", "DATE", "XXXX-02"},
      {"Talks stalled last week.", "", "last week", "DATE", "XXXX-WXX"},
      {"Markets fell yesterday.", "", "yesterday", "DATE", "XXXX-XX-XX"},
      // A placeholder day keeps its time of day.
      {"Talks ended Tuesday evening.", "", "Tuesday evening", "TIME", "XXXX-WXX-2TEV"},
      {"The vote was at 9 a.m. Tuesday.", "", "9 a.m. Tuesday", "TIME", "XXXX-WXX-2T09:00"},
      {"He will speak tonight.", "", "tonight", "TIME", "XXXX-XX-XXTNI"},
      {"The deal was signed on November 18, 2015.", "", "November 18, 2015", "DATE", "2015-11-18"},
  });
}

TEST_CASE("a whole paragraph: dateline, narrative and spans") {
  const std::string text =
      "Talks Resume\n\nMarch 3, 2019\n\nGENEVA - Delegates met on Monday and agreed to meet again on "
      "Friday. The first round was held on Feb. 11. Two days later, the envoys left. The next round "
      "will open next week and last for five days.";
  const std::vector<Timex> found = tag(text, "2019-03-03");  // a Sunday
  std::vector<std::string> got;
  for (const Timex& t : found) got.push_back(t.text + "=" + t.value);
  CHECK(got == std::vector<std::string>{"March 3, 2019=2019-03-03", "Monday=2019-02-25", "Friday=2019-03-01",
                                        "Feb. 11=2019-02-11", "Two days later=2019-02-13", "next week=2019-W10",
                                        "five days=P5D"});
  // Spans are byte offsets into the text.
  for (const Timex& t : found) CHECK(text.substr(t.span.start, t.span.size()) == t.text);
}

TEST_CASE("a date inside a quotation does not move the story") {
  // The match was yesterday; "today" in what the coach said is his day, and
  // "four minutes later" goes on from the match.
  const std::string text =
      "Yesterday Sweden met Korea. The coach said, \"Today we learned a lot.\" Four minutes later, Berg missed.";
  const std::vector<Timex> found = tag(text, "2018-06-19");
  std::vector<std::string> got;
  for (const Timex& t : found) got.push_back(t.text + "=" + t.value);
  CHECK(got == std::vector<std::string>{"Yesterday=2018-06-18", "Today=2018-06-19", "Four minutes later=2018-06-18"});
}

// Numbers of any length are read without overflow (a 10-digit number
// overflowed an int, undefined behaviour UBSan reported) and are no dates.
// A weekday and a comma at the very end of a text: the grammar read one
// token past the end (found by fuzz_extract under ASan).
TEST_CASE("a weekday at the end of the text") {
  for (const char* text : {"Talks ended on Tuesday,", "Talks ended on Tuesday", "Talks ended on Tuesday the"}) {
    const std::vector<Timex> found = tag(text, "2015-11-18");
    REQUIRE_MESSAGE(found.size() == 1, text);
    CHECK(found[0].text == "Tuesday");
    CHECK(found[0].value == "2015-11-17");
  }
}

}  // namespace eventgraph
