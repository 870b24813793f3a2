// The token helpers every pattern family uses: what each token is (GrammarTokens,
// computed once per document), the quick test before any pattern, and the
// readers of words, numbers, days, months, weekdays, years and counts.
#include <algorithm>
#include <charconv>
#include <span>
#include <string>
#include <vector>

#include "extract/text/date_words.h"
#include "extract/text/indexes_where.h"
#include "extract/temporal/temporal_grammar.h"
#include "extract/temporal/temporal_words.h"

namespace eventgraph {

using namespace grammar_literals;

GrammarTokens::GrammarTokens(const TokenizedText& text, const std::vector<uint8_t>& blocked_tokens,
                             const std::vector<TemporalWordInfo>& word_infos)
    : blocked(blocked_tokens), words(word_infos), digits(text.tokens.size(), -1) {
  // A blocked token keeps the defaults: no class, id, digits or ordinal, so
  // the grammar's lookups need not test `blocked` again. The numbers are
  // listed first (indexes_where.h), then read.
  const std::span<const Token> tokens(text.tokens);
  const std::vector<uint32_t> numbers = indexes_where(tokens.size(), [&](size_t i) {
    return (blocked[i] == 0) & (tokens[i].kind == TokenKind::kNumber);
  });
  for (const size_t i : numbers) {
    const std::string_view w = text.text(i);
    // Most numbers are digits alone; "17th" and "1990s" end in letters. Nine
    // digits at most fit an int whatever they are; a longer number is no
    // date or count the grammar reads ("5555555555" overflowed before).
    int v = 0;
    size_t k = 0;
    for (; k < w.size() && k < 9 && w[k] >= '0' && w[k] <= '9'; ++k) v = v * 10 + (w[k] - '0');
    if (k == w.size()) digits[i] = v;
  }
  // About one token in four passes.
  starts = indexes_where(tokens.size(), [&](size_t i) { return may_start_expression(tokens, words, i, tokens.size()); });
}

Grammar::Grammar(const TokenizedText& text, size_t begin, size_t end, const GrammarTokens& tokens, bool day_first)
    : text_(text),
      source_(text.source),
      tokens_(text.tokens),
      begin_(begin),
      end_(end),
      blocked_(tokens.blocked),
      words_(tokens.words),
      digits_(tokens.digits),
      day_first_(day_first) {}

bool Grammar::can_start(size_t i) const {
  const auto number = [&](size_t k) { return k < end_ && !blocked_[k] && tokens_[k].kind == TokenKind::kNumber; };
  if (number(i)) {
    // Most numbers are counts and amounts ("155,221 bags", "5.93 mln"): a
    // number starts a time expression only if it looks like a year, carries a
    // suffix ("17th", "1990s", "9am"), or a time word or date punctuation follows.
    const std::string_view w = token_text(i);
    const char last = w.back();
    if (last < '0' || last > '9') return true;
    if (w.size() == 4 && (w[0] == '1' || w[0] == '2')) return true;
    if (std::count(w.begin(), w.end(), '.') == 2) return true;  // "17.11.2015"
    if (temporal_word(i + 1) || temporal_word(i + 2) || temporal_word(i + 3) || number(i + 2)) return true;
    const std::string_view next = word(i + 1);
    return next == "/" || next == ":" || next == "-" || next == "." || is_one_of(i + 1, "ad"_gw, "ce"_gw, "a.d."_gw, "a.d"_gw) || is(i + 1, "a.m."_gw) || is(i + 1, "p.m."_gw) ||
           is(i + 1, "am"_gw) || is(i + 1, "pm"_gw) || is(i + 1, "o'clock"_gw) || clock_cue_end(i) > 0 ||
           (w.size() == 4 && i > begin_ && is(i - 1, "at"_gw));
  }
  if (temporal_word(i) || (words_[i].classes & kHolidayStart)) return true;
  if (tokens_[i].kind == TokenKind::kPunct) return (punct(i, "'") || punct(i, "\xE2\x80\x99")) && number(i + 1);
  if (!(words_[i].classes & kLeadWord)) return false;
  if (is(i, "the"_gw) && is(i + 1, "time"_gw) && is(i + 2, "being"_gw)) return true;  // "for the time being"
  // A lead word starts an expression only through a chain of lead words (and
  // "of", "than", an apostrophe) to a time word or a number: "in the past two years", "at about 9",
  // "the end of the year", "the end of the following week". Most "the", "in"
  // and "a" are followed by anything else, and this is where the scanner
  // spends its time.
  for (size_t k = i + 1; k < end_ && k <= i + 5 && !blocked_[k]; ++k) {
    if ((words_[k].classes & (kTemporalWord | kHolidayStart)) || (number(k) && k <= i + 3)) return true;
    const bool chain = (words_[k].classes & (kLeadWord | kNumberWord)) ||  // "the eleventh of May"
                       is_one_of(k, "of"_gw, "than"_gw, "least"_gw, "most"_gw, "to"_gw, "prior"_gw, "preceding"_gw, "couple"_gw, "other"_gw,
                                 "very"_gw, "little"_gw, "whole"_gw, "entire"_gw, "full"_gw, "latest"_gw, "trading"_gw) ||
                       punct(k, "'") || punct(k, "\xE2\x80\x99");  // "more than two years", "the '90s"
    if (!chain) return false;
  }
  return false;
}

bool Grammar::sentence_initial(size_t i) const {
  if (i == begin_) return true;
  // After an opening quote or a line break.
  return tokens_[i].has(kNewlineBefore) || (i == begin_ + 1 && tokens_[begin_].kind == TokenKind::kPunct);
}

bool Grammar::temporal_word(size_t i) const {
  return in_line(i) && (words_[i].classes & kTemporalWord);
}

Unit Grammar::unit_at(size_t i) const { return temporal_word(i) ? words_[i].unit : Unit::kNone; }

int Grammar::number_word_at(size_t i) const { return temporal_word(i) ? words_[i].number : -1; }

int Grammar::ordinal_at(size_t i) const {
  if (in_line(i) && tokens_[i].kind == TokenKind::kNumber) return words_[i].ordinal;
  return temporal_word(i) ? words_[i].ordinal : -1;
}

std::string_view Grammar::part_of_day_at(size_t i) const { return temporal_word(i) ? part_of_day(word(i)) : ""; }

std::string_view Grammar::season_at(size_t i) const { return temporal_word(i) ? season_word(word(i)) : ""; }

int Grammar::digits(size_t i, size_t max_digits) const {
  if (!in_line(i) || digits_[i] < 0) return -1;
  return tokens_[i].end - tokens_[i].start <= max_digits ? digits_[i] : -1;
}

bool Grammar::take_year(size_t y, GrammarMatch& m) const {
  if (punct(y, ",") || punct(y, "-")) ++y;
  if (is(y, "of"_gw)) ++y;
  if (is(y, "fiscal"_gw)) ++y;
  size_t year_end = 0;
  bool clipped = false;  // "the summer of '68"
  const int year = year_at(y, &year_end, &clipped);
  if (year < 0) return false;
  m.expr.year = year;
  m.expr.clipped_year = clipped;
  m.end = year_end;
  return true;
}

bool Grammar::take_shifted_year(size_t y, GrammarMatch& m) const {
  if (!is(y, "of"_gw) || !is_one_of(y + 1, "last"_gw, "this"_gw, "next"_gw, "previous"_gw, "current"_gw) ||
      !is(y + 2, "year"_gw)) {
    return false;
  }
  m.expr.anchor = Anchor::kDct;
  m.expr.shift_unit = Unit::kYear;
  m.expr.shift = is_one_of(y + 1, "last"_gw, "previous"_gw) ? -1 : is(y + 1, "next"_gw) ? 1 : 0;
  m.end = y + 3;
  return true;
}

bool Grammar::add_year_at(size_t y, GrammarMatch& m) const {
  size_t year_end = 0;
  bool clipped = false;  // "Dec. 7, '41"
  const int year = year_at(y, &year_end, &clipped);
  if (year <= 0) return false;
  m.expr.year = year;
  m.expr.clipped_year = clipped;
  m.expr.anchor = Anchor::kAbsolute;
  m.end = year_end;
  return true;
}

size_t Grammar::skip_period(size_t i) const {
  // Only an abbreviation owns its period ("Nov.", "Tues."); "Monday." ends a sentence.
  return punct(i, ".") && attached(i) && i > begin_ && is_abbreviation(word(i - 1)) ? i + 1 : i;
}

int Grammar::month_at(size_t i, bool standalone) const {
  if (!temporal_word(i) || words_[i].month == 0) return 0;
  const int m = words_[i].month;
  const std::string_view w = word(i);
  const bool cap = capitalized(i);
  const bool abbreviated = w.size() <= 4 && !equals_ignore_case(w, "june") && !equals_ignore_case(w, "july");
  // "May" the modal and "March" the verb or noun: only capitalized, and
  // standalone only after a word that introduces a date (checked by the caller).
  if ((equals_ignore_case(w, "may") || equals_ignore_case(w, "march")) && !cap && standalone) return 0;
  if (equals_ignore_case(w, "may") && !cap && digits(i + 1) < 0) return 0;
  // "Mar", "Jan", "Dec" alone are names or words more often than months.
  if (abbreviated && standalone && !cap) return 0;
  return m;
}

int Grammar::weekday_at(size_t i) const {
  if (!temporal_word(i) || words_[i].weekday == 0) return 0;
  const int d = words_[i].weekday;
  const std::string_view w = word(i);
  const bool full = w.size() >= 6;
  // "Sun", "Sat", "Wed", "Mon" are words or names unless written as dates;
  // "fri", "thu", "tues" in lower case are no English word ("Thu" is a name).
  const bool lower_unambiguous = !capitalized(i) && (d == 2 || d == 4 || d == 5) && !equals_ignore_case(w, "tue");
  // "Thu 15th": before a day in digits with its suffix.
  const bool before_day = in_line(i + 1) && tokens_[i + 1].kind == TokenKind::kNumber && ordinal_of(i + 1) > 0;
  if (!full && !lower_unambiguous && !(capitalized(i) && (punct(i + 1, ".") || punct(i + 1, ",") || before_day))) return 0;
  return d;
}

int Grammar::day_at(size_t i) const {
  const int d = digits(i, 2);
  if (d >= 1 && d <= 31) return d;
  // Any ordinal, "eleventh" as well as "third": every caller wants a month
  // or a weekday beside the day.
  const int o = ordinal_of(i);
  return o >= 1 && o <= 31 ? o : 0;
}

int Grammar::year_at(size_t i, size_t* end, bool* clipped) const {
  if (clipped) *clipped = false;
  const int y = digits(i, 4);
  if (y >= 1000 && y <= 2999 && word(i).size() == 4) {
    *end = i + 1;
    return y;
  }
  // "79 AD", "14 a.d.", "8 CE": an early year names its era.
  if (y >= 1 && is_one_of(i + 1, "ad"_gw, "ce"_gw, "a.d."_gw, "a.d"_gw)) {
    *end = i + 2;
    return y;
  }
  // '96
  if ((punct(i, "'") || punct(i, "\xE2\x80\x99")) && attached(i + 1)) {
    const int yy = digits(i + 1, 2);
    if (yy >= 0 && word(i + 1).size() == 2) {
      *end = i + 2;
      if (clipped) *clipped = true;
      return year_of_two_digits(yy);
    }
  }
  return -1;
}

double Grammar::count_at(size_t i, size_t* end) const {
  *end = i + 1;
  const std::string_view w = word(i);
  if (w.empty()) return -1;
  if (tokens_[i].kind == TokenKind::kNumber) {
    if (digits_[i] >= 0) return digits_[i];  // all digits, read once by GrammarTokens
    if (w.find(',') != std::string_view::npos) return -1;  // "1,000 years": fine, but rare as time
    // "1.5"; a number of ten digits or more is no count the grammar reads
    // (the callers make ints of counts: 1.8e48 days overflowed one, found by
    // fuzz_extract).
    double v = 0;
    const auto [ptr, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
    return ec == std::errc() && ptr == w.data() + w.size() && v < 1e9 ? v : -1;
  }
  if (is(i, "a"_gw) || is(i, "an"_gw)) {
    if (is(i + 1, "few"_gw) || is(i + 1, "couple"_gw)) {
      *end = is(i + 2, "of"_gw) ? i + 3 : i + 2;
      return is(i + 1, "couple"_gw) ? 2 : -2;
    }
    return 1;
  }
  if (is_one_of(i, "several"_gw, "few"_gw, "many"_gw, "some"_gw, "numerous"_gw)) return -2;
  if (is_one_of(i, "dozens"_gw, "hundreds"_gw, "thousands"_gw) && is(i + 1, "of"_gw)) {
    *end = i + 2;
    return -2;
  }
  const int n = number_word_at(i);
  if (n >= 1) {
    // "twenty five" written as two words.
    if (n >= 20 && n % 10 == 0) {
      const int unit = number_word_at(i + 1);
      if (unit >= 1 && unit <= 9) {
        *end = i + 2;
        return n + unit;
      }
    }
    return n;
  }
  return -1;
}

}  // namespace eventgraph
