// Years ("in 1953", "since 2011"), decades and centuries ("the 1990s", "the 20th
// century"), quarters and halves ("the fourth quarter", "Q3 2015",
// "first-half"), seasons ("last summer") and parts of periods ("the end of
// 2015", "early next year", "mid-November", "late last July").
#include "extract/text/date_words.h"
#include "extract/temporal/temporal_grammar.h"
#include "extract/temporal/temporal_words.h"

namespace eventgraph {

using namespace grammar_literals;

namespace {

// "Street", "St", "Avenue", ...: after a number, an address.
bool is_street_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd",
                                                "Drive", "Lane", "Place", "Plaza", "Square", "Way", "Parkway"};
  for (const std::string_view s : kWords) {
    if (w == s) return true;
  }
  return false;
}

// "figure", "level", ...: "a figure of 1841" is a number.
bool is_level_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"figure", "level", "total", "index", "price", "rate",
                                                "value", "high", "low", "close"};
  for (const std::string_view s : kWords) {
    if (w == s) return true;
  }
  return false;
}

}  // namespace

Grammar::Match Grammar::year_expr(size_t i) const {
  size_t j = i;
  bool fiscal = false;
  if (is(i, "fiscal"_gw) || is(i, "fy"_gw)) {
    fiscal = true;
    j = is(i + 1, "year"_gw) ? i + 2 : i + 1;
  }
  size_t end = 0;
  bool clipped = false;
  const int year = year_at(j, &end, &clipped);
  // Four digits, or digits and their era ("79 AD"); "'82" only after a
  // preposition that asks for a year ("since '82") or inside a date.
  const bool era = end == j + 2 && tokens_[j].kind == TokenKind::kNumber;
  const bool asked_for = clipped && is_one_of(j - 1, "since"_gw, "in"_gw, "of"_gw, "until"_gw, "till"_gw, "by"_gw,
                                              "from"_gw, "before"_gw, "after"_gw, "during"_gw, "through"_gw,
                                              "throughout"_gw, "between"_gw);
  if (year < 0 || (word(j).size() != 4 && !era && !asked_for)) return std::nullopt;
  // Never part of a longer number, a URL path or a clock ("2015/11", "2015:").
  if (punct(end, "/") || punct(end, ":") || (punct(end, "-") && digits(end + 1) >= 0 && attached(end + 1))) {
    return std::nullopt;
  }
  if (!fiscal) {
    size_t previous_end = 0;
    const int previous = is(j - 1, "to"_gw) && is_one_of(j - 3, "from"_gw, "between"_gw) ? year_at(j - 2, &previous_end) : -1;
    const bool introduced =
        (previous > 0 && years_in_range(previous, year)) ||
        is_one_of(j - 1, "in"_gw, "since"_gw, "by"_gw, "until"_gw, "till"_gw, "from"_gw, "of"_gw, "during"_gw, "before"_gw, "after"_gw, "through"_gw,
                          "between"_gw, "and"_gw, "or"_gw, "early"_gw, "late"_gw, "mid"_gw, "around"_gw, "circa"_gw, "year"_gw, "for"_gw,
                          "throughout"_gw, "into"_gw, "at"_gw, "than"_gw, "spring"_gw, "summer"_gw, "autumn"_gw, "fall"_gw, "winter"_gw) ||
        (punct(j - 1, "-") && is(j - 2, "mid"_gw)) || is(end, "'s"_gw) || is(end, "\xE2\x80\x99s"_gw) ||
        // "the 1991 settlement", "its 2008 model year": a year before a noun.
        (is_one_of(j - 1, "the"_gw, "its"_gw, "their"_gw, "his"_gw, "her"_gw, "a"_gw, "an"_gw, "this"_gw, "last"_gw, "next"_gw) && year >= 1800 &&
         year <= 2099 && end < end_ && tokens_[end].kind == TokenKind::kWord && !is_count_noun(word(end)));
    if (!introduced) return std::nullopt;
    // "rose from 1500 to 2000 tonnes" counts; "from 1998 to 2002" is two
    // years, which lie within a lifetime (as date_range() reads them).
    if (is(j - 1, "from"_gw) && is(end, "to"_gw) && end + 1 < end_ && tokens_[end + 1].kind == TokenKind::kNumber) {
      size_t next_end = 0;
      const int next = year_at(end + 1, &next_end);
      if (!years_in_range(year, next) || word(end + 1).size() != 4 || count_noun_at(next_end)) {
        return std::nullopt;
      }
    }
    // "in 2015 people": a count after "in" is rare but "by 2,000" is caught by the comma rule.
    if (word(end) == "%" || is_one_of(end, "people"_gw, "troops"_gw, "soldiers"_gw, "points"_gw, "votes"_gw, "tonnes"_gw, "tons"_gw)) {
      return std::nullopt;
    }
    // Numbers that only look like early years (checked on all of Reuters):
    // a street address ("for 1420 K Street"), a level ("a closing figure of
    // 1841") and a clock told without a zone ("orders after 1530").
    if (year < 1900) {
      const bool street = capitalized(end) &&
                          (is_street_word(word(end)) || (capitalized(end + 1) && is_street_word(word(end + 1))));
      const bool level = is(j - 1, "of"_gw) && j >= begin_ + 2 && is_level_word(word(j - 2));
      const std::string_view w = word(j);
      const bool clock_shaped = w.size() == 4 && (w[0] - '0') * 10 + (w[1] - '0') <= 23 && w[2] <= '5';
      const bool clock = clock_shaped && is_one_of(j - 1, "after"_gw, "before"_gw, "by"_gw, "until"_gw, "till"_gw, "at"_gw);
      if (street || level || clock) return std::nullopt;
    }
  }
  GrammarMatch m{i, end, {}};
  m.expr.year = year;
  m.expr.clipped_year = clipped;
  return m;
}

// "the 1990s", "the '90s", "the nineties", "the 20th century", "1990s".
Grammar::Match Grammar::decade_or_century(size_t i) const {
  const size_t j = is(i, "the"_gw) ? i + 1 : i;
  const std::string_view w = word(j);
  GrammarMatch m{i, j + 1, {}};
  // 1990s, 1990's
  if (w.size() == 5 && (w[4] == 's' || w[4] == 'S') && w[3] == '0' && digits(j, 5) < 0) {
    const int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10;
    if (w[0] >= '1' && w[0] <= '2' && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9') {
      m.expr.decade = y / 10;
      return m;
    }
  }
  if (digits(j, 4) >= 1000 && word(j)[3] == '0' && is(j + 1, "'s"_gw) && attached(j + 1)) {
    m.expr.decade = digits(j, 4) / 10;
    m.end = j + 2;
    return m;
  }
  // "the 70s", "70s and 80s"
  if (w.size() == 3 && w[1] == '0' && w[2] == 's' && w[0] >= '0' && w[0] <= '9' &&
      (j == i + 1 || is_one_of(j - 1, "and"_gw, "or"_gw, "to"_gw))) {
    m.expr.decade = w[0] >= '3' ? 190 + (w[0] - '0') : 200 + (w[0] - '0');
    return m;
  }
  // '90s
  if ((punct(j, "'") || punct(j, "\xE2\x80\x99")) && attached(j + 1)) {
    const std::string_view d = word(j + 1);
    if (d.size() == 3 && d[1] == '0' && d[2] == 's' && d[0] >= '0' && d[0] <= '9') {
      m.expr.decade = d[0] >= '3' ? 190 + (d[0] - '0') : 200 + (d[0] - '0');
      m.end = j + 2;
      return m;
    }
  }
  // "the nineties" (only with "the": "nineties" alone is an age)
  if (j == i + 1) {
    static constexpr std::string_view kDecades[] = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
    for (int k = 0; k < 8; ++k) {
      if (equals_ignore_case(word(j), kDecades[k])) {
        m.expr.decade = 192 + k;
        return m;
      }
    }
  }
  // "the 20th century", "the twenty-first century"
  const int ordinal = ordinal_of(j);
  if (j == i + 1 && ordinal >= 1 && ordinal <= 30 && is_one_of(j + 1, "century"_gw)) {
    m.expr.century = ordinal - 1;
    m.end = j + 2;
    return m;
  }
  return std::nullopt;
}

// "the fourth quarter [of 2015]", "third-quarter", "Q3 2015", "18q4", "the
// first half", "first-half", "the 3rd qtr", "the current quarter".
Grammar::Match Grammar::quarter_half(size_t i) const {
  size_t j = is(i, "the"_gw) ? i + 1 : i;
  int quarter = 0, half = 0;
  size_t end = j + 1;
  const std::string_view w = word(j);
  // Only a temporal word can be "third-quarter" or "first-half".
  const size_t dash = temporal_word(j) ? w.find('-') : std::string_view::npos;
  if (dash != std::string_view::npos) {  // "third-quarter", "first-half"
    const int o = ordinal_word(w.substr(0, dash));
    const Unit u = unit_word(w.substr(dash + 1));
    if (u == Unit::kQuarter && o >= 1 && o <= 4) quarter = o;
    if (equals_ignore_case(w.substr(dash + 1), "half") && o >= 1 && o <= 2) half = o;
  } else if (w.size() == 2 && (w[0] == 'Q' || w[0] == 'q') && w[1] >= '1' && w[1] <= '4') {
    quarter = w[1] - '0';
  } else if (w.size() == 4 && (w[2] == 'q' || w[2] == 'Q') && w[3] >= '1' && w[3] <= '4' &&
             tokens_[j].kind == TokenKind::kNumber) {
    GrammarMatch m{i, j + 1, {}};  // "18q4"
    m.expr.quarter = w[3] - '0';
    m.expr.year = 2000 + (w[0] - '0') * 10 + (w[1] - '0');
    return m;
  } else {
    const int o = ordinal_of(j);
    const bool last = is(j, "final"_gw) || is(j, "last"_gw);
    if ((o >= 1 && o <= 4) || last) {
      if (unit_at(j + 1) == Unit::kQuarter && !is(j + 1, "quarters"_gw)) quarter = last ? 4 : o;
      else if (is(j + 1, "half"_gw) && o >= 1 && o <= 2) half = o;
      end = j + 2;
    }
  }
  if (quarter == 0 && half == 0) return std::nullopt;
  // "the first quarter" needs "the" or a year; "first quarter" alone is common in sports.
  GrammarMatch m{i, end, {}};
  m.expr.quarter = quarter;
  m.expr.half = half;
  // "the first quarter of 2015", "the third quarter of this year".
  if (take_year(end, m) || take_shifted_year(end, m)) return m;
  // "the 1986 fourth quarter", "1985's fourth qtr": the year written before.
  const size_t year_token = j > begin_ && (is(j - 1, "'s"_gw) || is(j - 1, "\xE2\x80\x99s"_gw)) ? j - 2 : j - 1;
  if (year_token >= begin_ && year_token < j && word(year_token).size() == 4) {
    const int year = digits(year_token, 4);
    if (year >= 1800 && year <= 2100) {
      m.expr.year = year;
      return m;
    }
  }
  // "the second half" of a match or a film is no date: a half needs its year.
  if (half > 0 && dash == std::string_view::npos) return std::nullopt;
  // "3rd qtr": the abbreviation is the earnings report's, never the sports page's.
  const bool abbreviated = equals_ignore_case(word(j + 1), "qtr");
  if (j == i && dash == std::string_view::npos && !(w[0] == 'Q' || w[0] == 'q') && !abbreviated) {
    // "first quarter" without "the" or a year: only in "in/for/during first
    // quarter", or before the figures a company reports ("Third quarter net
    // profit rose"), which no sports report has.
    const bool figures = equals_any_ignore_case(word(end), {"net", "profit", "profits", "earnings", "results", "loss",
                                                             "losses", "sales", "revenue", "revenues", "output",
                                                             "income", "dividend", "gdp", "growth", "shipments"});
    if (!figures && !is_one_of(i - 1, "in"_gw, "for"_gw, "during"_gw, "of"_gw, "since"_gw, "this"_gw, "last"_gw, "next"_gw)) {
      return std::nullopt;
    }
  }
  m.expr.anchor = Anchor::kDct;
  // An earnings report's quarter has begun, unless its clause looks ahead.
  if (abbreviated) m.expr.lean = Direction::kPast;
  return m;
}

// "spring", "this summer", "last winter", "the fall of 2014", "spring 2015".
Grammar::Match Grammar::season_expr(size_t i) const {
  size_t j = i;
  int shift = 0;
  bool shifted = false, has_the = false;
  if (is(i, "this"_gw) || is(i, "last"_gw) || is(i, "next"_gw) || is(i, "past"_gw) || is(i, "coming"_gw)) {
    shifted = true;
    shift = is(i, "last"_gw) || is(i, "past"_gw) ? -1 : is(i, "this"_gw) ? 0 : 1;
    j = i + 1;
  } else if (is(i, "the"_gw)) {
    has_the = true;
    j = i + 1;
  }
  const std::string_view season = season_at(j);
  if (season.empty()) return std::nullopt;
  // "Arab Spring", "Prague Spring": a capitalized season after a name is a name.
  if (capitalized(j) && j > begin_ && capitalized(j - 1) && !sentence_initial(j - 1) && !shifted && !has_the) {
    return std::nullopt;
  }
  GrammarMatch m{i, j + 1, {}};
  m.expr.season = season;
  if (take_year(j + 1, m) || take_shifted_year(j + 1, m)) return m;
  // "fall" is a verb and "spring" a noun too: alone, only after a date word.
  if (!shifted && !has_the &&
      !is_one_of(i - 1, "in"_gw, "since"_gw, "until"_gw, "by"_gw, "during"_gw, "early"_gw, "late"_gw, "mid"_gw, "this"_gw, "last"_gw, "next"_gw, "of"_gw, "through"_gw, "throughout"_gw)) {
    return std::nullopt;
  }
  if (has_the && !is_one_of(i - 1, "in"_gw, "since"_gw, "until"_gw, "by"_gw, "during"_gw, "through"_gw, "throughout"_gw, "over"_gw, "of"_gw)) {
    return std::nullopt;
  }
  m.expr.anchor = Anchor::kDct;
  if (shifted) {
    m.expr.direction = shift < 0 ? Direction::kStrictPast : shift > 0 ? Direction::kStrictFuture : Direction::kThis;
  }
  return m;
}

// "the end of 2015", "the beginning of the month", "early next year",
// "mid-November", "late last July", "mid-2015", "earlier this year".
Grammar::Match Grammar::part_of_period(size_t i) const {
  std::string_view mod;  // a TIMEX3 mod, a static string
  size_t j = i;
  const auto inner_at = [&](size_t k) -> Match {
    // The period itself: any date-like expression except a bare time.
    Match best;
    Match candidates[] = {calendar_date(k), year_expr(k),   shifted_unit(k), decade_or_century(k), quarter_half(k),
                          season_expr(k),   weekday_expr(k), deictic_day(k),  anaphoric(k)};
    for (Match& m : candidates) {
      if (m && m->expr.type == TimexType::kDate && (!best || m->end > best->end)) best = std::move(m);
    }
    return best;
  };
  const std::string_view w = word(i);
  if (w.size() > 4 && (w.substr(0, 4) == "mid-" || w.substr(0, 4) == "Mid-")) {
    // "mid-November", "mid-2015": one token.
    const std::string_view rest = w.substr(4);
    GrammarMatch m{i, i + 1, {}};
    m.expr.mod = "MID";
    if (const int month = month_from_word(rest); month > 0) {
      m.expr.month = month;
      m.expr.anchor = Anchor::kDct;
      add_year_at(i + 1, m);
      return m;
    }
    if (rest.size() == 4 && rest[0] >= '1' && rest[0] <= '2') {
      int year = 0;
      for (const char c : rest) {
        if (c < '0' || c > '9') return std::nullopt;
        year = year * 10 + (c - '0');
      }
      m.expr.year = year;
      return m;
    }
    return std::nullopt;
  }
  if (is_one_of(i, "early"_gw, "mid"_gw, "late"_gw, "earlier"_gw, "later"_gw)) {
    mod = is(i, "early"_gw) ? "START" : is(i, "mid"_gw) ? "MID" : is(i, "late"_gw) ? "END" : "";
    j = i + 1;
    if (punct(j, "-") && attached(j)) ++j;
    if (is(j, "in"_gw)) ++j;  // "late in 2015"
    // "earlier this year": the year itself, no mod.
    if ((is(i, "earlier"_gw) || is(i, "later"_gw)) && !is_one_of(j, "this"_gw, "that"_gw, "today"_gw, "in"_gw)) return std::nullopt;
  } else {
    size_t k = is(i, "the"_gw) ? i + 1 : i;
    if (is_one_of(k, "end"_gw, "beginning"_gw, "start"_gw, "middle"_gw, "close"_gw, "turn"_gw) && is(k + 1, "of"_gw)) {
      mod = is(k, "end"_gw) || is(k, "close"_gw) ? "END" : is(k, "middle"_gw) ? "MID" : "START";
      j = k + 2;
      if (is(k, "turn"_gw)) mod = "";
    } else {
      return std::nullopt;
    }
  }
  // "the end of the year", "the end of the month", "the beginning of the week";
  // "by end of year", "at the beginning of month" without the article.
  if (is(j, "the"_gw) || (unit_at(j) != Unit::kNone && !mod.empty())) {
    const size_t unit_at_token = is(j, "the"_gw) ? j + 1 : j;
    const Unit u = unit_at(unit_at_token);
    const std::string_view unit_text = word(unit_at_token);
    const bool singular = !unit_text.empty() && unit_text.back() != 's' && unit_text.back() != 'S';
    if (singular && (u == Unit::kYear || u == Unit::kMonth || u == Unit::kWeek || u == Unit::kDecade ||
                     u == Unit::kCentury || u == Unit::kQuarter)) {
      GrammarMatch m{i, unit_at_token + 1, {}};
      m.expr.anchor = Anchor::kDct;
      m.expr.shift_unit = u;
      m.expr.shift = 0;
      m.expr.mod = mod;
      return m;
    }
  }
  Match inner = inner_at(j);
  if (!inner) return std::nullopt;
  inner->first = i;
  if (inner->expr.mod.empty()) inner->expr.mod = mod;
  return inner;
}

}  // namespace eventgraph
