#include "extract/temporal/temporal_words.h"

#include <doctest/doctest.h>

#include <string>

#include "extract/text/date_words.h"
#include "extract/temporal/holidays.h"

namespace eventgraph {

TEST_CASE("temporal_word_info: classes, numbers and ordinals") {
  struct Row { std::string word; uint8_t has; int number; int ordinal; };
  const Row rows[] = {
      {"May", kTemporalWord, -1, -1},
      {"weeks", kTemporalWord, -1, -1},
      {"twelve", kTemporalWord | kNumberWord, 12, -1},
      {"Eleven", kTemporalWord | kNumberWord, 11, -1},
      {"zero", kNumberWord, 0, -1},            // a number, not a time word
      {"thirteenth", kNumberWord, -1, 13},
      {"Ninetieth", kNumberWord, -1, 90},
      {"third", kTemporalWord | kNumberWord, -1, 3},
      {"second", kTemporalWord | kNumberWord, -1, 2},
      {"twenty-five", kTemporalWord, 25, -1},  // hyphenated: spelled out on the spot
      {"five-year", kTemporalWord, -1, -1},
      {"mid-2015", kTemporalWord, -1, -1},
      {"so-called", 0, -1, -1},                // no part of it is temporal
      {"anti-Islamic", 0, -1, -1},
      {"the", kLeadWord, -1, -1},
      {"will", kFutureCue, -1, -1},
      {"said", kPastCue, -1, -1},
      {"Christmas", kHolidayStart, -1, -1},
      {"Putin", 0, -1, -1},
      {"", 0, -1, -1},
  };
  for (const Row& r : rows) {
    CAPTURE(r.word);
    const TemporalWordInfo info = temporal_word_info(r.word);
    CHECK((info.classes & r.has) == r.has);
    if (r.has == 0) CHECK(info.classes == 0);
    CHECK(info.number == r.number);
    CHECK(info.ordinal == r.ordinal);
  }
}

// The scanner tries holidays only where a name's first word stands; every
// name in data/holidays.txt must be found from there.
TEST_CASE("every holiday's first word may start an expression") {
  for (int k = 0; k < holiday_count(); ++k) {
    const std::string& first = holiday_at(k).words.front();
    CAPTURE(first);
    CHECK((temporal_word_info(first).classes & kHolidayStart) != 0);
  }
  CHECK(holiday_count() > 30);
}

TEST_CASE("number_word: cardinals spelled out") {
  struct Row { std::string word; int number; };
  const Row rows[] = {
      {"zero", 0},
      {"one", 1},
      {"Ten", 10},
      {"nineteen", 19},
      {"twenty", 20},
      {"Eighty-one", 81},
      {"seventy-seven", 77},  // the longest spelling
      {"ninety-nine", 99},
      {"on", -1},             // shorter than any number word
      {"seventy-seventh", -1},
      {"eighteenth", -1},     // an ordinal
      {"hundred", -1},
      {"twenty-", -1},
      {"-five", -1},
      {"Obama", -1},
      {"", -1},
  };
  for (const Row& r : rows) {
    CAPTURE(r.word);
    CHECK(number_word(r.word) == r.number);
  }
}

// The actor stage skips month, weekday and number lookups for words of
// neither class: every such word must carry one.
TEST_CASE("every month, weekday and number word has a temporal or number class") {
  const char* words[] = {
      "January", "jan", "February", "feb", "March", "mar", "April", "apr", "May", "June", "jun", "July", "jul",
      "August", "aug", "September", "sep", "sept", "October", "oct", "November", "nov", "December", "dec",
      "Monday", "mon", "Tuesday", "tue", "tues", "Wednesday", "wed", "weds", "Thursday", "thu", "thur", "thurs",
      "Friday", "fri", "Saturday", "sat", "Sunday", "sun", "zero", "one", "nine", "ten", "eleven", "nineteen",
      "twenty", "ninety", "first", "tenth", "eleventh", "twelfth", "nineteenth", "twentieth",
      "fortieth", "ninetieth"};
  for (const std::string w : words) {
    CAPTURE(w);
    const bool date_or_number = month_from_word(w) != 0 || weekday_from_word(w) != 0 || number_word(w) >= 0 ||
                                ordinal_word(w) >= 0;
    CHECK(date_or_number);
    CHECK((temporal_word_info(w).classes & (kTemporalWord | kNumberWord)) != 0);
  }
}

}  // namespace eventgraph
