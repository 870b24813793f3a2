// time_expr.h: what a time expression says, before it is anchored, and how it
// becomes a TIMEX3 value.
//
// The grammar (temporal_grammar.h) reads tokens into a TimeExpr; the resolver
// here turns it into a value, given the publication date, the narrative's
// current date, and the direction the clause points. Keeping the two apart
// means "on Tuesday" is parsed once and resolved by one rule, whatever the
// convention (news: past; Duckling: future; chrono: nearest).
//
//   TimeExpr e;               // "last week"
//   e.shift_unit = Unit::kWeek;
//   e.shift = -1;
//   e.anchor = Anchor::kDct;
//   resolve(e, {dct = 2015-11-18, ...}).value;   // "2015-W46"
#pragma once

#include <optional>
#include <string>

#include "extract/text/civil_date.h"
#include "extract/extraction.h"

namespace eventgraph {

enum class Unit : uint8_t { kNone, kSecond, kMinute, kHour, kDay, kWeek, kWeekend, kMonth, kQuarter, kHalf, kYear, kDecade, kCentury };

// Units a "last/next/this" can shift and a reaching duration can count from a
// date; hours and minutes are no calendar period.
inline bool is_calendar_unit(Unit u) {
  return u == Unit::kDay || u == Unit::kWeek || u == Unit::kWeekend || u == Unit::kMonth || u == Unit::kQuarter ||
         u == Unit::kYear || u == Unit::kDecade || u == Unit::kCentury;
}

// What a relative expression counts from.
enum class Anchor {
  kAbsolute,   // fully written ("November 18, 2015")
  kDct,        // the publication date ("yesterday", "last week", "Tuesday")
  kNarrative,  // the story's current date ("a day later", "that evening")
};

// Which instance an underspecified expression ("Tuesday", "February", "the
// fourth quarter") means.
enum class Direction {
  kUnset,         // let the clause's tense and the preference decide
  kPast,          // the latest one on or before the anchor ("on Tuesday", said)
  kStrictPast,    // before the anchor ("last Tuesday" said on a Tuesday)
  kFuture,        // the first one on or after the anchor
  kStrictFuture,  // after the anchor ("next Monday")
  kNearest,       // the closest either way
  kThis,          // the one in the anchor's own week/year ("this Tuesday")
};

struct TimeExpr {
  TimexType type = TimexType::kDate;
  Anchor anchor = Anchor::kAbsolute;
  Direction direction = Direction::kUnset;
  // The direction when neither the expression nor its clause gives one
  // ("3rd qtr" in an earnings note has begun); unset: the nearest.
  Direction lean = Direction::kUnset;

  // Calendar fields as written; -1 or 0 when absent.
  int year = -1;
  // The year was written with two digits after an apostrophe ("since '82"):
  // the resolver picks its century from the publication date.
  bool clipped_year = false;
  int month = 0;    // 1..12
  int day = 0;      // 1..31
  int weekday = 0;  // 1..7
  int quarter = 0;  // 1..4
  int half = 0;     // 1..2
  // The text fields below view static strings: a TimeExpr is cheap to copy,
  // and the grammar copies candidates often.
  std::string_view season;  // "SP", "SU", "FA", "WI"
  int decade = -1;     // 199 for the 1990s
  int century = -1;    // 19 for the 20th century
  bool weekend = false;
  // "the first Monday of", "the last week of": the n-th (negative: from the end)
  // weekday, week or day inside the month or year the other fields name.
  int ordinal = 0;
  Unit ordinal_unit = Unit::kNone;
  // A named day (holidays.h): its index in the holiday table, or -1.
  int holiday = -1;
  // Days added once the expression names a day ("three days after Easter").
  int post_days = 0;
  // Which occurrence of a weekday or month in `direction`: 1 is the next (or
  // last) one, 2 the one after ("Friday after next", "two Thursdays ago").
  int occurrence = 1;
  // The ISO week holding the day named ("the week of October 6th").
  bool week_of_day = false;

  // "last week" = shift -1 of kWeek; "two days ago" = shift -2 of kDay;
  // "this year" = shift 0 of kYear. Unit::kNone when nothing is shifted.
  Unit shift_unit = Unit::kNone;
  int shift = 0;
  // The shifted date keeps day precision ("three years from today" is a day).
  bool keep_day = false;

  // Time of day: a part ("MO", "AF", "EV", "NI", "DT") or a clock time.
  std::string_view part_of_day;
  int hour = -1;
  int minute = -1;
  bool utc = false;

  // A duration that runs up to its anchor (-1: "the past two weeks") or on
  // from it (+1: "the next three days"), `reach_count` units of
  // `reach_unit` long; 0 for one that floats ("for two weeks"). Gives the
  // duration its begin and end points (TIMEX3 beginPoint and endPoint).
  int reach = 0;
  int reach_count = 0;
  Unit reach_unit = Unit::kNone;

  // Set directly when the grammar knows the value ("P3D", "PRESENT_REF").
  std::string literal;
  std::string_view mod;  // TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, ...
};

struct ResolveContext {
  std::optional<CivilDate> dct;
  std::optional<CivilDate> narrative;  // the last full date the story mentioned
  Direction tense = Direction::kPast;  // from the clause and the preference
  // The direction for months and month-days; chrono's convention sends them
  // forward while weekdays go to the nearest.
  Direction month_tense = Direction::kPast;
};

struct Resolved {
  Resolved() = default;
  Resolved(std::string v, std::optional<CivilDate> d, std::string a)
      : value(std::move(v)), day(d), anchor(std::move(a)) {}

  std::string value;
  // The calendar day the value names, when it names exactly one (for the
  // narrative anchor).
  std::optional<CivilDate> day;
  std::string anchor;  // "absolute", "dct", "narrative", "none"
  // A reaching duration's first and last day.
  std::optional<CivilDate> begin;
  std::optional<CivilDate> end;
};

Resolved resolve(const TimeExpr& e, const ResolveContext& context);

// "P3D", "PT16H", "P2W", "PXY" (count < 0 means unknown: "several days").
std::string duration_value(double count, Unit unit);

}  // namespace eventgraph
