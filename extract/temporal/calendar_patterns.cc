// Calendar dates ("November 18, 2015", "18 Nov 2015", "Oct. 31", "2015-11-18",
// "11/17/2015", "February"). The token helpers every pattern family uses are
// in grammar_tokens.cc.
#include <algorithm>
#include <charconv>
#include <span>
#include <string>
#include <vector>

#include "extract/text/date_words.h"
#include "extract/temporal/temporal_grammar.h"
#include "extract/temporal/temporal_words.h"

namespace eventgraph {

using namespace grammar_literals;

// "[Wednesday,] November 18[th][,] [2015]" and "Nov. 18".
Grammar::Match Grammar::month_day_year(size_t i) const {
  const int month = month_at(i, false);
  if (month == 0) return std::nullopt;
  size_t j = skip_period(i + 1);
  if (punct(j, "-") || punct(j, "/") || punct(j, ",")) ++j;  // "Aug-12", "March, 6th"
  if (is(j, "the"_gw) && ordinal_at(j + 1) > 0) ++j;                // "February the 15th"
  const int day = day_at(j);
  if (day == 0 || punct(j + 1, ":") || word(j + 1) == "%") return std::nullopt;
  GrammarMatch m{i, j + 1, {}};
  m.expr.month = month;
  m.expr.day = day;
  m.expr.anchor = Anchor::kDct;
  size_t k = j + 1;
  if (punct(k, ",") || (punct(k, "/") && attached(k))) ++k;
  // "Thu Oct 26 11:00:09 2023": a clock time between the day and the year.
  Match time = clock_time(k);
  if (time) k = time->end;
  const int yy = digits(k, 2);  // "Aug 9, 96"
  const bool short_year = yy >= 50 && word(k).size() == 2 && digits(k + 1) < 0;
  if (!add_year_at(k, m)) {
    if (short_year) {
      m.expr.year = 1900 + yy;
      m.expr.anchor = Anchor::kAbsolute;
      m.end = k + 1;
    } else {
      time.reset();
    }
  }
  if (time) {
    m.expr.hour = time->expr.hour;
    m.expr.minute = time->expr.minute;
    m.expr.type = TimexType::kTime;
  }
  return m;
}

// "18 November 2015", "18th of November", "the 18th of November, 2015".
Grammar::Match Grammar::day_month_year(size_t i) const {
  size_t j = is(i, "the"_gw) ? i + 1 : i;
  // "15SEP", "3Jan": a day with its month glued on, as wires and armies write it.
  if (j == i && j < end_ && tokens_[j].kind == TokenKind::kNumber) {
    const std::string_view w = word(j);
    size_t digits_end = 0;
    while (digits_end < w.size() && w[digits_end] >= '0' && w[digits_end] <= '9') ++digits_end;
    const std::string_view month_part = w.substr(digits_end);
    if (digits_end >= 1 && digits_end <= 2 && month_part.size() >= 3) {
      const int glued_day = digits_end == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
      if (const int month = month_from_word(month_part); month > 0 && glued_day >= 1 && glued_day <= 31) {
        GrammarMatch m{i, j + 1, {}};
        m.expr.day = glued_day;
        m.expr.month = month;
        m.expr.anchor = Anchor::kDct;
        add_year_at(j + 1, m);
        return m;
      }
    }
  }
  const int day = day_at(j);
  if (day == 0) return std::nullopt;
  size_t k = j + 1;
  if (is(k, "of"_gw)) ++k;
  if (punct(k, "-") || punct(k, "/")) ++k;
  const int month = month_at(k, false);
  if (month == 0) return std::nullopt;
  GrammarMatch m{i, skip_period(k + 1), {}};
  m.expr.day = day;
  m.expr.month = month;
  m.expr.anchor = Anchor::kDct;
  size_t y = m.end;
  if (punct(y, ",") || punct(y, "-") || punct(y, "/")) ++y;
  if (!add_year_at(y, m)) {
    if (const int yy = digits(y, 2); yy >= 32 && word(y).size() == 2) {
      m.expr.year = 1900 + yy;  // "3rd Feb 82"
      m.expr.anchor = Anchor::kAbsolute;
      m.end = y + 1;
    }
  }
  return m;
}

// 2015-11-18, 2015/11/18, 11/17/2015, 17/11/2015, 17.11.2015, 7/8/07, 2015-11,
// 06/Nov/2023; 11/17 without a year only after a word that introduces a date.
// "17.11.2015", "2014.12.28": the tokenizer keeps dotted numbers whole.
Grammar::Match Grammar::dotted_date(size_t i) const {
  const std::string_view w = word(i);
  if (tokens_[i].kind != TokenKind::kNumber || std::count(w.begin(), w.end(), '.') != 2) return std::nullopt;
  const size_t d1 = w.find('.'), d2 = w.rfind('.');
  int v[3] = {0, 0, 0};
  const std::string_view parts[3] = {w.substr(0, d1), w.substr(d1 + 1, d2 - d1 - 1), w.substr(d2 + 1)};
  for (int k = 0; k < 3; ++k) {
    if (parts[k].empty() || parts[k].size() > 4) return std::nullopt;
    std::from_chars(parts[k].data(), parts[k].data() + parts[k].size(), v[k]);
  }
  GrammarMatch m{i, i + 1, {}};
  if (parts[0].size() == 4) {  // year first
    m.expr.year = v[0], m.expr.month = v[1], m.expr.day = v[2];
  } else if (parts[2].size() == 4 || (parts[2].size() == 2 && parts[0].size() == 2 && parts[1].size() == 2)) {
    // A two-digit year only in the full dd.mm.yy form: "1.1.30" is a version number.
    const int year = parts[2].size() == 4 ? v[2] : year_of_two_digits(v[2]);
    // Day first (European) unless the second number cannot be a month.
    const bool month_first = v[1] > 12;
    m.expr.year = year;
    m.expr.month = month_first ? v[0] : v[1];
    m.expr.day = month_first ? v[1] : v[0];
  } else {
    return std::nullopt;
  }
  if (!is_valid_date(m.expr.year, m.expr.month, m.expr.day)) return std::nullopt;
  return m;
}

// "Sep-2012", "August-10-2012", "10-August-2012", "09-JAN-2017", "21-APR-16":
// a date written as one run of hyphen-joined parts, one of them a month name.
Grammar::Match Grammar::hyphenated_date(size_t i) const {
  if (word(i).find('-') == std::string_view::npos && !(punct(i + 1, "-") && attached(i + 1))) return std::nullopt;
  size_t j = i;
  std::string run;
  while (j < end_ && j < i + 7 && (j == i || attached(j)) && !blocked_[j]) run += word(j++);
  if (run.find('-') == std::string::npos) return std::nullopt;
  std::vector<std::string_view> parts;
  std::string_view rest = run;
  while (!rest.empty()) {
    const size_t dash = rest.find('-');
    parts.push_back(rest.substr(0, dash));
    if (dash == std::string_view::npos) break;
    rest.remove_prefix(dash + 1);
  }
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  const auto number = [](std::string_view p) {
    int v = 0;
    const auto [ptr, ec] = std::from_chars(p.data(), p.data() + p.size(), v);
    return ec == std::errc() && ptr == p.data() + p.size() ? v : -1;
  };
  const auto year_of = [&](std::string_view p) { return p.size() == 4 ? number(p) : p.size() == 2 && number(p) >= 0 ? year_of_two_digits(number(p)) : -1; };
  int month = 0, day = 0, year = -1;
  if (parts.size() == 2 && (month = month_from_word(parts[0])) > 0) year = year_of(parts[1]);                  // Sep-2012
  else if (parts.size() == 3 && (month = month_from_word(parts[1])) > 0) day = number(parts[0]), year = year_of(parts[2]);  // 10-August-2012
  else if (parts.size() == 3 && (month = month_from_word(parts[0])) > 0) day = number(parts[1]), year = year_of(parts[2]);  // August-10-2012
  else return std::nullopt;
  if (month == 0 || year < 1000 || (parts.size() == 3 && !is_valid_date(year, month, day))) return std::nullopt;
  GrammarMatch m{i, j, {}};
  m.expr.month = month;
  m.expr.day = parts.size() == 3 ? day : 0;
  m.expr.year = year;
  return m;
}

Grammar::Match Grammar::numeric_date(size_t i) const {
  // Every form here joins its parts with '/', '-' or '.' right after the first
  // token, or inside it ("17.11.2015", "Sep-2012"): most numbers have neither.
  const bool joined = attached(i + 1) && (punct(i + 1, "/") || punct(i + 1, "-") || punct(i + 1, "."));
  const bool inner = tokens_[i].kind == TokenKind::kNumber ? word(i).find('.') != std::string_view::npos
                                                                 : tokens_[i].has(kHyphenated);
  if (!joined && !inner) return std::nullopt;
  if (Match dotted = dotted_date(i)) return dotted;
  if (Match hyphenated = hyphenated_date(i)) return hyphenated;
  const int a = digits(i, 4);
  if (a < 0 || !(punct(i + 1, "/") || punct(i + 1, "-") || punct(i + 1, ".")) || !attached(i + 1) || !attached(i + 2)) {
    return std::nullopt;
  }
  const std::string_view sep = word(i + 1);
  const size_t a_len = word(i).size();
  // "09/2012": a month and a year.
  if (sep == "/" && a_len <= 2 && a >= 1 && a <= 12 && word(i + 2).size() == 4 && digits(i + 2, 4) >= 1000 &&
      !(punct(i + 3, "/") && attached(i + 3))) {
    GrammarMatch m{i, i + 3, {}};
    m.expr.month = a;
    m.expr.year = digits(i + 2, 4);
    return m;
  }
  int b = digits(i + 2, 2);
  const int b_month = b < 0 ? month_at(i + 2, false) : 0;
  if (b < 0 && b_month == 0) return std::nullopt;
  if (b < 0) b = b_month;
  // "1994-11-05T13:15:30": the day token carries the "T" of an ISO date-time.
  const std::string_view third_word = word(i + 4);
  const bool iso_time = sep == "-" && a_len == 4 && third_word.size() == 3 && (third_word[2] == 'T' || third_word[2] == 't') &&
                        third_word[0] >= '0' && third_word[0] <= '9' && third_word[1] >= '0' && third_word[1] <= '9';
  const bool third = punct(i + 3, sep) && attached(i + 3) && attached(i + 4) && (digits(i + 4, 4) >= 0 || iso_time);
  GrammarMatch m{i, third ? i + 5 : i + 3, {}};
  TimeExpr& e = m.expr;
  if (a_len == 4) {  // year first
    if (a < 1000 || a > 2999 || b < 1 || b > 12) return std::nullopt;
    e.year = a;
    e.month = b;
    if (third) {
      e.day = iso_time ? (third_word[0] - '0') * 10 + (third_word[1] - '0') : digits(i + 4, 2);
      if (e.day < 1 || (!iso_time && word(i + 4).size() > 2)) return std::nullopt;
      // The clock time of an ISO date-time belongs to the same expression.
      if (iso_time && attached(i + 5) && digits(i + 5, 2) >= 0) {
        size_t k = i + 5;
        e.hour = digits(k, 2);
        if (punct(k + 1, ":") && attached(k + 1) && digits(k + 2, 2) >= 0) e.minute = digits(k + 2, 2), k += 2;
        if (punct(k + 1, ":") && attached(k + 1) && attached(k + 2)) k += 2;  // seconds
        const std::string_view last = word(k);
        if (!last.empty() && (last.back() == 'Z' || last.back() == 'z')) e.utc = true;  // "30Z"
        if (is(k + 1, "z"_gw) && attached(k + 1)) e.utc = true, ++k;
        if (e.hour <= 23) {
          e.type = TimexType::kTime;
          m.end = k + 1;
        } else {
          e.hour = e.minute = -1;
        }
      }
    }
    if (!is_valid_date(e.year, e.month, e.day > 0 ? e.day : 1)) return std::nullopt;
    return m;
  }
  if (a_len > 2 || (sep == "." && !third)) return std::nullopt;  // "5.93" is a number
  int c_year = -1;
  if (third) {
    const std::string_view c = word(i + 4);
    const int cv = digits(i + 4, 4);
    if (c.size() == 4 && cv >= 1000) c_year = cv;
    else if (c.size() == 2) c_year = year_of_two_digits(cv);
    else return std::nullopt;
  } else {
    // Month/day without a year reads as a fraction or a score unless a date word leads in.
    if (!is_one_of(i - 1, "on"_gw, "since"_gw, "until"_gw, "till"_gw, "by"_gw, "from"_gw, "through"_gw, "before"_gw, "after"_gw) &&
        weekday_at(i - 1) == 0 && !(punct(i - 1, ",") && weekday_at(i - 2) > 0)) {
      return std::nullopt;
    }
    if (sep != "/") return std::nullopt;
  }
  // Day first when the first number cannot be a month, with dots (European),
  // or as the options ask when the second can be a month.
  const bool day_first = a > 12 || sep == "." || b_month > 0 || (day_first_ && b <= 12);
  e.month = day_first ? b : a;
  e.day = day_first ? a : b;
  e.year = c_year;
  e.anchor = c_year > 0 ? Anchor::kAbsolute : Anchor::kDct;
  if (e.month < 1 || e.month > 12 || e.day < 1 || e.day > 31) return std::nullopt;
  if (c_year > 0 && !is_valid_date(c_year, e.month, e.day)) return std::nullopt;
  return m;
}

// "in February", "since March", "February 2015", "Nov. 2015", "Aug 96".
Grammar::Match Grammar::standalone_month(size_t i) const {
  const int month = month_at(i, true);
  if (month == 0) return std::nullopt;
  // "32 August 2014": a number before the month that is no day makes no date.
  if (i > begin_ && tokens_[i - 1].kind == TokenKind::kNumber) return std::nullopt;
  GrammarMatch m{i, skip_period(i + 1), {}};
  m.expr.month = month;
  if (take_year(m.end, m)) {
    // A row of a price table ("May 1255 ASK Jul 1285 BID", "Mar 1335/1345"):
    // a month, a number that would be a year centuries ago, and more figures,
    // codes or a bid/ask slash, or a month cut to three letters without a
    // period ("Dec 1330 bid"), as prose never writes an old date.
    const bool terse_month = word(i).size() == 3 && !punct(i + 1, ".");  // "Dec", as tables write it
    const bool table = m.expr.year < 1800 && m.end <= end_ &&
                       (terse_month || (m.end < end_ && (tokens_[m.end].kind == TokenKind::kNumber ||
                                                         tokens_[m.end].has(kAllCaps) || punct(m.end, "/"))));
    return table ? std::nullopt : Match(m);
  }
  if (take_shifted_year(m.end, m)) return m;
  size_t y = m.end;
  if (punct(y, ",") || punct(y, "-")) ++y;
  if (const int yy = digits(y, 2); yy >= 50 && word(y).size() == 2 && capitalized(i)) {
    m.expr.year = 1900 + yy;  // "Aug 96"
    m.end = y + 1;
    return m;
  }
  // "August 32": a number after the month that is neither day nor year.
  if (tokens_.size() > y && y < end_ && tokens_[y].kind == TokenKind::kNumber) return std::nullopt;
  // A month without a year must be introduced as a date.
  const bool introduced =
      is_one_of(i - 1, "in"_gw, "since"_gw, "until"_gw, "till"_gw, "by"_gw, "from"_gw, "through"_gw, "to"_gw, "during"_gw, "of"_gw, "early"_gw,
                        "late"_gw, "mid"_gw, "last"_gw, "next"_gw, "this"_gw, "before"_gw, "after"_gw, "between"_gw, "and"_gw, "or"_gw, "each"_gw,
                        "every"_gw, "past"_gw, "coming"_gw, "that"_gw, "end"_gw, "start"_gw, "beginning"_gw, "middle"_gw, "throughout"_gw) ||
      (word(i - 1) == "-" && attached(i)) || (i == begin_ && end_ <= skip_period(i + 1) + 1);
  if (!introduced) return std::nullopt;
  // "in March to protest": a capitalized "March" introduced by "in" is the month.
  m.expr.anchor = Anchor::kDct;
  return m;
}

// "on the 17th", "by the 1st", "On 24th": a day of the current month.
Grammar::Match Grammar::day_of_month(size_t i) const {
  const size_t j = is(i, "the"_gw) ? i + 1 : i;
  const std::string_view w = word(j);
  const int day = ordinal_at(j);
  if (day < 1 || day > 31) return std::nullopt;
  // Only after a word that introduces a date, and not before a noun ("the 3rd floor").
  const size_t lead = i;
  if (!is_one_of(lead - 1, "on"_gw, "by"_gw, "until"_gw, "till"_gw, "since"_gw, "from"_gw, "before"_gw, "after"_gw)) return std::nullopt;
  if (j + 1 < end_ && tokens_[j + 1].kind == TokenKind::kWord && !is_one_of(j + 1, "and"_gw, "or"_gw, "at"_gw)) {
    return std::nullopt;
  }
  // Digits need their suffix ("the 17th"); words stand alone ("the first").
  if (tokens_[j].kind == TokenKind::kNumber && w.size() <= 2) return std::nullopt;
  GrammarMatch m{i, j + 1, {}};
  m.expr.day = day;
  m.expr.anchor = Anchor::kDct;
  return m;
}

Grammar::Match Grammar::calendar_date(size_t i) const {
  // Every calendar date starts with a number, a month or weekday, or "the",
  // "from", "between".
  if (i >= end_ || (tokens_[i].kind != TokenKind::kNumber && !temporal_word(i) && !is(i, "the"_gw) &&
                    !is(i, "from"_gw) && !is(i, "between"_gw))) {
    return std::nullopt;
  }
  Match single = calendar_date_no_range(i);
  if (!single) {
    if (Match day = day_of_month(i)) return day;
  }
  Match range = date_range(i);
  if (range && (!single || range->end > single->end)) return range;
  return single;
}

Grammar::Match Grammar::calendar_date_no_range(size_t i) const {
  // calendar_date() and date_range() ask for the same position one after the
  // other: the last answer is kept.
  if (i == last_date_at_) return last_date_;
  last_date_ = calendar_date_no_range_uncached(i);
  last_date_at_ = i;
  return last_date_;
}

Grammar::Match Grammar::calendar_date_no_range_uncached(size_t i) const {
  // An optional weekday before the date: "Wednesday, November 18, 2015".
  size_t j = i;
  int weekday = weekday_at(i);
  if (weekday > 0) {
    j = skip_period(i + 1);
    if (punct(j, ",")) ++j;
    if (is(j, "the"_gw)) ++j;
  } else {
    weekday = 0;
  }
  // Which patterns can start at j: a month starts month_day_year and
  // standalone_month, digits numeric_date and year_month_day, a day (digits,
  // an ordinal word, "the") day_month_year; "Sep-2012" is a temporal word.
  const bool number = j < end_ && tokens_[j].kind == TokenKind::kNumber;
  const bool temporal = temporal_word(j);
  if (!number && !temporal && !is(j, "the"_gw)) return std::nullopt;
  Match best;
  // Built in place and moved from: a Match is large, and copies showed in profiles.
  Match candidates[] = {temporal ? month_day_year(j) : std::nullopt, day_month_year(j),
                        number || temporal ? numeric_date(j) : std::nullopt,
                        temporal ? standalone_month(j) : std::nullopt, number ? year_month_day(j) : std::nullopt};
  for (Match& m : candidates) {
    if (m && (!best || m->end > best->end)) best = std::move(m);
  }
  if (!best) return std::nullopt;
  if (weekday > 0) {
    if (best->expr.day == 0) return std::nullopt;  // "Monday, November" is no date
    best->first = i;
    best->expr.weekday = weekday;  // names the year when none is written
  }
  return with_time_of_day(best);
}

}  // namespace eventgraph
