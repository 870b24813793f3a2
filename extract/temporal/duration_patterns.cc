// Durations ("for three hours", "60-day", "more than two years", "the past
// week") and sets ("every five years", "twice a week", "$5 million a year"):
// how long and how often, rather than when.
#include "extract/text/date_words.h"
#include "extract/temporal/temporal_grammar.h"
#include "extract/temporal/temporal_words.h"

namespace eventgraph {

using namespace grammar_literals;

// "three hours", "16 hours", "two weeks", "60-day", "five-year", "a decade",
// "several days", "about 30 minutes", "more than two years", "the past week",
// "the last three years", "for years", "half an hour".
Grammar::Match Grammar::duration(size_t i) const {
  // "over the next two days", "over past weeks": "over" is the preposition
  // there, not "more than".
  if (is(i, "over"_gw) && is_one_of(i + 1, "the"_gw, "past"_gw, "last"_gw, "next"_gw, "coming"_gw, "previous"_gw)) {
    return std::nullopt;
  }
  size_t j = i;
  std::string_view mod;  // a TIMEX3 mod, a static string
  if (is_one_of(i, "about"_gw, "around"_gw, "approximately"_gw, "roughly"_gw, "some"_gw, "nearly"_gw, "almost"_gw, "over"_gw, "under"_gw) ||
      (is_one_of(i, "more"_gw, "less"_gw, "fewer"_gw) && is(i + 1, "than"_gw)) || (is(i, "at"_gw) && is_one_of(i + 1, "least"_gw, "most"_gw)) ||
      (is(i, "up"_gw) && is(i + 1, "to"_gw))) {
    mod = is_one_of(i, "about"_gw, "around"_gw, "approximately"_gw, "roughly"_gw, "some"_gw) ? "APPROX"
          : is_one_of(i, "nearly"_gw, "almost"_gw, "under"_gw) || is(i, "less"_gw) || is(i, "fewer"_gw) ? "LESS_THAN"
          : is(i, "at"_gw) && is(i + 1, "most"_gw) ? "EQUAL_OR_LESS"
          : is(i, "at"_gw) ? "EQUAL_OR_MORE"
          : is(i, "up"_gw) ? "EQUAL_OR_LESS"
                        : "MORE_THAN";
    j = is_one_of(i, "more"_gw, "less"_gw, "fewer"_gw, "at"_gw, "up"_gw) ? i + 2 : i + 1;
  }
  // "the past week", "the last three years", "the next two weeks", "the first
  // 100 days"; without the article before a count ("next 3 days", "past two
  // weeks"). The past and the next reach up to or on from the publication
  // date, the previous from the story's date; the first and the final lie
  // inside some other period.
  bool framed = false;
  int reach = 0;
  Anchor reach_anchor = Anchor::kDct;
  if (const size_t frame = is(j, "the"_gw) ? j + 1 : j;
      is_one_of(frame, "past"_gw, "last"_gw, "next"_gw, "coming"_gw, "previous"_gw, "first"_gw, "final"_gw)) {
    const bool reaching = !is_one_of(frame, "first"_gw, "final"_gw);
    // Without the article only before a count, and where a period can begin:
    // at the line's start or after a preposition ("to last 15 months" is the verb).
    const auto bare_ok = [&] {
      size_t after_count = 0;
      return reaching &&
             (j == begin_ || is_one_of(j - 1, "in"_gw, "over"_gw, "for"_gw, "during"_gw, "within"_gw, "through"_gw,
                                       "throughout"_gw)) &&
             count_at(frame + 1, &after_count) != -1 && unit_at(after_count) != Unit::kNone;
    };
    if (frame > j || bare_ok()) {
      framed = true;
      reach = !reaching ? 0 : is_one_of(frame, "next"_gw, "coming"_gw) ? 1 : -1;
      if (is(frame, "previous"_gw)) reach_anchor = Anchor::kNarrative;
      j = frame + 1;
    }
  }
  // "half an hour", "a year and a half"
  if (is(j, "half"_gw) && (is(j + 1, "an"_gw) || is(j + 1, "a"_gw))) {
    const Unit u = unit_at(j + 2);
    if (u == Unit::kHour) {
      GrammarMatch m{i, j + 3, {}};
      m.expr.type = TimexType::kDuration;
      m.expr.literal = "PT30M";
      m.expr.mod = mod;
      return m;
    }
  }
  // "five-year", "60-day", "12-hour": one word, or a number, a hyphen and a unit.
  double count = -1;
  Unit unit = Unit::kNone;
  size_t end = 0;
  const std::string_view w = word(j);
  // Only a temporal word can be "five-year" or "single-day".
  const size_t dash = temporal_word(j) ? w.find('-') : std::string_view::npos;
  if (dash != std::string_view::npos && dash > 0) {
    const int n = equals_ignore_case(w.substr(0, dash), "single") ? 1 : number_word(w.substr(0, dash));
    const Unit u = unit_word(w.substr(dash + 1));
    if (n > 0 && u != Unit::kNone) count = n, unit = u, end = j + 1;
  } else if (tokens_.size() > j + 2 && digits(j, 4) > 0 && punct(j + 1, "-") && attached(j + 1) && attached(j + 2)) {
    const Unit u = unit_at(j + 2);
    if (u != Unit::kNone && !is(j + 3, "old"_gw) && !(punct(j + 3, "-") && is(j + 4, "old"_gw))) count = digits(j, 4), unit = u, end = j + 3;
  }
  if (unit == Unit::kNone) {
    size_t after = 0;
    count = count_at(j, &after);
    // "the past decade" is the last ten years (MEANTIME: P10Y), not the 1990s;
    // "the first decade" stays an ordinal.
    const bool decade_ok = unit_at(j) != Unit::kDecade || is_one_of(j - 1, "past"_gw, "last"_gw);
    if (count == -1 && framed && unit_at(j) != Unit::kNone && decade_ok && word(j).back() != 's') {
      count = 1;  // "the past week"
      after = j;
    }
    if (count == -1) {
      // Bare plurals after "for"/"over"/"recent": "for years", "in recent months",
      // "over the years".
      if (is(j - 1, "over"_gw) && is(j, "the"_gw) && unit_at(j + 1) != Unit::kNone && word(j + 1).size() > 3 &&
          (word(j + 1).back() == 's' || word(j + 1).back() == 'S') && unit_at(j + 1) != Unit::kWeekend) {
        GrammarMatch m{j, j + 2, {}};
        m.expr.type = TimexType::kDuration;
        m.expr.literal = duration_value(-1, unit_at(j + 1));
        return m;
      }
      const Unit u = unit_at(j);
      const bool plural = !word(j).empty() && (word(j).back() == 's' || word(j).back() == 'S');
      if (u != Unit::kNone && plural && u != Unit::kWeekend && is_one_of(j - 1, "for"_gw, "over"_gw, "recent"_gw, "within"_gw, "in"_gw, "took"_gw)) {
        GrammarMatch m{is(j - 1, "recent"_gw) ? j - 1 : j, j + 1, {}};
        m.expr.type = TimexType::kDuration;
        m.expr.literal = duration_value(-1, u);
        if (is(j - 1, "recent"_gw)) {
          m.expr.type = TimexType::kDate;
          m.expr.literal = "PAST_REF";
        }
        return m;
      }
      return std::nullopt;
    }
    // "two and a half years", "one and a half hours"
    if (count >= 1 && is(after, "and"_gw) && is(after + 1, "a"_gw) && is(after + 2, "half"_gw) && unit_at(after + 3) != Unit::kNone) {
      count += 0.5;
      after += 3;
    }
    // "between 60 and 90 days", "two to three years": two durations that
    // share the unit written after the second.
    if (count >= 1 && (is_one_of(after, "and"_gw, "to"_gw, "or"_gw) || punct(after, "-"))) {
      size_t after2 = 0;
      const double count2 = count_at(after + 1, &after2);
      const Unit unit2 = unit_at(after2);
      if (count2 > count && count2 < 1800 && unit2 != Unit::kNone && unit2 != Unit::kWeekend &&
          !is(after2 + 1, "old"_gw) && !(punct(after2 + 1, "-") && is(after2 + 2, "old"_gw))) {
        GrammarMatch m{i, after2 + 1, {}};
        m.expr.type = TimexType::kDuration;
        m.expr.literal = duration_value(count, unit2);
        m.expr.mod = mod;
        TimeExpr second;
        second.type = TimexType::kDuration;
        second.literal = duration_value(count2, unit2);
        second.mod = mod;
        m.split = after;
        m.range_start = after + 1;
        m.range_end = second;
        return m;
      }
    }
    // "six straight days", "two consecutive quarters".
    const bool running = count >= 2 && is_one_of(after, "straight"_gw, "consecutive"_gw, "successive"_gw);
    if (running) ++after;
    unit = unit_at(after);
    if (unit == Unit::kNone && is(after, "trading"_gw) ) unit = unit_at(after + 1), ++after;
    if (unit == Unit::kNone || unit == Unit::kWeekend) return std::nullopt;
    // "a second", "a quarter of", "one minute silence" read as ordinals or fractions.
    if (count == 1 && (unit == Unit::kSecond || unit == Unit::kQuarter) && (is(j, "a"_gw) || is(j, "an"_gw))) return std::nullopt;
    if (unit == Unit::kQuarter && is(after + 1, "of"_gw) && !running) return std::nullopt;
    if (unit == Unit::kHour && is(after, "h"_gw) && !attached(after)) return std::nullopt;
    if ((is(after, "d"_gw) || is(after, "y"_gw) || is(after, "h"_gw)) && !attached(after)) return std::nullopt;
    end = after + 1;
    // "a year and a half"
    if (is(end, "and"_gw) && is(end + 1, "a"_gw) && is(end + 2, "half"_gw)) {
      count = (count < 0 ? 0 : count) + 0.5;
      end += 3;
    }
  }
  // "the 1985 year", "1986 qtr": a year, not 1985 of them.
  if (count >= 1800 && count <= 2100 && (unit == Unit::kYear || unit == Unit::kQuarter)) return std::nullopt;
  // "1900 hours" is a military clock time, not a duration.
  if (unit == Unit::kHour && count >= 100 && count == static_cast<int>(count) && static_cast<int>(count) % 100 < 60 &&
      word(j).size() == 4) {
    return std::nullopt;
  }
  // Ages: "a 23-year-old", "five years old".
  if (is(end, "old"_gw) || is(end, "-old"_gw)) return std::nullopt;
  if (framed && count == -1) return std::nullopt;
  GrammarMatch m{i, end, {}};
  m.expr.type = TimexType::kDuration;
  m.expr.literal = duration_value(count == -2 ? -1 : count, unit);
  m.expr.mod = mod;
  // "the last two years of the war" lie inside the war, not before today.
  const bool whole_count = count >= 1 && count == static_cast<int>(count);
  if (reach != 0 && whole_count && is_calendar_unit(unit) && unit != Unit::kWeekend && !is(end, "of"_gw)) {
    m.expr.reach = reach;
    m.expr.reach_count = static_cast<int>(count);
    m.expr.reach_unit = unit;
    m.expr.anchor = reach_anchor;
  }
  return m;
}

// "every five years", "every day", "each year", "every Monday", "daily",
// "weekly", "annually", "twice a week", "$5 million a year", "per day".
Grammar::Match Grammar::set_expr(size_t i) const {
  GrammarMatch m{i, i + 1, {}};
  m.expr.type = TimexType::kSet;
  // Adverbs: lower case only ("China Daily" is a newspaper).
  if (!capitalized(i) || sentence_initial(i)) {
    struct Adverb { GrammarWord word; std::string_view value; };
    static constexpr Adverb kAdverbs[] = {{"daily"_gw, "P1D"},   {"weekly"_gw, "P1W"}, {"monthly"_gw, "P1M"},
                                          {"annually"_gw, "P1Y"}, {"yearly"_gw, "P1Y"}, {"hourly"_gw, "PT1H"},
                                          {"nightly"_gw, "P1D"}, {"quarterly"_gw, "P1Q"}};
    // "annual" qualifies a noun and still names a rate (TimeML: SET, P1Y).
    if (is(i, "annual"_gw) || is(i, "annually"_gw)) {
      m.expr.literal = "P1Y";
      return m;
    }
    for (const Adverb& a : kAdverbs) {
      if (is(i, a.word)) {
        // TimeML reads the adjective too as a set ("a weekly meeting": P1W).
        m.expr.literal = std::string(a.value);
        return m;
      }
    }
  }
  if (is(i, "every"_gw) || is(i, "each"_gw)) {
    size_t j = i + 1;
    int step = 1;
    if (is(j, "other"_gw)) step = 2, ++j;
    size_t after = j;
    double count = count_at(j, &after);
    if (count >= 1 && unit_at(after) != Unit::kNone) j = after;
    else count = 1;
    if (const int weekday = weekday_at(j); weekday > 0) {
      m.expr.literal = "XXXX-WXX-" + std::to_string(weekday);
      m.end = j + 1;
      return m;
    }
    if (const std::string_view part = part_of_day_at(j); !part.empty()) {
      m.expr.literal = "XXXX-XX-XXT" + std::string(part);
      m.end = j + 1;
      return m;
    }
    const Unit unit = unit_at(j);
    if (unit == Unit::kNone) return std::nullopt;
    m.expr.literal = duration_value(count * step, unit);
    m.end = j + 1;
    return m;
  }
  // "twice a week", "three times a year", "$5 million a year", "per day".
  if (is(i, "a"_gw) || is(i, "per"_gw) || is(i, "an"_gw)) {
    const Unit unit = unit_at(i + 1);
    if (unit == Unit::kNone || unit == Unit::kWeekend || unit == Unit::kQuarter) return std::nullopt;
    if (word(i + 1).back() == 's') return std::nullopt;
    bool rate = is(i, "per"_gw);
    for (size_t k = i; !rate && k > begin_ && k + 4 > i; --k) {
      const size_t p = k - 1;
      if (tokens_[p].kind == TokenKind::kNumber || is_one_of(p, "once"_gw, "twice"_gw, "times"_gw, "million"_gw, "billion"_gw, "percent"_gw)) rate = true;
      if (tokens_[p].kind == TokenKind::kPunct && token_text(p) != "%" && token_text(p) != "$") break;
    }
    if (!rate) return std::nullopt;
    m.expr.literal = duration_value(1, unit);
    m.end = i + 2;
    return m;
  }
  return std::nullopt;
}

}  // namespace eventgraph
