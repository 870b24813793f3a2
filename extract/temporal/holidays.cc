#include "extract/temporal/holidays.h"

#include <charconv>

#include "data/lexicons.h"
#include "extract/text/date_words.h"

namespace eventgraph {
namespace {

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data() + (s.size() > 0 && s[0] == '+' ? 1 : 0), s.data() + s.size(), v);
  return v;
}

const std::vector<Holiday>& holidays() {
  static const std::vector<Holiday> table = [] {
    std::vector<Holiday> out;
    for (const LexiconRecord& r : read_lexicon("holidays.txt")) {
      if (r.fields.size() < 6) continue;
      Holiday h;
      const TokenizedText t = tokenize(r.fields[0]);
      for (const Token& tok : t.tokens) {
        std::string w(t.text(tok));
        for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (w == "\xE2\x80\x99s") w = "'s";
        h.words.push_back(w);
      }
      const std::string_view rule = r.fields[1];
      h.rule = rule == "easter" ? Holiday::Rule::kEaster : rule == "nth" ? Holiday::Rule::kNth
               : rule == "last" ? Holiday::Rule::kLast : Holiday::Rule::kFixed;
      h.month = to_int(r.fields[2]);
      h.day_or_n = to_int(r.fields[3]);
      h.weekday = to_int(r.fields[4]);
      h.offset = to_int(r.fields[5]);
      out.push_back(std::move(h));
    }
    return out;
  }();
  return table;
}

bool same_word(std::string_view token, const std::string& lower) {
  if (lower == "'s") return token == "'s" || token == "\xE2\x80\x99s" || token == "'S";
  if (lower == "'") return token == "'" || token == "\xE2\x80\x99";
  return equals_ignore_case(token, lower);
}

}  // namespace

// The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
CivilDate easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

CivilDate holiday_date(const Holiday& h, int year) {
  CivilDate d;
  switch (h.rule) {
    case Holiday::Rule::kFixed: d = {year, h.month, h.day_or_n}; break;
    case Holiday::Rule::kEaster: d = easter_sunday(year); break;
    case Holiday::Rule::kNth: {
      const CivilDate first{year, h.month, 1};
      d = add_days(first, (h.weekday - weekday(first) + 7) % 7 + 7L * (h.day_or_n - 1));
      break;
    }
    case Holiday::Rule::kLast: {
      const CivilDate last{year, h.month, days_in_month(year, h.month)};
      d = add_days(last, -((weekday(last) - h.weekday + 7) % 7));
      break;
    }
  }
  return add_days(d, h.offset);
}

const Holiday* match_holiday(const TokenizedText& text, size_t i, size_t end, size_t* length) {
  const Holiday* best = nullptr;
  size_t best_length = 0;
  const std::string_view first = text.text(i);
  for (const Holiday& h : holidays()) {
    if (h.words.size() <= best_length || i + h.words.size() > end) continue;
    // A name's first word is a plain word, never "'s": the quick test.
    if (!equals_ignore_case(first, h.words[0])) continue;
    bool match = true;
    for (size_t k = 1; k < h.words.size() && match; ++k) match = same_word(text.text(i + k), h.words[k]);
    // "May Day" in lower case is the distress call, not the holiday.
    if (match && (h.words.front() != "may" || (text.tokens[i].flags & kCapitalized))) {
      best = &h;
      best_length = h.words.size();
    }
  }
  *length = best_length;
  return best;
}

const Holiday& holiday_at(int index) { return holidays()[static_cast<size_t>(index)]; }

int holiday_count() { return static_cast<int>(holidays().size()); }

int holiday_index(const Holiday* h) { return static_cast<int>(h - holidays().data()); }

}  // namespace eventgraph
