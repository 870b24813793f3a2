// Expressions relative to the publication date ("yesterday", "on Tuesday",
// "last week", "two days ago", "this year") or to the story's current date
// ("a day later", "the previous day", "that evening"), and the reference words
// ("now", "recently", "the past").
#include "extract/text/date_words.h"
#include "extract/temporal/temporal_grammar.h"
#include "extract/temporal/temporal_words.h"

namespace eventgraph {

using namespace grammar_literals;
namespace {

GrammarMatch shifted(size_t first, size_t end, Anchor anchor, Unit unit, int shift) {
  GrammarMatch m{first, end, {}};
  m.expr.anchor = anchor;
  m.expr.shift_unit = unit;
  m.expr.shift = shift;
  return m;
}

}  // namespace

// today, tonight, yesterday, tomorrow (with a part of day), "the day after tomorrow".
Grammar::Match Grammar::deictic_day(size_t i) const {
  Match m;
  if (is(i, "today"_gw) || is(i, "todays"_gw)) {
    m = shifted(i, i + 1, Anchor::kDct, Unit::kDay, 0);
  } else if (is(i, "tonight"_gw)) {
    m = shifted(i, i + 1, Anchor::kDct, Unit::kDay, 0);
    m->expr.part_of_day = "NI";
    m->expr.type = TimexType::kTime;
    return m;
  } else if (is(i, "yesterday"_gw)) {
    m = shifted(i, i + 1, Anchor::kDct, Unit::kDay, -1);
  } else if (is(i, "tomorrow"_gw) || is(i, "tomorrows"_gw)) {
    m = shifted(i, i + 1, Anchor::kDct, Unit::kDay, 1);
  } else if (is(i, "the"_gw) && is(i + 1, "day"_gw) && (is(i + 2, "after"_gw) || is(i + 2, "before"_gw)) &&
             (is(i + 3, "tomorrow"_gw) || is(i + 3, "yesterday"_gw))) {
    m = shifted(i, i + 4, Anchor::kDct, Unit::kDay, is(i + 3, "tomorrow"_gw) ? 2 : -2);
  } else if ((is(i, "this"_gw) || is(i, "last"_gw) || is(i, "that"_gw)) && !part_of_day_at(i + 1).empty() &&
             !is(i + 1, "overnight"_gw)) {
    // "this morning", "last night", "that evening" (the story's day).
    const bool last = is(i, "last"_gw);
    if (last && !is(i + 1, "night"_gw)) return std::nullopt;  // "last evening" is rare; "last morning" odd
    m = shifted(i, i + 2, is(i, "that"_gw) ? Anchor::kNarrative : Anchor::kDct, Unit::kDay, last ? -1 : 0);
    m->expr.part_of_day = part_of_day_at(i + 1);
    m->expr.type = TimexType::kTime;
    return m;
  } else {
    return std::nullopt;
  }
  // "yesterday morning", "tomorrow night".
  if (const std::string_view part = part_of_day_at(m->end); !part.empty()) {
    m->expr.part_of_day = part;
    m->expr.type = TimexType::kTime;
    ++m->end;
  }
  return m;
}

// "Tuesday", "last Friday", "next Monday", "this Saturday", "Tuesday evening",
// "Monday of next week", "Tuesday, next week", "the following Tuesday".
Grammar::Match Grammar::weekday_expr(size_t i) const {
  size_t j = i;
  Direction dir = Direction::kUnset;
  Anchor anchor = Anchor::kDct;
  if (is(i, "last"_gw) || is(i, "past"_gw)) dir = Direction::kStrictPast, j = i + 1;
  else if (is(i, "next"_gw) || is(i, "coming"_gw)) dir = Direction::kStrictFuture, j = i + 1;
  else if (is(i, "this"_gw)) dir = Direction::kFuture, j = i + 1;  // "this Saturday": the coming one
  else if (is(i, "the"_gw) && is(i + 1, "following"_gw)) dir = Direction::kStrictFuture, anchor = Anchor::kNarrative, j = i + 2;
  else if (is(i, "the"_gw) && is(i + 1, "previous"_gw)) dir = Direction::kStrictPast, anchor = Anchor::kNarrative, j = i + 2;
  const int weekday = weekday_at(j);
  if (weekday == 0) return std::nullopt;
  // Names: "Sunday Times", "Black Friday", "Bloody Sunday", "Super Tuesday".
  if (capitalized(j + 1) && weekday_at(j + 1) == 0 && month_at(j + 1, false) == 0 && part_of_day_at(j + 1).empty() &&
      !is_one_of(j + 1, "and"_gw, "or"_gw, "but"_gw) && tokens_[j + 1].kind == TokenKind::kWord) {
    return std::nullopt;
  }
  // A name's first word: "Black Monday", "Bloody Sunday", "Super Tuesday"
  // (other capitalized words before a weekday are a place or a headline:
  // "in Europe and Asia Monday", "Stocks Fall Monday").
  // An abbreviation after any capitalized word is part of a name ("Lai Sun",
  // "Loh Hoon Sun.").
  if (j == i && j > begin_ && capitalized(j - 1) && !sentence_initial(j - 1) &&
      tokens_[j - 1].kind == TokenKind::kWord && weekday_at(j - 1) == 0 &&
      (is_one_of(j - 1, "black"_gw, "bloody"_gw, "super"_gw, "easter"_gw, "palm"_gw, "cyber"_gw, "ash"_gw, "good"_gw,
                 "holy"_gw, "shrove"_gw, "blue"_gw, "maundy"_gw, "whit"_gw, "giving"_gw) ||
       word(j).size() < 6)) {
    return std::nullopt;
  }
  GrammarMatch m{i, skip_period(j + 1), {}};
  m.expr.weekday = weekday;
  m.expr.anchor = anchor;
  m.expr.direction = dir;
  // "Friday after next": the second coming Friday.
  if (dir == Direction::kUnset && is(m.end, "after"_gw) && is(m.end + 1, "next"_gw)) {
    m.expr.direction = Direction::kStrictFuture;
    m.expr.occurrence = 2;
    m.end += 2;
    return m;
  }
  // "Tuesday the 19th", "Thu 15th": a weekday on a day of the month.
  {
    size_t d = m.end;
    if (punct(d, ",")) ++d;
    if (is(d, "the"_gw)) ++d;
    // `d` may be past the last token ("... on Tuesday," ends the text: the
    // fuzzer found the read one past the end).
    const int day = d < end_ ? ordinal_at(d) : 0;
    // Not an ordinal word before a noun: "on Tuesday the first generation
    // of". "Friday the 13th was" is a day: the digits say so.
    const bool noun_follows = d < end_ && tokens_[d].kind == TokenKind::kWord && d + 1 < end_ &&
                              tokens_[d + 1].kind == TokenKind::kWord && !capitalized(d + 1);
    if (day >= 1 && day <= 31 && (tokens_[d].kind == TokenKind::kWord || word(d).size() > 2) &&
        month_at(d + 1, false) == 0 && !is(d + 1, "of"_gw) && !noun_follows) {
      m.expr.day = day;
      m.end = d + 1;
      return m;
    }
  }
  size_t k = m.end;
  // "Monday of next week", "Tuesday, next week", "Friday last week".
  size_t w = k;
  if (is(w, "of"_gw) || punct(w, ",")) ++w;
  if ((is(w, "next"_gw) || is(w, "last"_gw) || is(w, "this"_gw)) && is(w + 1, "week"_gw)) {
    m.expr.shift_unit = Unit::kWeek;
    m.expr.shift = is(w, "next"_gw) ? 1 : is(w, "last"_gw) ? -1 : 0;
    m.end = w + 2;
    return m;
  }
  if (const std::string_view part = part_of_day_at(k); !part.empty()) {
    m.expr.part_of_day = part;
    m.expr.type = TimexType::kTime;
    m.end = k + 1;
  } else {
    if (is(k, "at"_gw) || punct(k, ",")) ++k;
    if (const Match time = clock_time(k)) {
      m.expr.hour = time->expr.hour;
      m.expr.minute = time->expr.minute;
      m.expr.utc = time->expr.utc;
      m.expr.type = TimexType::kTime;
      m.end = time->end;
    }
  }
  return m;
}

// "last week", "next month", "this year", "the coming weekend", "last July",
// "past week", "this quarter", "the weekend".
Grammar::Match Grammar::shifted_unit(size_t i) const {
  size_t j = i;
  int shift = 0;
  Direction month_dir = Direction::kUnset;
  if (is(i, "the"_gw) && is_one_of(i + 1, "coming"_gw, "current"_gw)) j = i + 1;
  if (is_one_of(j, "last"_gw, "past"_gw, "previous"_gw)) shift = -1, month_dir = Direction::kStrictPast;
  else if (is_one_of(j, "next"_gw, "coming"_gw)) shift = 1, month_dir = Direction::kStrictFuture;
  else if (is_one_of(j, "this"_gw, "current"_gw)) shift = 0, month_dir = Direction::kThis;
  else if (is(i, "the"_gw) && is_one_of(i + 1, "weekend"_gw)) {
    GrammarMatch m = shifted(i, i + 2, Anchor::kDct, Unit::kWeekend, 0);
    m.expr.direction = Direction::kUnset;  // the resolver picks the nearest in the clause's direction
    return m;
  } else {
    return std::nullopt;
  }
  // "last July", "next February".
  if (const int month = month_at(j + 1, false); month > 0) {
    GrammarMatch m{i, skip_period(j + 2), {}};
    m.expr.month = month;
    m.expr.anchor = Anchor::kDct;
    m.expr.direction = month_dir;
    return m;
  }
  const Unit unit = unit_at(j + 1);
  if (!is_calendar_unit(unit) || unit == Unit::kDay || is(j + 1, "weeks"_gw) || is(j + 1, "months"_gw) || is(j + 1, "years"_gw) ||
      is(j + 1, "days"_gw) || is(j + 1, "decades"_gw)) {
    return std::nullopt;
  }
  // "the past week" is a duration; "past week" and "last week" name the week,
  // and "the past decade" names the decade.
  if (is(i - 1, "the"_gw) && (is(j, "past"_gw) || is(j, "last"_gw)) && unit != Unit::kDecade) return std::nullopt;
  if (is(i - 1, "the"_gw) && unit == Unit::kDecade) {
    GrammarMatch m = shifted(i - 1, j + 2, Anchor::kDct, unit, shift);
    return m;
  }
  GrammarMatch m = shifted(i, j + 2, Anchor::kDct, unit, shift);
  if (shift == 0) m.expr.direction = Direction::kThis;  // "this weekend": the one of this week
  return m;
}

// "two days ago", "a year ago", "three weeks from now", "in two weeks",
// "two days later", "a week earlier", "10 days from now".
Grammar::Match Grammar::counted_shift(size_t i) const {
  size_t j = i;
  const bool in = is(i, "in"_gw) || is(i, "within"_gw);
  if (in) ++j;
  size_t after_count = 0;
  const double count = count_at(j, &after_count);
  if (count < 0 && count != -2) return std::nullopt;
  size_t u = after_count;
  // "two Thursdays ago", "3 fridays from now", "2 thursdays back".
  if (count >= 1 && !in) {
    const std::string_view plural = word(u);
    if (plural.size() > 3 && (plural.back() == 's' || plural.back() == 'S')) {
      const int weekday = weekday_from_word(plural.substr(0, plural.size() - 1));
      const bool back = is(u + 1, "ago"_gw) || is(u + 1, "back"_gw);
      const bool ahead = (is(u + 1, "from"_gw) && is(u + 2, "now"_gw)) || is(u + 1, "hence"_gw);
      if (weekday > 0 && (back || ahead)) {
        GrammarMatch m{i, u + (is(u + 1, "from"_gw) ? 3 : 2), {}};
        m.expr.anchor = Anchor::kDct;
        m.expr.weekday = weekday;
        m.expr.direction = back ? Direction::kStrictPast : Direction::kStrictFuture;
        m.expr.occurrence = static_cast<int>(count);
        return m;
      }
    }
  }
  // "60-day"-style compounds are durations, not shifts.
  const Unit unit = unit_at(u);
  if (unit == Unit::kNone || (!is_calendar_unit(unit) && unit != Unit::kHour && unit != Unit::kMinute)) return std::nullopt;
  if (word(u).size() == 1) return std::nullopt;  // "5 h ago": a bare letter is no unit
  if (count >= 1000) return std::nullopt;         // "in 1986 qtr": a year, not a count
  const int n = count == -2 ? 0 : static_cast<int>(count);
  const size_t k = u + 1;
  Match m;
  if (!in && is(k, "ago"_gw)) {
    m = shifted(i, k + 1, Anchor::kDct, unit, -n);
  } else if (!in && (is(k, "from"_gw) && is(k + 1, "now"_gw))) {
    m = shifted(i, k + 2, Anchor::kDct, unit, n);
  } else if (!in && is(k, "hence"_gw)) {
    m = shifted(i, k + 1, Anchor::kDct, unit, n);
    m->expr.keep_day = unit == Unit::kWeek || unit == Unit::kDay;
  } else if (!in && is_one_of(k, "later"_gw, "afterwards"_gw, "afterward"_gw)) {
    m = shifted(i, k + 1, Anchor::kNarrative, unit, n);
  } else if (!in && is_one_of(k, "earlier"_gw, "before"_gw) && !is(k + 1, "the"_gw) && !is(k + 1, "a"_gw)) {
    m = shifted(i, k + 1, Anchor::kNarrative, unit, -n);
  } else if (in && count != -2 && is_calendar_unit(unit) && unit != Unit::kDecade && unit != Unit::kCentury &&
             !is(k, "of"_gw)) {  // "within three years of being incurred" measures from something else
    // "in two weeks": a date ahead of now; the driver keeps it only in a forward clause.
    m = shifted(j, k, Anchor::kDct, unit, n);
    m->expr.direction = Direction::kFuture;  // marks "in N units" for the driver
  } else {
    return std::nullopt;
  }
  // "a week ago", "in two weeks", "three weeks later" name a day, not a week
  // (MEANTIME and Duckling agree); months and years keep their own precision.
  if (unit == Unit::kWeek && count != -2) m->expr.keep_day = true;
  if (count == -2) {
    // "several days ago", "a few weeks from now": counted from now by an
    // unknown amount, the time is only past or future (TimeML's PAST_REF,
    // FUTURE_REF). Counted from the story's date ("some months later"), it
    // stays near that date, approximately.
    if (!in && is(k, "ago"_gw)) {
      m->expr.literal = "PAST_REF";
    } else if (m->expr.anchor == Anchor::kDct) {
      m->expr.literal = "FUTURE_REF";
    } else {
      m->expr.literal = unit == Unit::kYear ? "PAST_REF" : "";
      if (m->expr.literal.empty()) m->expr.mod = "APPROX";
    }
  }
  if (unit == Unit::kHour || unit == Unit::kMinute) {
    m->expr.type = TimexType::kTime;
    m->expr.shift_unit = Unit::kDay;
    m->expr.shift = 0;
  }
  return m;
}

// "the next day", "the following week", "the previous day", "the day before",
// "the same day", "that day", "later that day", "a day later" (via counted_shift).
Grammar::Match Grammar::anaphoric(size_t i) const {
  size_t j = i;
  if (is(i, "later"_gw) || is(i, "earlier"_gw)) {
    if (!is(i + 1, "that"_gw)) return std::nullopt;
    j = i + 1;
  }
  if (is(j, "that"_gw)) {
    const Unit unit = unit_at(j + 1);
    if (unit == Unit::kDay || unit == Unit::kWeek || unit == Unit::kMonth || unit == Unit::kYear) {
      if (is(j + 1, "days"_gw) || is(j + 1, "weeks"_gw) || is(j + 1, "months"_gw) || is(j + 1, "years"_gw)) return std::nullopt;
      return shifted(i, j + 2, Anchor::kNarrative, unit, 0);
    }
    return std::nullopt;
  }
  // "next day" without the article (British papers write "He died next day."):
  // only before punctuation, as "next day delivery" is a product.
  if (is(i, "next"_gw) && is(i + 1, "day"_gw) && (i + 2 >= end_ || tokens_[i + 2].kind == TokenKind::kPunct)) {
    return shifted(i, i + 2, Anchor::kNarrative, Unit::kDay, 1);
  }
  if (!is(i, "the"_gw)) return std::nullopt;
  if (is(i + 1, "same"_gw) && is_one_of(i + 2, "day"_gw, "week"_gw, "month"_gw, "year"_gw)) {
    return shifted(i, i + 3, Anchor::kNarrative, unit_at(i + 2), 0);
  }
  int shift = 0;
  if (is_one_of(i + 1, "next"_gw, "following"_gw)) shift = 1;
  else if (is_one_of(i + 1, "previous"_gw, "preceding"_gw, "prior"_gw)) shift = -1;
  if (shift != 0) {
    const Unit unit = unit_at(i + 2);
    if (unit == Unit::kDay || unit == Unit::kWeek || unit == Unit::kMonth || unit == Unit::kYear || unit == Unit::kWeekend) {
      if (word(i + 2).back() == 's' || word(i + 2).back() == 'S') return std::nullopt;  // "the next two days"
      Match m = shifted(i, i + 3, Anchor::kNarrative, unit, shift);
      if (const std::string_view part = part_of_day_at(i + 2); !part.empty()) return std::nullopt;
      return m;
    }
    // "the next morning", "the following evening".
    if (const std::string_view part = part_of_day_at(i + 2); !part.empty()) {
      Match m = shifted(i, i + 3, Anchor::kNarrative, Unit::kDay, shift);
      m->expr.part_of_day = part;
      m->expr.type = TimexType::kTime;
      return m;
    }
    return std::nullopt;
  }
  // "the day before", "the day after", "the year before".
  const Unit unit = unit_at(i + 1);
  if ((unit == Unit::kDay || unit == Unit::kWeek || unit == Unit::kYear || unit == Unit::kMonth) &&
      !is(i + 1, "days"_gw) && (is(i + 2, "before"_gw) || is(i + 2, "after"_gw) || is(i + 2, "earlier"_gw)) &&
      !is(i + 3, "the"_gw) && !is(i + 3, "a"_gw) && !is(i + 3, "yesterday"_gw) && !is(i + 3, "tomorrow"_gw) &&
      (tokens_.size() <= i + 3 || i + 3 >= end_ || tokens_[i + 3].kind == TokenKind::kPunct)) {
    return shifted(i, i + 3, Anchor::kNarrative, unit, is(i + 2, "after"_gw) ? 1 : -1);
  }
  return std::nullopt;
}

// "now", "recently", "the past", "the future", "currently".
Grammar::Match Grammar::reference_word(size_t i) const {
  GrammarMatch m{i, i + 1, {}};
  if (is(i, "now"_gw) && !is(i + 1, "that"_gw) && !is(i - 1, "from"_gw) && !is(i - 1, "until"_gw) && !is(i - 1, "by"_gw)) {
    m.expr.literal = "PRESENT_REF";
    return m;
  }
  if (is(i, "currently"_gw)) {
    m.expr.literal = "PRESENT_REF";
    return m;
  }
  // "on the day", "for the day": the story's day (market and sports reports).
  if (is(i, "the"_gw) && is(i + 1, "day"_gw) &&
      is_one_of(i - 1, "on"_gw, "for"_gw, "during"_gw, "throughout"_gw, "of"_gw, "in"_gw, "end"_gw, "ended"_gw, "ending"_gw, "ends"_gw, "finish"_gw,
                "finished"_gw, "close"_gw, "closed"_gw, "closing"_gw, "start"_gw, "started"_gw, "began"_gw, "begin"_gw) &&
      !is_one_of(i + 2, "before"_gw, "after"_gw, "of"_gw, "when"_gw, "that"_gw, "which"_gw, "he"_gw, "she"_gw, "they"_gw, "it"_gw, "we"_gw)) {
    m.end = i + 2;
    m.expr.anchor = Anchor::kNarrative;
    return m;
  }
  // "in the coming weeks", "over the next few days", "in recent months".
  if (is(i, "the"_gw) && is_one_of(i + 1, "coming"_gw, "next"_gw, "past"_gw, "last"_gw) && !is(i - 1, "of"_gw)) {
    size_t k = i + 2;
    if (is(k, "few"_gw) || is(k, "several"_gw)) ++k;
    if (is_one_of(k, "days"_gw, "weeks"_gw, "months"_gw, "years"_gw) && (k + 1 >= end_ || tokens_[k + 1].kind == TokenKind::kPunct ||
                                                          !is(k + 1, "of"_gw))) {
      m.end = k + 1;
      m.expr.literal = is_one_of(i + 1, "coming"_gw, "next"_gw) ? "FUTURE_REF" : "PAST_REF";
      return m;
    }
  }
  if (is(i, "recently"_gw)) {
    m.expr.literal = "PAST_REF";
    return m;
  }
  // "in the near term", "over the long term": the time ahead.
  // Not a modifier of a noun: "the long term interests", "the short term debt".
  const auto modifies = [&](size_t k) {
    return equals_any_ignore_case(
        word(k), {"interest", "interests", "debt", "rate", "rates", "vision", "effect", "effects", "viability", "paper",
                  "money", "price", "prices", "agreement", "outlook", "plan", "goal", "goals", "loan", "loans",
                  "financing", "contract", "contracts", "deposits", "treatment", "concerns", "investment",
                  "investments", "investors", "securities", "capital", "strategy", "bonds", "borrowing", "funds",
                  "credit", "growth", "trend", "trends", "prospects", "solution", "answer", "benefits", "of"});
  };
  if (is(i, "term"_gw) && is_one_of(i - 1, "near"_gw, "short"_gw, "long"_gw) && is(i - 2, "the"_gw) && !modifies(i + 1)) {
    GrammarMatch ahead{i - 2, i + 1, {}};
    ahead.expr.literal = "FUTURE_REF";
    return ahead;
  }
  // "for the time being": now.
  if (is(i, "the"_gw) && is(i + 1, "time"_gw) && is(i + 2, "being"_gw) && is(i - 1, "for"_gw)) {
    GrammarMatch now{i, i + 3, {}};
    now.expr.literal = "PRESENT_REF";
    return now;
  }
  if (is(i, "the"_gw) && is_one_of(i - 1, "in"_gw, "into"_gw, "of"_gw) && (is(i + 1, "past"_gw) || is(i + 1, "future"_gw)) &&
      (i + 2 >= end_ || tokens_[i + 2].kind == TokenKind::kPunct || is_one_of(i + 2, "and"_gw, "but"_gw, "or"_gw, "when"_gw, "as"_gw))) {
    m.end = i + 2;
    m.expr.literal = is(i + 1, "past"_gw) ? "PAST_REF" : "FUTURE_REF";
    return m;
  }
  return std::nullopt;
}

}  // namespace eventgraph
