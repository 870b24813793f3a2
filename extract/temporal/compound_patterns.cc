// Expressions built from others: "the first Monday of last month", "the last
// week of October 2014", ranges ("July 13-15", "August 10 - 22, 2012", "from
// May to December 2022"), offsets from a date ("two days after tomorrow"),
// "two upcoming weeks", "2018 March 18", "the 20th of next month".
#include "extract/text/date_words.h"
#include "extract/temporal/holidays.h"
#include "extract/temporal/temporal_grammar.h"
#include "extract/temporal/temporal_words.h"

namespace eventgraph {

using namespace grammar_literals;

// "[the] (first|2nd|last|third last) (Monday|week|day) (of|in) CONTAINER".
Grammar::Match Grammar::ordinal_of_period(size_t i) const {
  size_t j = is(i, "the"_gw) ? i + 1 : i;
  int n = 0;
  if (is(j, "last"_gw) || is(j, "final"_gw)) {
    n = -1;
    ++j;
  } else {
    n = ordinal_at(j);
    if (n < 1 || n > 5) return std::nullopt;
    ++j;
    if (is(j, "last"_gw) || is(j, "to"_gw)) {  // "third last", "second to last"
      if (is(j, "to"_gw)) ++j;
      if (!is(j, "last"_gw)) return std::nullopt;
      n = -n;
      ++j;
    }
  }
  GrammarMatch m{i, j + 1, {}};
  if (const int weekday = weekday_at(j); weekday > 0) {
    m.expr.weekday = weekday;
  } else if (is(j, "week"_gw)) {
    m.expr.ordinal_unit = Unit::kWeek;
  } else if (is(j, "day"_gw)) {
    m.expr.ordinal_unit = Unit::kDay;
  } else {
    return std::nullopt;
  }
  m.expr.ordinal = n;
  size_t k = j + 1;
  if (!is(k, "of"_gw) && !is(k, "in"_gw)) return std::nullopt;
  ++k;
  if (is(k, "the"_gw)) ++k;
  // The container: a month (with or without year), a shifted month or year, or a year.
  Match container;
  if (month_at(k, false) > 0) {
    container = standalone_month(k);
    if (!container) {
      container = GrammarMatch{k, skip_period(k + 1), {}};
      container->expr.month = month_at(k, false);
      container->expr.anchor = Anchor::kDct;
    }
  } else if (const Match shifted = shifted_unit(k); shifted && (shifted->expr.shift_unit == Unit::kMonth || shifted->expr.shift_unit == Unit::kYear)) {
    container = shifted;
  } else if (is_one_of(k, "next"_gw, "previous"_gw, "following"_gw) && (is(k + 1, "month"_gw) || is(k + 1, "year"_gw))) {
    container = GrammarMatch{k, k + 2, {}};
    container->expr.anchor = Anchor::kDct;
    container->expr.shift_unit = unit_at(k + 1);
    container->expr.shift = is(k, "previous"_gw) ? -1 : 1;
  } else if (is(k, "month"_gw) || is(k, "year"_gw)) {
    // "the first Monday of the month": this month.
    container = GrammarMatch{k, k + 1, {}};
    container->expr.anchor = Anchor::kDct;
    container->expr.shift_unit = unit_at(k);
    container->expr.shift = 0;
  } else {
    size_t year_end = 0;
    bool clipped = false;
    const int year = year_at(k, &year_end, &clipped);
    if (year < 0) return std::nullopt;
    container = GrammarMatch{k, year_end, {}};
    container->expr.year = year;
    container->expr.clipped_year = clipped;
  }
  if (m.expr.ordinal_unit == Unit::kNone && m.expr.weekday == 0) return std::nullopt;
  TimeExpr e = container->expr;
  e.weekday = m.expr.weekday;
  e.ordinal = m.expr.ordinal;
  e.ordinal_unit = m.expr.ordinal_unit;
  m.expr = e;
  m.end = container->end;
  return m;
}

// "July 13-15", "August 10 - 22, 2012", "10 - 22 August 2012", "23rd to 26th
// Oct", "from May to December 2022", "Aug 10 - Nov 12, 2011": two expressions,
// the second lending its year (and month) to the first where it names none.
Grammar::Match Grammar::date_range(size_t i) const {
  const size_t start = is(i, "from"_gw) || is(i, "between"_gw) ? i + 1 : i;
  const auto joiner = [&](size_t k) {
    return punct(k, "-") || punct(k, "\xE2\x80\x93") || is_one_of(k, "to"_gw, "through"_gw, "thru"_gw, "until"_gw, "till"_gw, "and"_gw);
  };
  // Without "from" or "between", "January and December" lists two, each resolved alone.
  const auto spans_range = [&](size_t k) { return joiner(k) && (start > i || !is(k, "and"_gw)); };
  // A range end with no year or day counts from the start: "from December to
  // May" is the May after that December, "Friday to Monday" the Monday after
  // that Friday (find_timexes resolves it from the start's date).
  const auto count_from_start = [](TimeExpr& end) {
    end.anchor = Anchor::kNarrative;
    end.direction = Direction::kFuture;
  };
  // Month D1 - D2 [, Year]
  if (const int month = month_at(start, false); month > 0) {
    const size_t d1 = skip_period(start + 1);
    const int day1 = day_at(d1);
    if (day1 > 0 && joiner(d1 + 1) && day_at(d1 + 2) > 0 && month_at(d1 + 3, false) == 0) {
      GrammarMatch m{start, d1 + 3, {}};
      m.expr.month = month;
      m.expr.day = day1;
      m.expr.anchor = Anchor::kDct;
      TimeExpr second = m.expr;
      second.day = day_at(d1 + 2);
      size_t y = d1 + 3;
      if (punct(y, ",")) ++y;
      size_t year_end = 0;
      bool clipped = false;
      if (const int year = year_at(y, &year_end, &clipped); year > 0) {
        m.expr.year = second.year = year;
        m.expr.clipped_year = second.clipped_year = clipped;
        m.expr.anchor = second.anchor = Anchor::kAbsolute;
        m.end = year_end;
      }
      m.split = d1 + 1;
      m.range_start = d1 + 2;
      m.range_end = second;
      return m;
    }
  }
  // [the] D1 - [the] D2 [of] Month [Year]: "13-15 July", "from the 13th to the 15th of July".
  const size_t d1 = is(start, "the"_gw) ? start + 1 : start;
  if (const int day1 = day_at(d1); day1 > 0 && joiner(d1 + 1)) {
    const size_t d2 = d1 + 2;
    const int day2 = day_at(is(d2, "the"_gw) ? d2 + 1 : d2);
    if (day2 > 0) {
      const Match tail = day_month_year(d2);
      if (tail && tail->expr.day == day2) {
        GrammarMatch m{start, tail->end, tail->expr};
        m.expr.day = day1;
        m.split = d1 + 1;
        m.range_start = d2;
        m.range_end = tail->expr;
        return m;
      }
    }
  }
  // Two years: "1960 - 1961", "from 1998 to 2002", "between 2010 and 2014";
  // not counts ("from 1500 to 2000 troops", "rose from 1500 to 2000").
  // Without "from" or "between" only a dash joins them: "2019 to 2020" may count.
  size_t year1_end = 0, year2_end = 0;
  if (const int year1 = year_at(start, &year1_end);
      year1 > 0 && word(start).size() == 4 && spans_range(year1_end) && !punct(year1_end + 2, "/") &&
      (start > i || punct(year1_end, "-") || punct(year1_end, "\xE2\x80\x93"))) {
    const int year2 = year_at(year1_end + 1, &year2_end);
    if (years_in_range(year1, year2) && word(year1_end + 1).size() == 4 && !count_noun_at(year2_end) &&
        !punct(year2_end, "/") && !punct(year2_end, "-")) {
      GrammarMatch m{start, year2_end, {}};
      m.expr.year = year1;
      m.split = year1_end;
      m.range_start = year1_end + 1;
      TimeExpr second;
      second.year = year2;
      m.range_end = second;
      return m;
    }
  }
  // "Monday to Friday", "from Tuesday through Thursday", "between Monday and Wednesday".
  if (const Match d1 = weekday_expr(start); d1 && d1->expr.month == 0 && spans_range(d1->end)) {
    const Match d2 = weekday_expr(d1->end + 1);
    if (d2 && d2->expr.direction == Direction::kUnset && d2->expr.month == 0) {
      GrammarMatch m{start, d2->end, d1->expr};
      m.split = d1->end;
      m.range_start = d1->end + 1;
      m.range_end = d2->expr;
      count_from_start(*m.range_end);
      return m;
    }
  }
  // X - Y with two full expressions: the first borrows the second's year.
  const Match first = calendar_date_no_range(start);
  if (!first || !joiner(first->end)) return std::nullopt;
  const Match second = calendar_date_no_range(first->end + 1);
  if (!second) return std::nullopt;
  GrammarMatch m{start, second->end, first->expr};
  if (m.expr.year < 0 && second->expr.year >= 0 && m.expr.month > 0) {
    m.expr.year = second->expr.year;
    // "from December to May 2025": December falls in the year before.
    if (m.expr.month > second->expr.month && second->expr.month > 0) --m.expr.year;
    m.expr.anchor = Anchor::kAbsolute;
  }
  m.split = first->end;
  m.range_start = first->end + 1;
  m.range_end = second->expr;
  if (m.range_end->year < 0 && m.expr.year >= 0 && m.range_end->month > 0) {
    m.range_end->year = m.expr.year + (m.range_end->month < m.expr.month ? 1 : 0);
    m.range_end->anchor = Anchor::kAbsolute;
  } else if (m.range_end->year < 0 && m.expr.year < 0 && m.range_end->month > 0 && m.expr.month > 0 &&
             m.range_end->day == 0 && m.expr.day == 0 && spans_range(first->end)) {
    count_from_start(*m.range_end);  // "from December to May"
  }
  return m;
}

// "two days after tomorrow", "a week before yesterday", "2 days after next
// Friday", "3 years from today".
Grammar::Match Grammar::offset_from_date(size_t i) const {
  size_t after = 0;
  const double count = count_at(i, &after);
  if (count < 1) return std::nullopt;
  const Unit unit = unit_at(after);
  if (unit == Unit::kNone || unit == Unit::kHour || unit == Unit::kMinute || unit == Unit::kSecond) return std::nullopt;
  size_t k = after + 1;
  int sign = 0;
  if (is(k, "after"_gw) || (is(k, "from"_gw) && !is(k + 1, "now"_gw))) sign = 1;
  else if (is(k, "before"_gw)) sign = -1;
  else return std::nullopt;
  Match base;
  Match candidates[] = {deictic_day(k + 1), weekday_expr(k + 1), calendar_date_no_range(k + 1), holiday_expr(k + 1)};
  for (Match& m : candidates) {
    if (m && (!base || m->end > base->end)) base = std::move(m);
  }
  if (!base || base->expr.type != TimexType::kDate) return std::nullopt;
  // A base that names a day of its own ("Easter", "next Friday", "March 3"):
  // shift the day it resolves to.
  if ((unit == Unit::kDay || unit == Unit::kWeek) &&
      (base->expr.holiday >= 0 || base->expr.weekday > 0 || (base->expr.month > 0 && base->expr.day > 0))) {
    TimeExpr e = base->expr;
    e.post_days += sign * static_cast<int>(count) * (unit == Unit::kWeek ? 7 : 1);
    return GrammarMatch{i, base->end, e};
  }
  // Only a base that names a single day can be shifted by days or weeks.
  TimeExpr e = base->expr;
  if (e.shift_unit == Unit::kDay && e.weekday == 0 && e.month == 0) {
    e.shift += sign * static_cast<int>(count) * (unit == Unit::kWeek ? 7 : 1);
    if (unit != Unit::kDay && unit != Unit::kWeek) {
      // "3 years from today": the shift is in years, the value a day.
      e.shift = sign * static_cast<int>(count);
      e.shift_unit = unit;
      e.keep_day = true;
      e.literal.clear();
    }
    GrammarMatch m{i, base->end, e};
    return m;
  }
  return std::nullopt;
}

// "two upcoming weeks", "upcoming 2 days", "the upcoming week", "2 upcoming months".
Grammar::Match Grammar::upcoming_units(size_t i) const {
  size_t j = is(i, "the"_gw) ? i + 1 : i;
  size_t after = 0;
  double count = 1;
  if (is(j, "upcoming"_gw)) {
    const double c = count_at(j + 1, &after);
    if (c >= 1 && unit_at(after) != Unit::kNone) count = c, j = after;
    else j = j + 1;
  } else {
    const double c = count_at(j, &after);
    if (c < 1 || !is(after, "upcoming"_gw)) return std::nullopt;
    count = c;
    j = after + 1;
  }
  const Unit unit = unit_at(j);
  if (unit == Unit::kNone || unit == Unit::kHour || unit == Unit::kMinute || unit == Unit::kSecond) return std::nullopt;
  GrammarMatch m{i, j + 1, {}};
  m.expr.anchor = Anchor::kDct;
  m.expr.shift_unit = unit;
  m.expr.shift = static_cast<int>(count);
  return m;
}

// "2018 March 18", "2024 August", "2023 Sept": year first.
Grammar::Match Grammar::year_month_day(size_t i) const {
  size_t year_end = 0;
  const int year = year_at(i, &year_end);
  if (year < 0 || word(i).size() != 4) return std::nullopt;
  size_t k = year_end;
  if (is(k, "ad"_gw)) ++k;
  const int month = month_at(k, false);
  if (month == 0 || (!capitalized(k) && i != begin_)) return std::nullopt;
  GrammarMatch m{i, skip_period(k + 1), {}};
  m.expr.year = year;
  m.expr.month = month;
  if (const int day = day_at(m.end); day > 0 && digits(m.end + 1) < 0) {
    m.expr.day = day;
    ++m.end;
  }
  return m;
}

// "the 20th of next month", "20 of this month", "20th day of next month".
Grammar::Match Grammar::day_of_shifted_month(size_t i) const {
  const size_t j = is(i, "the"_gw) ? i + 1 : i;
  const int day = day_at(j);
  if (day == 0) return std::nullopt;
  size_t k = j + 1;
  if (is(k, "day"_gw)) ++k;
  if (!is(k, "of"_gw)) return std::nullopt;
  ++k;
  if (is(k, "the"_gw)) ++k;
  Match month;
  if (const Match shifted = shifted_unit(k); shifted && shifted->expr.shift_unit == Unit::kMonth) month = shifted;
  else if (is_one_of(k, "next"_gw, "previous"_gw, "following"_gw) && is(k + 1, "month"_gw)) {
    month = GrammarMatch{k, k + 2, {}};
    month->expr.anchor = Anchor::kDct;
    month->expr.shift_unit = Unit::kMonth;
    month->expr.shift = is(k, "previous"_gw) ? -1 : 1;
  }
  if (!month) return std::nullopt;
  GrammarMatch m{i, month->end, month->expr};
  m.expr.ordinal = day;
  m.expr.ordinal_unit = Unit::kDay;
  return m;
}

// "the week of October 6th": the ISO week holding that day.
Grammar::Match Grammar::week_of(size_t i) const {
  if (!is(i, "the"_gw) || !is(i + 1, "week"_gw) || !is(i + 2, "of"_gw)) return std::nullopt;
  Match day = calendar_date_no_range(i + 3);
  if (!day || day->expr.day == 0) return std::nullopt;
  GrammarMatch m{i, day->end, day->expr};
  m.expr.ordinal = 0;
  m.expr.week_of_day = true;
  return m;
}

// "Christmas", "on Thanksgiving", "next Halloween", "last Easter", "Easter 2010",
// "Christmas Eve of 2014".
Grammar::Match Grammar::holiday_expr(size_t i) const {
  size_t j = i;
  Direction dir = Direction::kUnset;
  if (is(i, "next"_gw) || is(i, "coming"_gw)) dir = Direction::kStrictFuture, ++j;
  else if (is(i, "last"_gw) || is(i, "past"_gw)) dir = Direction::kStrictPast, ++j;
  else if (is(i, "this"_gw)) dir = Direction::kThis, ++j;
  if (j >= end_ || blocked_[j] || !(words_[j].classes & kHolidayStart)) return std::nullopt;
  size_t length = 0;
  const Holiday* h = match_holiday(text_, j, end_, &length);
  if (!h) return std::nullopt;
  GrammarMatch m{i, j + length, {}};
  m.expr.holiday = holiday_index(h);
  m.expr.direction = dir;
  m.expr.anchor = Anchor::kDct;
  if (take_year(m.end, m)) m.expr.anchor = Anchor::kAbsolute;
  return m;
}

}  // namespace eventgraph
