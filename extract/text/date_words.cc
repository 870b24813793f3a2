#include "extract/text/date_words.h"

#include <array>

#include "extract/text/word_shape.h"

namespace eventgraph {
namespace {

struct NamedNumber {
  std::string_view name;  // lower case
  int number;
};

constexpr std::array<NamedNumber, 24> kMonths = {{
    {"january", 1},  {"jan", 1},       {"february", 2}, {"feb", 2},     {"march", 3},
    {"mar", 3},      {"april", 4},     {"apr", 4},      {"may", 5},     {"june", 6},
    {"jun", 6},      {"july", 7},      {"jul", 7},      {"august", 8},  {"aug", 8},
    {"september", 9}, {"sep", 9},      {"sept", 9},     {"october", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11},     {"december", 12}, {"dec", 12},
}};

constexpr std::array<NamedNumber, 18> kWeekdays = {{
    {"monday", 1},   {"mon", 1},    {"tuesday", 2}, {"tue", 2},      {"tues", 2},
    {"wednesday", 3}, {"wed", 3},   {"thursday", 4}, {"thu", 4},     {"thur", 4},
    {"thurs", 4},    {"friday", 5}, {"fri", 5},     {"saturday", 6}, {"sat", 6},
    {"sunday", 7},   {"sun", 7},    {"weds", 3},
}};

// The shapes of a table's names (3 to 9 letters).
using Shapes = WordShapeSet<9>;

template <size_t N>
constexpr Shapes shapes_of(const std::array<NamedNumber, N>& table) {
  Shapes shapes;
  for (const NamedNumber& entry : table) shapes.add(entry.name);
  return shapes;
}
constexpr Shapes kMonthShapes = shapes_of(kMonths);
constexpr Shapes kWeekdayShapes = shapes_of(kWeekdays);

template <size_t N>
int lookup(const std::array<NamedNumber, N>& table, const Shapes& shapes, std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > 9) return 0;
  // Most words fail on their shape (one bit read); the table walk is for the rest.
  if (!shapes.may_contain(word)) return 0;
  for (const NamedNumber& entry : table) {
    if (equals_ignore_case(word, entry.name)) return entry.number;
  }
  return 0;
}

}  // namespace

int month_from_word(std::string_view word) { return lookup(kMonths, kMonthShapes, word); }

int weekday_from_word(std::string_view word) { return lookup(kWeekdays, kWeekdayShapes, word); }

}  // namespace eventgraph
