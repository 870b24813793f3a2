// Grammar::match_at(): which pattern families can start at a token, and the
// longest match among those that run. Where the scanner spends its time is
// here: at a candidate token only the families whose first word it can be
// are tried (kStarters), so a lead word such as "in" runs one family, not twenty.
#include <array>

#include "extract/temporal/temporal_grammar.h"
#include "extract/temporal/temporal_words.h"

namespace eventgraph {

using namespace grammar_literals;

namespace {

// The pattern families at() tries, as bits.
enum Family : uint32_t {
  kPartOfPeriod = 1u << 0,
  kCalendarDate = 1u << 1,
  kWeekdayExpr = 1u << 2,
  kDeicticDay = 1u << 3,
  kShiftedUnit = 1u << 4,
  kCountedShift = 1u << 5,
  kAnaphoric = 1u << 6,
  kQuarterHalf = 1u << 7,
  kSeasonExpr = 1u << 8,
  kDecadeOrCentury = 1u << 9,
  kYearExpr = 1u << 10,
  kSetExpr = 1u << 11,
  kDuration = 1u << 12,
  kReferenceWord = 1u << 13,
  kOrdinalOfPeriod = 1u << 14,
  kOffsetFromDate = 1u << 15,
  kUpcomingUnits = 1u << 16,
  kDayOfShiftedMonth = 1u << 17,
  kHolidayExpr = 1u << 18,
  kWeekOf = 1u << 19,
  kClockTime = 1u << 20,
};

// Which families can match starting at a token, by what the token is: each
// family's first test asks for one of these. Most candidates are lead words
// ("in", "for the", "at") that only a family or two can start with, and
// trying all twenty there was most of the scanner's time. A family that
// learns a new first word must be listed here for it.
// Families whose first token may be a number ("17", "1990s", "3rd", "9am").
constexpr uint32_t kNumberStarts = kCalendarDate | kCountedShift | kQuarterHalf | kDecadeOrCentury | kYearExpr |
                                   kDuration | kOrdinalOfPeriod | kOffsetFromDate | kUpcomingUnits |
                                   kDayOfShiftedMonth | kClockTime;
// Families whose first token may be a temporal word (a month, weekday, unit,
// number word, ordinal, "today", "daily", "now", "mid-2015", "fiscal").
constexpr uint32_t kTemporalStarts = kPartOfPeriod | kCalendarDate | kWeekdayExpr | kDeicticDay | kCountedShift |
                                     kQuarterHalf | kSeasonExpr | kYearExpr | kSetExpr | kDuration |
                                     kReferenceWord | kOrdinalOfPeriod | kOffsetFromDate | kUpcomingUnits |
                                     kDayOfShiftedMonth | kClockTime;
// An apostrophe before digits: "'96", "'90s".
constexpr uint32_t kApostropheStarts = kYearExpr | kDecadeOrCentury;

struct Starter {
  GrammarWord word;
  uint32_t families;
};
constexpr uint32_t kCountStarts = kCountedShift | kDuration;  // "several days", "a few weeks"
constexpr Starter kStarters[] = {
    {"the"_gw, kPartOfPeriod | kCalendarDate | kWeekdayExpr | kDeicticDay | kShiftedUnit | kAnaphoric | kQuarterHalf |
                   kSeasonExpr | kDecadeOrCentury | kDuration | kReferenceWord | kOrdinalOfPeriod | kUpcomingUnits |
                   kDayOfShiftedMonth | kWeekOf},
    {"a"_gw, kCountStarts | kSetExpr | kOffsetFromDate | kUpcomingUnits},
    {"an"_gw, kCountStarts | kSetExpr | kOffsetFromDate | kUpcomingUnits},
    {"several"_gw, kCountStarts},
    {"few"_gw, kCountStarts},
    {"many"_gw, kCountStarts},
    {"some"_gw, kCountStarts},
    {"numerous"_gw, kCountStarts},
    {"dozens"_gw, kCountStarts},
    {"hundreds"_gw, kCountStarts},
    {"thousands"_gw, kCountStarts},
    {"in"_gw, kCountedShift},
    {"within"_gw, kCountedShift},
    {"from"_gw, kCalendarDate},
    {"between"_gw, kCalendarDate},
    {"last"_gw, kWeekdayExpr | kDeicticDay | kShiftedUnit | kSeasonExpr | kQuarterHalf | kOrdinalOfPeriod | kHolidayExpr},
    {"past"_gw, kWeekdayExpr | kShiftedUnit | kSeasonExpr | kHolidayExpr},
    {"next"_gw, kAnaphoric | kWeekdayExpr | kShiftedUnit | kSeasonExpr | kHolidayExpr},
    {"coming"_gw, kWeekdayExpr | kShiftedUnit | kSeasonExpr | kHolidayExpr},
    {"this"_gw, kWeekdayExpr | kDeicticDay | kShiftedUnit | kSeasonExpr | kHolidayExpr},
    {"previous"_gw, kShiftedUnit},
    {"current"_gw, kShiftedUnit},
    {"that"_gw, kDeicticDay | kAnaphoric},
    {"later"_gw, kAnaphoric | kPartOfPeriod},
    {"earlier"_gw, kAnaphoric | kPartOfPeriod},
    {"early"_gw, kPartOfPeriod},
    {"mid"_gw, kPartOfPeriod},
    {"late"_gw, kPartOfPeriod},
    {"end"_gw, kPartOfPeriod},
    {"beginning"_gw, kPartOfPeriod},
    {"start"_gw, kPartOfPeriod},
    {"middle"_gw, kPartOfPeriod},
    {"close"_gw, kPartOfPeriod},
    {"turn"_gw, kPartOfPeriod},
    {"final"_gw, kQuarterHalf | kOrdinalOfPeriod},
    {"every"_gw, kSetExpr},
    {"each"_gw, kSetExpr},
    {"per"_gw, kSetExpr},
    {"about"_gw, kDuration},
    {"around"_gw, kDuration},
    {"approximately"_gw, kDuration},
    {"roughly"_gw, kDuration},
    {"nearly"_gw, kDuration},
    {"almost"_gw, kDuration},
    {"over"_gw, kDuration},
    {"under"_gw, kDuration},
    {"more"_gw, kDuration},
    {"less"_gw, kDuration},
    {"fewer"_gw, kDuration},
    {"at"_gw, kDuration},
    {"up"_gw, kDuration},
};

// Words that start a duration without the article only before a count
// ("last 2 weeks", "next three days"): asked apart, as most of them ("last
// year", "next week") are followed by no count.
constexpr GrammarWord kReachingWords[] = {"last"_gw, "past"_gw, "next"_gw, "coming"_gw, "previous"_gw};
constexpr std::array<uint8_t, 256> kReachingByWord = [] {
  std::array<uint8_t, 256> table{};
  for (const GrammarWord w : kReachingWords) table[w] = 1;
  return table;
}();

// kStarters as a table indexed by GrammarWord.
constexpr std::array<uint32_t, 256> kStartsByWord = [] {
  std::array<uint32_t, 256> table{};
  for (const Starter& s : kStarters) table[s.word] |= s.families;
  return table;
}();

}  // namespace

std::optional<GrammarMatch> Grammar::match_at(size_t i) const {
  if (blocked_[i]) return std::nullopt;
  const TemporalWordInfo& w = words_[i];
  uint32_t families = kStartsByWord[w.word];
  if (tokens_[i].kind == TokenKind::kNumber) families |= kNumberStarts;
  if (w.classes & kTemporalWord) families |= kTemporalStarts;
  if (w.classes & kHolidayStart) families |= kHolidayExpr;
  if (punct(i, "'") || punct(i, "\xE2\x80\x99")) families |= kApostropheStarts;
  const bool count_next = i + 1 < end_ && (tokens_[i + 1].kind == TokenKind::kNumber ||
                                           (words_[i + 1].classes & kNumberWord) != 0);
  families |= kDuration & (0u - static_cast<uint32_t>(kReachingByWord[w.word] & count_next));
  if (families == 0 || !can_start(i)) return std::nullopt;  // "for", "took": lead words no family starts with
  // A count needs its unit within four tokens ("60-day", "between 60 and 90
  // days", "30 consecutive trading days"): most numbers have none near.
  if (tokens_[i].kind == TokenKind::kNumber && !temporal_word(i + 1) && !temporal_word(i + 2) &&
      !temporal_word(i + 3) && !temporal_word(i + 4)) {
    families &= ~(kCountedShift | kDuration | kOffsetFromDate | kUpcomingUnits);
  }
  Match best;
  const auto consider = [&](Match m) {
    if (m && m->end > m->first && (!best || m->end > best->end)) best = std::move(m);
  };
  if (families & kPartOfPeriod) consider(part_of_period(i));
  if (families & kCalendarDate) consider(calendar_date(i));
  if (families & kWeekdayExpr) consider(weekday_expr(i));
  if (families & kDeicticDay) consider(deictic_day(i));
  if (families & kShiftedUnit) consider(shifted_unit(i));
  if (families & kCountedShift) consider(counted_shift(i));
  if (families & kAnaphoric) consider(anaphoric(i));
  if (families & kQuarterHalf) consider(quarter_half(i));
  if (families & kSeasonExpr) consider(season_expr(i));
  if (families & kDecadeOrCentury) consider(decade_or_century(i));
  if (families & kYearExpr) consider(year_expr(i));
  if (families & kSetExpr) consider(set_expr(i));
  if (families & kDuration) consider(duration(i));
  if (families & kReferenceWord) consider(reference_word(i));
  if (families & kOrdinalOfPeriod) consider(ordinal_of_period(i));
  if (families & kOffsetFromDate) consider(offset_from_date(i));
  if (families & kUpcomingUnits) consider(upcoming_units(i));
  if (families & kDayOfShiftedMonth) consider(day_of_shifted_month(i));
  if (families & kHolidayExpr) consider(holiday_expr(i));
  if (families & kWeekOf) consider(week_of(i));
  // The clock competes with a one-token match: "1130" alone is a year, "1130
  // GMT" a time, and the longer match wins; a bare four digits the clock
  // reads as a time win a tie: after "at" ("the market will open at 1000"),
  // before a range's cued end ("between 1800 and 2100 local time"), once the
  // line has told its clock ("set for 1130 GMT, moved to 1430").
  if ((!best || best->end == i + 1) && (families & kClockTime)) {
    Match clock = clock_time(i);
    if (clock && best && clock->end == best->end && clock->end == i + 1 && word(i).size() == 4) {
      best = std::move(clock);
    } else {
      consider(std::move(clock));
    }
  }
  // A time followed by its day: "9 a.m. Tuesday", "12:00 UTC Monday", "16:00
  // UTC today". After a comma the day is its own expression ("at 16:15 UTC,
  // June 1st") and lends the time its date.
  if (best && best->expr.type == TimexType::kTime && best->expr.hour >= 0 && best->expr.weekday == 0 &&
      best->expr.month == 0 && best->expr.shift_unit == Unit::kNone) {
    size_t k = best->end;
    const bool apposed = punct(k, ",");
    if (is(k, "on"_gw) || apposed) ++k;
    Match day;
    Match candidates[] = {calendar_date(k), weekday_expr(k), deictic_day(k)};
    for (Match& m : candidates) {
      if (m && !m->range_end && m->expr.type == TimexType::kDate && (!day || m->end > day->end)) day = std::move(m);
    }
    if (day && day->expr.day + day->expr.weekday + (day->expr.shift_unit == Unit::kDay ? 1 : 0) > 0) {
      TimeExpr e = day->expr;
      e.type = TimexType::kTime;
      e.hour = best->expr.hour;
      e.minute = best->expr.minute;
      e.utc = best->expr.utc;
      best = GrammarMatch{best->first, apposed ? best->end : day->end, e};
    }
  }
  return best;
}

}  // namespace eventgraph
