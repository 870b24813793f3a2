#include "extract/temporal/temporal_words.h"

#include <array>
#include <charconv>

#include "extract/date_words.h"

namespace eventgraph {
namespace {

constexpr std::array<std::string_view, 20> kOnes = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 20> kOrdinalOnes = {
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth"};
constexpr std::array<std::string_view, 10> kOrdinalTens = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
                                                           "sixtieth", "seventieth", "eightieth", "ninetieth"};

template <size_t N>
int index_of(const std::array<std::string_view, N>& table, std::string_view word) {
  for (size_t i = 0; i < N; ++i) {
    if (!table[i].empty() && equals_ignore_case(word, table[i])) return static_cast<int>(i);
  }
  return -1;
}

// "twenty-five" style compounds: a tens word, a hyphen, a ones word from `ones`.
template <size_t N>
int compound(std::string_view word, const std::array<std::string_view, N>& ones) {
  const size_t dash = word.find('-');
  if (dash == std::string_view::npos) return -1;
  const int tens = index_of(kTens, word.substr(0, dash));
  const int unit = index_of(ones, word.substr(dash + 1));
  if (tens < 2 || unit < 1 || unit > 9) return -1;
  return tens * 10 + unit;
}

}  // namespace

int number_word(std::string_view word) {
  if (const int n = index_of(kOnes, word); n >= 0) return n;
  if (const int n = index_of(kTens, word); n >= 2) return n * 10;
  return compound(word, kOnes);
}

int ordinal_word(std::string_view word) {
  if (const int n = index_of(kOrdinalOnes, word); n >= 1) return n;
  if (const int n = index_of(kOrdinalTens, word); n >= 2) return n * 10;
  if (const int n = compound(word, kOrdinalOnes); n > 0) return n;
  // Digits with a suffix: 1st 2nd 3rd 4th 21st 22nd 23rd 11th.
  if (word.size() < 3 || word.size() > 4) return -1;
  const std::string_view suffix = word.substr(word.size() - 2);
  if (!equals_ignore_case(suffix, "st") && !equals_ignore_case(suffix, "nd") && !equals_ignore_case(suffix, "rd") &&
      !equals_ignore_case(suffix, "th")) {
    return -1;
  }
  int n = 0;
  const auto digits = word.substr(0, word.size() - 2);
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || ptr != digits.data() + digits.size()) return -1;
  return n;
}

Unit unit_word(std::string_view w) {
  struct Entry {
    std::string_view word;
    Unit unit;
  };
  static constexpr Entry kUnits[] = {
      {"second", Unit::kSecond}, {"seconds", Unit::kSecond}, {"sec", Unit::kSecond},   {"secs", Unit::kSecond},
      {"minute", Unit::kMinute}, {"minutes", Unit::kMinute}, {"min", Unit::kMinute},   {"mins", Unit::kMinute},
      {"hour", Unit::kHour},     {"hours", Unit::kHour},     {"hr", Unit::kHour},      {"hrs", Unit::kHour},
      {"h", Unit::kHour},        {"day", Unit::kDay},        {"days", Unit::kDay},     {"d", Unit::kDay},
      {"week", Unit::kWeek},     {"weeks", Unit::kWeek},     {"wk", Unit::kWeek},      {"wks", Unit::kWeek},
      {"fortnight", Unit::kWeek}, {"weekend", Unit::kWeekend}, {"weekends", Unit::kWeekend},
      {"month", Unit::kMonth},   {"months", Unit::kMonth},   {"mo", Unit::kMonth},     {"mos", Unit::kMonth},
      {"quarter", Unit::kQuarter}, {"quarters", Unit::kQuarter}, {"qtr", Unit::kQuarter}, {"qtrs", Unit::kQuarter},
      {"year", Unit::kYear},     {"years", Unit::kYear},     {"yr", Unit::kYear},      {"yrs", Unit::kYear},
      {"y", Unit::kYear},        {"decade", Unit::kDecade},  {"decades", Unit::kDecade},
      {"century", Unit::kCentury}, {"centuries", Unit::kCentury},
  };
  for (const Entry& e : kUnits) {
    if (equals_ignore_case(w, e.word)) return e.unit;
  }
  return Unit::kNone;
}

std::string_view part_of_day(std::string_view w) {
  if (equals_ignore_case(w, "morning") || equals_ignore_case(w, "mornings")) return "MO";
  if (equals_ignore_case(w, "afternoon") || equals_ignore_case(w, "afternoons")) return "AF";
  if (equals_ignore_case(w, "evening") || equals_ignore_case(w, "evenings")) return "EV";
  if (equals_ignore_case(w, "night") || equals_ignore_case(w, "nights") || equals_ignore_case(w, "overnight")) return "NI";
  return "";
}

std::string_view season_word(std::string_view w) {
  if (equals_ignore_case(w, "spring")) return "SP";
  if (equals_ignore_case(w, "summer")) return "SU";
  if (equals_ignore_case(w, "autumn") || equals_ignore_case(w, "fall")) return "FA";
  if (equals_ignore_case(w, "winter")) return "WI";
  return "";
}

}  // namespace eventgraph
