// Clock times ("9 a.m.", "16:08 UTC", "noon") and dates with a time of day
// ("Wednesday evening", "November 18, 2015 at 9 a.m.").
#include <charconv>

#include "extract/temporal/temporal_grammar.h"
#include "extract/temporal/temporal_words.h"

namespace eventgraph {

using namespace grammar_literals;

size_t Grammar::clock_cue_end(size_t i) const {
  if (is_one_of(i + 1, "utc"_gw, "gmt"_gw, "z"_gw, "est"_gw, "edt"_gw, "cst"_gw, "cdt"_gw, "pst"_gw, "pdt"_gw) ||
      is_one_of(i + 1, "bst"_gw, "cet"_gw, "local"_gw, "hrs"_gw) ||
      (i > begin_ && is(i - 1, "at"_gw) && equals_ignore_case(word(i + 1), "hours"))) {
    return i + 2;
  }
  if (capitalized(i + 1) && tokens_[i + 1].kind == TokenKind::kWord && is(i + 2, "time"_gw)) return i + 3;
  return 0;
}

// Whether a four-digit clock time with its cue ("1130 GMT") comes before
// token i in the line (the grammar reads a line at a time).
bool Grammar::clock_told_before(size_t i) const {
  // The line's first such time, found once (asking each candidate to scan
  // the line before it made a long line of numbers quadratic).
  if (first_cued_clock_ == kNotScanned) {
    first_cued_clock_ = end_;
    for (size_t k = begin_; k < end_; ++k) {
      if (tokens_[k].kind == TokenKind::kNumber && word(k).size() == 4 && clock_cue_end(k) > 0) {
        first_cued_clock_ = k;
        break;
      }
    }
  }
  return first_cued_clock_ < i;
}

Grammar::Match Grammar::clock_time(size_t i) const {
  GrammarMatch m{i, i + 1, {}};
  TimeExpr& e = m.expr;
  e.type = TimexType::kTime;
  e.anchor = Anchor::kNarrative;  // a clock time belongs to the day the story is at
  if (is(i, "noon"_gw) || is(i, "midday"_gw)) {
    e.hour = 12;
    e.minute = 0;
    return m;
  }
  if (is(i, "midnight"_gw)) {
    e.hour = 0;
    e.minute = 0;
    return m;
  }
  std::string_view w = word(i);
  if (w.empty() || tokens_[i].kind != TokenKind::kNumber) return std::nullopt;
  // "9am", "9pm" as one token.
  int hour = -1;
  bool meridiem_attached = false;
  std::string_view suffix;
  {
    size_t k = 0;
    while (k < w.size() && w[k] >= '0' && w[k] <= '9') ++k;
    suffix = w.substr(k);
    if (k == 0 || k > 2) {
      // "0800 UTC", "1130 GMT", "0900 local", "1430 hrs", "2000 EST": four
      // digits are a clock time only with a zone, "hrs" or "at" (else a
      // year: "1130 GMT" was the year 1130 in wire copy).
      // After "at" the number alone is a time ("open at 1000": no year is "at
      // 1987"), and so is "at 1715 hours" ("worked 1200 hours" is a duration);
      // "1000 London time" names the place whose clock it is.
      const bool utc = is_one_of(i + 1, "utc"_gw, "gmt"_gw, "z"_gw);
      const bool after_at = i > begin_ && is(i - 1, "at"_gw);
      size_t end = clock_cue_end(i);
      if (end == 0 && after_at) end = i + 1;
      // The first of a range whose second has the cue ("between 1800 and
      // 2100 local time", "0900-1700 GMT"), and one after a preposition in a
      // line that has told its clock already ("set for 1130 GMT, was
      // rescheduled for 1430").
      if (end == 0 && (is(i + 1, "and"_gw) || is(i + 1, "to"_gw) || punct(i + 1, "-")) && i + 2 < end_ &&
          word(i + 2).size() == 4 && tokens_[i + 2].kind == TokenKind::kNumber && clock_cue_end(i + 2) > 0) {
        end = i + 1;
      }
      if (end == 0 && i > begin_ && is_one_of(i - 1, "for"_gw, "until"_gw, "till"_gw, "from"_gw, "by"_gw, "to"_gw) &&
          clock_told_before(i)) {
        end = i + 1;
      }
      if (k == 4 && suffix.empty() && end > 0) {
        e.hour = (w[0] - '0') * 10 + (w[1] - '0');
        e.minute = (w[2] - '0') * 10 + (w[3] - '0');
        if (e.hour > 23 || e.minute > 59) return std::nullopt;
        e.utc = utc;
        m.end = end;
        return m;
      }
      return std::nullopt;
    }
    std::from_chars(w.data(), w.data() + k, hour);
    meridiem_attached = equals_ignore_case(suffix, "am") || equals_ignore_case(suffix, "pm");
    if (!suffix.empty() && !meridiem_attached) return std::nullopt;
  }
  int minute = -1;
  size_t j = i + 1;
  if (!meridiem_attached && (punct(j, ":") || punct(j, ".")) && attached(j) && attached(j + 1) &&
      word(j + 1).size() >= 2) {
    const std::string_view mm = word(j + 1);
    int v = -1;
    const auto [ptr, ec] = std::from_chars(mm.data(), mm.data() + 2, v);
    const std::string_view rest = mm.substr(2);
    if (ec == std::errc() && v >= 0 && v <= 59) {
      minute = v;
      j += 2;
      if (equals_ignore_case(rest, "am") || equals_ignore_case(rest, "pm")) suffix = rest, meridiem_attached = true;
      else if (!rest.empty()) return std::nullopt;
      // Seconds: ":30".
      if (punct(j, ":") && attached(j) && digits(j + 1, 2) >= 0) j += 2;
    } else {
      return std::nullopt;
    }
  }
  bool pm = false, am = false;
  if (meridiem_attached) {
    pm = equals_ignore_case(suffix, "pm");
    am = !pm;
  } else if (is_one_of(j, "a.m."_gw, "am"_gw, "a.m"_gw)) {
    am = true;
    ++j;
  } else if (is_one_of(j, "p.m."_gw, "pm"_gw, "p.m"_gw)) {
    pm = true;
    ++j;
  } else if (is(j, "o'clock"_gw)) {
    ++j;
  } else if (minute < 0) {
    return std::nullopt;  // a bare number is no time
  }
  if (hour > 24 || (minute < 0 && hour > 12 && (am || pm))) return std::nullopt;
  if (pm && hour < 12) hour += 12;
  if (am && hour == 12) hour = 0;
  e.hour = hour % 24;
  e.minute = std::max(minute, 0);
  m.end = j;
  // A zone: "UTC", "GMT", "(GMT +8)", "EST".
  if (is_one_of(j, "utc"_gw, "gmt"_gw, "z"_gw)) {
    e.utc = true;
    m.end = j + 1;
  } else if (word(j).size() >= 2 && word(j).size() <= 4 && (tokens_[j].flags & kAllCaps) &&
             word(j).back() == 'T') {
    m.end = j + 1;  // EST, CET, JST: kept in the span, the value stays local
  }
  return m;
}

// A date followed by a time or a part of the day: "Wednesday evening",
// "November 18, 2015 at 9 a.m.", "Nov. 17 morning".
Grammar::Match Grammar::with_time_of_day(Match date) const {
  if (!date || date->expr.day == 0) return date;
  size_t j = date->end;
  const std::string_view part = part_of_day_at(j);
  if (!part.empty()) {
    date->expr.part_of_day = part;
    date->expr.type = TimexType::kTime;
    date->end = j + 1;
    return date;
  }
  if (punct(j, ",") || is(j, "at"_gw)) ++j;
  if (const Match time = clock_time(j)) {
    date->expr.hour = time->expr.hour;
    date->expr.minute = time->expr.minute;
    date->expr.utc = time->expr.utc;
    date->expr.type = TimexType::kTime;
    date->end = time->end;
  }
  return date;
}

}  // namespace eventgraph
