#include "extract/temporal/time_expr.h"

#include "extract/temporal/holidays.h"
#include "extract/timex_value.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace eventgraph {
namespace {

// Picks the candidate in `direction` from the anchor among instances one
// period apart: `at(k)` is the k-th instance relative to the anchor's period
// (k = 0: the one in the anchor's own year/week), `cmp(c)` compares it to the
// anchor (-1 before, 0 same, 1 after).
template <typename At, typename Compare>
auto choose(Direction d, At at, Compare cmp) {
  auto c0 = at(0);
  const int where = cmp(c0);
  switch (d) {
    case Direction::kThis: return c0;
    case Direction::kPast:
    case Direction::kUnset: return where <= 0 ? c0 : at(-1);
    case Direction::kStrictPast: return where < 0 ? c0 : at(-1);
    case Direction::kFuture: return where >= 0 ? c0 : at(1);
    case Direction::kStrictFuture: return where > 0 ? c0 : at(1);
    case Direction::kNearest: break;
  }
  // Nearest: compare distances of the instances around the anchor.
  const auto before = where <= 0 ? c0 : at(-1);
  const auto after = where >= 0 ? c0 : at(1);
  return std::abs(cmp.distance(before)) <= std::abs(cmp.distance(after)) ? before : after;
}

// The date among `candidate(k)`, k in [first, last], that falls on `weekday`
// and lies closest to `base` (the earlier on a tie), skipping dates before
// `base` unless `allow_back` and after it unless `allow_ahead`. `candidate`
// returns nullopt for a k with no such date (a 31st in a short month).
template <typename Candidate>
std::optional<CivilDate> nearest_on_weekday(int first, int last, Candidate candidate, int weekday_wanted,
                                            const CivilDate& base, bool allow_back, bool allow_ahead) {
  std::optional<CivilDate> best;
  long best_distance = 0;
  for (int k = first; k <= last; ++k) {
    const std::optional<CivilDate> d = candidate(k);
    if (!d || weekday(*d) != weekday_wanted || (!allow_back && *d < base) || (!allow_ahead && *d > base)) continue;
    const long distance = std::labs(days_from_civil(*d) - days_from_civil(base));
    if (!best || distance < best_distance) best = d, best_distance = distance;
  }
  return best;
}

// Whether `e` counts from the story's current date (an anaphor, when the
// story has named a date) rather than the publication date.
bool counts_from_narrative(const TimeExpr& e, const ResolveContext& context) {
  return e.anchor == Anchor::kNarrative && context.narrative;
}

struct DayCompare {
  CivilDate anchor;
  int operator()(const CivilDate& d) const { return d < anchor ? -1 : d == anchor ? 0 : 1; }
  long distance(const CivilDate& d) const { return days_from_civil(d) - days_from_civil(anchor); }
};

// A month (year*12+month-1) compared with the anchor's month.
struct MonthCompare {
  int anchor;
  int operator()(int m) const { return m < anchor ? -1 : m == anchor ? 0 : 1; }
  long distance(int m) const { return m - anchor; }
};

int month_index(int year, int month) { return year * 12 + month - 1; }

std::string two_digits(int n) { return zero_padded(n, 2); }

std::string time_suffix(const TimeExpr& e) {
  if (e.hour >= 0) {
    std::string s = "T" + two_digits(e.hour) + ":" + two_digits(std::max(e.minute, 0));
    return e.utc ? s + "Z" : s;
  }
  if (!e.part_of_day.empty()) return "T" + std::string(e.part_of_day);
  return "";
}

// A month-or-finer date shifted by units (the day is kept for day shifts).
CivilDate shift_date(const CivilDate& d, Unit unit, int n) {
  switch (unit) {
    case Unit::kDay: return add_days(d, n);
    case Unit::kWeek:
    case Unit::kWeekend: return add_days(d, 7L * n);
    case Unit::kMonth: return add_months(d, n);
    case Unit::kQuarter: return add_months(d, 3 * n);
    case Unit::kHalf: return add_months(d, 6 * n);
    case Unit::kYear: return add_months(d, 12 * n);
    case Unit::kDecade: return add_months(d, 120 * n);
    case Unit::kCentury: return add_months(d, 1200 * n);
    default: return d;
  }
}

std::string format_at_unit(const CivilDate& d, Unit unit) {
  switch (unit) {
    case Unit::kWeek: return format_iso_week(d);
    case Unit::kWeekend: return format_iso_week(d) + "-WE";
    case Unit::kMonth: return format_iso_month(d.year, d.month);
    case Unit::kQuarter: return format_year(d.year) + "-Q" + std::to_string((d.month - 1) / 3 + 1);
    case Unit::kHalf: return format_year(d.year) + "-H" + std::to_string((d.month - 1) / 6 + 1);
    case Unit::kYear: return format_year(d.year);
    case Unit::kDecade: return format_year(d.year).substr(0, 3);
    case Unit::kCentury: return format_year(d.year).substr(0, 2);
    default: return format_iso(d);
  }
}

// The placeholder for an expression that needs an anchor but has none.
std::string placeholder(const TimeExpr& e) {
  // A day keeps its time of day: "Tuesday evening" is XXXX-WXX-2TEV.
  if (e.weekday > 0) return "XXXX-WXX-" + std::to_string(e.weekday) + time_suffix(e);
  if (e.month > 0 && e.day > 0) return "XXXX-" + two_digits(e.month) + "-" + two_digits(e.day) + time_suffix(e);
  if (e.month > 0) return "XXXX-" + two_digits(e.month);
  if (e.quarter > 0) return "XXXX-Q" + std::to_string(e.quarter);
  if (!e.season.empty()) return "XXXX-" + std::string(e.season);
  switch (e.shift_unit) {
    case Unit::kWeek: return "XXXX-WXX";
    case Unit::kWeekend: return "XXXX-WXX-WE";
    case Unit::kMonth: return "XXXX-XX";
    case Unit::kYear: return "XXXX";
    default: return "XXXX-XX-XX" + time_suffix(e);
  }
}

Resolved absolute(const TimeExpr& e) {
  Resolved r;
  r.anchor = "absolute";
  if (e.century >= 0) {
    r.value = two_digits(e.century);
  } else if (e.decade >= 0) {
    r.value = zero_padded(e.decade, 3);
  } else if (e.month > 0 && e.day > 0) {
    if (!is_valid_date(e.year, e.month, e.day)) return {"", std::nullopt, "none"};
    const CivilDate d{e.year, e.month, e.day};
    r.value = format_iso(d) + time_suffix(e);
    r.day = d;
  } else if (e.month > 0) {
    r.value = format_iso_month(e.year, e.month);
  } else if (e.quarter > 0) {
    r.value = format_year(e.year) + "-Q" + std::to_string(e.quarter);
  } else if (e.half > 0) {
    r.value = format_year(e.year) + "-H" + std::to_string(e.half);
  } else if (!e.season.empty()) {
    r.value = format_year(e.year) + "-" + std::string(e.season);
  } else {
    r.value = format_year(e.year);
  }
  return r;
}

}  // namespace

std::string duration_value(double count, Unit unit) {
  // ISO 8601 has no decade or century unit: "two decades" is P20Y (as the
  // TimeML corpora write it), "decades" PXY.
  if (unit == Unit::kDecade || unit == Unit::kCentury) {
    return duration_value(count < 0 ? count : count * (unit == Unit::kDecade ? 10 : 100), Unit::kYear);
  }
  std::string n;
  if (count < 0) {
    n = "X";
  } else if (count == std::floor(count)) {
    n = std::to_string(static_cast<long>(count));
  } else {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%g", count);
    n = buf;
  }
  switch (unit) {
    case Unit::kSecond: return "PT" + n + "S";
    case Unit::kMinute: return "PT" + n + "M";
    case Unit::kHour: return "PT" + n + "H";
    case Unit::kDay: return "P" + n + "D";
    case Unit::kWeek: return "P" + n + "W";
    case Unit::kWeekend: return "P" + n + "WE";
    case Unit::kMonth: return "P" + n + "M";
    case Unit::kQuarter: return "P" + n + "Q";
    case Unit::kHalf: return "P" + (count < 0 ? n : std::to_string(static_cast<long>(count * 6))) + "M";
    case Unit::kYear: return "P" + n + "Y";
    case Unit::kDecade:
    case Unit::kCentury:
    case Unit::kNone: break;
  }
  return "P" + n + "D";
}

namespace {

// "the first Monday of last month", "the last week of October", "the fifth
// last day of May": the n-th weekday, full week or day inside the container
// the rest of the expression names.
Resolved resolve_ordinal(const TimeExpr& e, const ResolveContext& context) {
  TimeExpr container = e;
  container.ordinal = 0;
  container.ordinal_unit = Unit::kNone;
  container.weekday = 0;
  container.day = 0;
  const Resolved outer = resolve(container, context);
  const auto span = parse_timex_interval(outer.value);
  if (!span) return {"", std::nullopt, "none"};
  const int n = std::abs(e.ordinal);
  const bool from_end = e.ordinal < 0;
  CivilDate d;
  if (e.weekday > 0) {
    d = from_end ? add_days(span->last, -((weekday(span->last) - e.weekday + 7) % 7) - 7L * (n - 1))
                 : add_days(span->first, (e.weekday - weekday(span->first) + 7) % 7 + 7L * (n - 1));
  } else if (e.ordinal_unit == Unit::kWeek) {
    // Full weeks, Monday to Sunday, inside the container.
    d = from_end ? add_days(span->last, -((weekday(span->last)) % 7) - 6 - 7L * (n - 1))
                 : add_days(span->first, (8 - weekday(span->first)) % 7 + 7L * (n - 1));
    if (d < span->first || d > span->last) return {"", std::nullopt, "none"};
    return {format_iso_week(d), std::nullopt, outer.anchor};
  } else {
    d = from_end ? add_days(span->last, -(n - 1)) : add_days(span->first, n - 1);
  }
  if (d < span->first || d > span->last) return {"", std::nullopt, "none"};
  return {format_iso(d), d, outer.anchor};
}

// "Christmas", "next Thanksgiving", "Easter 2010": the holiday's date in the
// year the expression names or, relative to the anchor, in the direction it points.
Resolved resolve_holiday(const TimeExpr& e, const ResolveContext& context) {
  const Holiday& h = holiday_at(e.holiday);
  if (e.year >= 0) {
    const CivilDate d = holiday_date(h, e.year);
    return {format_iso(d), d, "absolute"};
  }
  const std::optional<CivilDate>& base = context.dct;
  if (!base) return {"", std::nullopt, "none"};
  const Direction dir = e.direction == Direction::kUnset ? context.month_tense : e.direction;
  const auto at = [&](int k) { return holiday_date(h, base->year + k); };
  const CivilDate d = choose(dir, at, DayCompare{*base});
  return {format_iso(d), d, "dct"};
}

// The value before the day offset or week an expression may add ("three days
// after Easter", "the week of October 6th").
Resolved resolve_unshifted(const TimeExpr& e, const ResolveContext& context) {
  if (!e.literal.empty()) return {e.literal, std::nullopt, "absolute"};
  if (e.ordinal != 0) return resolve_ordinal(e, context);
  if (e.holiday >= 0) return resolve_holiday(e, context);
  const bool has_year = e.year >= 0 || e.decade >= 0 || e.century >= 0;
  if (e.clipped_year && e.year >= 0 && context.dct) {
    // The latest such year at most ten years after publication: "since '82"
    // in 2008 is 1982, "the crash of '29" in 1987 is 1929, "in '24" in 2023 is 2024.
    TimeExpr in_century = e;
    in_century.year = (context.dct->year + 10) / 100 * 100 + e.year % 100;
    if (in_century.year > context.dct->year + 10) in_century.year -= 100;
    in_century.clipped_year = false;
    Resolved r = resolve_unshifted(in_century, context);
    if (r.anchor == "absolute") r.anchor = "dct";
    return r;
  }
  if (e.anchor == Anchor::kAbsolute && has_year) return absolute(e);

  const bool narrative = counts_from_narrative(e, context);
  const std::optional<CivilDate>& base = narrative ? context.narrative : context.dct;
  if (!base) return {placeholder(e), std::nullopt, "none"};
  Resolved r;
  r.anchor = narrative ? "narrative" : "dct";
  const Direction dir = e.direction == Direction::kUnset ? context.tense : e.direction;
  const Direction month_dir = e.direction == Direction::kUnset ? context.month_tense : e.direction;

  // A weekday on a day of the month ("Tuesday the 19th"): the closest month
  // where that day is that weekday, in the direction the clause points (like a
  // month-day, the nearest when it points nowhere).
  if (e.weekday > 0 && e.day > 0 && e.month == 0) {
    const Direction d_dir = e.direction == Direction::kUnset ? context.month_tense : e.direction;
    const bool allow_back = d_dir != Direction::kFuture && d_dir != Direction::kStrictFuture;
    const bool allow_ahead = d_dir != Direction::kPast && d_dir != Direction::kStrictPast;
    const auto day_in_month = [&](int k) -> std::optional<CivilDate> {
      const CivilDate m = add_months(CivilDate{base->year, base->month, 1}, k);
      if (e.day > days_in_month(m.year, m.month)) return std::nullopt;
      return CivilDate{m.year, m.month, e.day};
    };
    const std::optional<CivilDate> best =
        nearest_on_weekday(-24, 24, day_in_month, e.weekday, *base, allow_back, allow_ahead);
    if (!best) return {"", std::nullopt, "none"};
    r.value = format_iso(*best);
    r.day = best;
    return r;
  }
  // A weekday, possibly in a shifted week ("Tuesday", "last Friday", "Monday of next week").
  if (e.weekday > 0 && e.month == 0) {
    const CivilDate week_base = shift_date(*base, Unit::kWeek, e.shift_unit == Unit::kWeek ? e.shift : 0);
    CivilDate d;
    if (e.shift_unit == Unit::kWeek) {
      d = add_days(week_base, e.weekday - weekday(week_base));
    } else if (dir == Direction::kStrictFuture && e.direction == Direction::kStrictFuture && e.anchor == Anchor::kDct &&
               e.occurrence == 1) {
      // "next Wednesday": the Wednesday of next week, as both chrono and Duckling read it.
      // ("three Fridays from now" counts Fridays instead, below.)
      const CivilDate next_week = add_days(*base, 7);
      d = add_days(next_week, e.weekday - weekday(next_week));
    } else {
      const auto at = [&](int k) { return add_days(*base, e.weekday - weekday(*base) + 7 * k); };
      d = choose(dir, at, DayCompare{*base});
      // "two Thursdays ago", "Friday after next": further occurrences a week apart.
      const bool back = dir == Direction::kPast || dir == Direction::kStrictPast;
      d = add_days(d, (back ? -7L : 7L) * (e.occurrence - 1));
    }
    r.value = format_iso(d) + time_suffix(e);
    r.day = d;
    return r;
  }
  // A month and day without a year ("Oct. 31"), or a month alone ("February").
  if (e.month > 0) {
    // "October of next year", "March of last year": that month of the shifted year.
    if (e.shift_unit == Unit::kYear) {
      const int y = base->year + e.shift;
      if (e.day == 0) {
        r.value = format_iso_month(y, e.month);
        return r;
      }
      if (!is_valid_date(y, e.month, e.day)) return {"", std::nullopt, "none"};
      r.day = CivilDate{y, e.month, e.day};
      r.value = format_iso(*r.day) + time_suffix(e);
      return r;
    }
    const int anchor_month = month_index(base->year, base->month);
    if (e.day > 0) {
      // A weekday names the year: "Friday, July 18" is the July 18 nearest
      // the anchor that falls on a Friday, whichever way the clause points.
      // (A weekday that fits no year near by is a slip; the date decides.)
      if (e.weekday > 0) {
        const auto date_in_year = [&](int y) -> std::optional<CivilDate> {
          if (!is_valid_date(y, e.month, e.day)) return std::nullopt;
          return CivilDate{y, e.month, e.day};
        };
        const std::optional<CivilDate> best =
            nearest_on_weekday(base->year - 1, base->year + 1, date_in_year, e.weekday, *base, true, true);
        if (best) {
          r.value = format_iso(*best) + time_suffix(e);
          r.day = best;
          return r;
        }
      }
      const auto at = [&](int k) {
        const int y = base->year + k;
        return CivilDate{y, e.month, std::min(e.day, days_in_month(y, e.month))};
      };
      const CivilDate d = choose(month_dir, at, DayCompare{*base});
      if (!is_valid_date(d.year, e.month, e.day)) return {"", std::nullopt, "none"};
      r.value = format_iso(d) + time_suffix(e);
      r.day = d;
      return r;
    }
    const auto at = [&](int k) { return month_index(base->year + k, e.month); };
    const bool back = month_dir == Direction::kPast || month_dir == Direction::kStrictPast;
    const int m = choose(month_dir, at, MonthCompare{anchor_month}) + (back ? -12 : 12) * (e.occurrence - 1);
    r.value = format_iso_month(m / 12, m % 12 + 1);
    return r;
  }
  // A day of the month alone ("the 17th").
  if (e.day > 0) {
    const auto at = [&](int k) {
      const CivilDate m = add_months(CivilDate{base->year, base->month, 1}, k);
      return CivilDate{m.year, m.month, std::min(e.day, days_in_month(m.year, m.month))};
    };
    const CivilDate d = choose(dir, at, DayCompare{*base});
    r.value = format_iso(d) + time_suffix(e);
    r.day = d;
    return r;
  }
  // A quarter, half or season of an unnamed year ("the fourth quarter").
  if (e.quarter > 0 || e.half > 0 || !e.season.empty()) {
    const int first_month = e.quarter > 0 ? 3 * e.quarter - 2 : e.half > 0 ? 6 * e.half - 5
                            : e.season == "SP" ? 3 : e.season == "SU" ? 6 : e.season == "FA" ? 9 : 12;
    const int length = e.quarter > 0 ? 3 : e.half > 0 ? 6 : 3;
    const int anchor_month = month_index(base->year, base->month);
    const int shift_years = e.shift_unit == Unit::kYear ? e.shift : 0;
    // Compare periods by whether the anchor month falls before, inside or after them.
    struct PeriodCompare {
      int anchor, length;
      int operator()(int start) const { return start + length <= anchor ? -1 : start > anchor ? 1 : 0; }
      long distance(int start) const { return start - anchor; }
    };
    const auto at = [&](int k) { return month_index(base->year + k + shift_years, first_month); };
    // Like a month, the nearest such period when the clause points nowhere.
    const int start = e.shift_unit == Unit::kYear ? at(0) : choose(month_dir, at, PeriodCompare{anchor_month, length});
    const int year = start / 12;
    r.value = format_year(year) + (e.quarter > 0   ? "-Q" + std::to_string(e.quarter)
                                   : e.half > 0    ? "-H" + std::to_string(e.half)
                                                   : "-" + std::string(e.season));
    return r;
  }
  // A shift of the anchor by whole units ("last week", "two days ago", "tomorrow").
  if (e.shift_unit != Unit::kNone) {
    int shift = e.shift;
    // "the weekend" said on a weekday is the one before (news) or after (future).
    if (e.shift_unit == Unit::kWeekend && shift == 0 && e.direction == Direction::kUnset && weekday(*base) < 6 &&
        (dir == Direction::kPast || dir == Direction::kStrictPast)) {
      shift = -1;
    }
    const CivilDate d = shift_date(*base, e.shift_unit, shift);
    const Unit shown = e.keep_day ? Unit::kDay : e.shift_unit;
    r.value = format_at_unit(d, shown) + (shown == Unit::kDay ? time_suffix(e) : "");
    if (shown == Unit::kDay) r.day = d;
    return r;
  }
  // The anchor itself ("today", "that day", "tonight").
  r.value = format_iso(*base) + time_suffix(e);
  r.day = *base;
  return r;
}

}  // namespace

Resolved resolve(const TimeExpr& e, const ResolveContext& context) {
  Resolved r = resolve_unshifted(e, context);
  if (e.post_days != 0 && r.day) {
    r.day = add_days(*r.day, e.post_days);
    r.value = format_iso(*r.day);
  }
  if (e.week_of_day && r.day) {
    r.value = format_iso_week(*r.day);
    r.day.reset();
  }
  if (e.reach != 0 && e.reach_count > 0) {
    const bool narrative = counts_from_narrative(e, context);
    const std::optional<CivilDate>& base = narrative ? context.narrative : context.dct;
    if (base) {
      const CivilDate other = shift_date(*base, e.reach_unit, e.reach * e.reach_count);
      r.begin = e.reach < 0 ? other : *base;
      r.end = e.reach < 0 ? *base : other;
      r.anchor = narrative ? "narrative" : "dct";
    }
  }
  return r;
}

}  // namespace eventgraph
