// temporal_grammar.h: reads English time expressions off tokens into TimeExprs.
// Internal to extract/temporal; temporal.h is the module's interface.
//
// A Grammar looks at one line of a sentence. at(i) tries the pattern families
// that can start at token i (grammar_dispatch.cc) and returns the longest
// match. Families: calendar and numeric dates (calendar_patterns.cc), clock
// times (clock_patterns.cc), years, decades, quarters and seasons
// (period_patterns.cc), deictic, shifted and anaphoric expressions
// (relative_patterns.cc), durations and sets (duration_patterns.cc), and
// expressions built from others: ordinal days and weeks, ranges, offsets,
// holidays (compound_patterns.cc). The token helpers below, the quick test
// and GrammarTokens are in grammar_tokens.cc.
//
// Precision rules live with the patterns: "May" the modal, "March" the verb,
// "Sunday Times", "Black Friday", counts, money and ages are not matched.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "extract/text/date_words.h"
#include "extract/temporal/grammar_words.h"
#include "extract/temporal/temporal_words.h"
#include "extract/temporal/time_expr.h"
#include "extract/text/text.h"

namespace eventgraph {

// A two-digit year where both centuries are read: "'96" and "1.1.96" are
// 1996, "3.1.05" is 2005. (With a publication date, an apostrophe year's
// century comes from it instead: TimeExpr::clipped_year.)
inline int year_of_two_digits(int yy) { return yy < 50 ? 2000 + yy : 1900 + yy; }

struct GrammarMatch {
  GrammarMatch(size_t first_token, size_t end_token, TimeExpr e = {})
      : first(first_token), end(end_token), expr(std::move(e)) {}

  size_t first = 0;  // token range [first, end)
  size_t end = 0;
  TimeExpr expr;
  // A range ("July 13-15", "from May to December 2022") is two expressions:
  // `expr` spans [first, split), `range_end` spans [range_start, end).
  std::optional<TimeExpr> range_end;
  size_t split = 0;
  size_t range_start = 0;
};

// Whether a time expression may start at token i: a word of a temporal, lead
// or holiday class, a number, or punctuation before a number ("'96"); the
// token after i is looked at only before `end`. The quick test before any
// pattern runs, as arithmetic (which tokens pass is data, and branches on it
// were mispredicted).
inline bool may_start_expression(std::span<const Token> tokens, std::span<const TemporalWordInfo> words, size_t i,
                                 size_t end) {
  const bool word = tokens[i].kind == TokenKind::kWord;
  const bool number = tokens[i].kind == TokenKind::kNumber;
  const bool number_next = (i + 1 < end) && tokens[i + 1].kind == TokenKind::kNumber;
  const bool classed = (words[i].classes & (kTemporalWord | kLeadWord | kHolidayStart)) != 0;
  return (word & classed) | number | (!word & !number & number_next);
}

// What the grammar reads of each token of a document, computed once so that
// the patterns, which look at a token many times, never look a word up twice.
struct GrammarTokens {
  // `words` is temporal_word_infos(text, blocked); both must outlive this.
  GrammarTokens(const TokenizedText& text, const std::vector<uint8_t>& blocked,
                const std::vector<TemporalWordInfo>& words);

  // 1 for tokens never part of a time expression (URLs, e-mail addresses).
  const std::vector<uint8_t>& blocked;
  // Words: temporal_word_info(). Numbers: only `ordinal` ("17th" -> 17).
  const std::vector<TemporalWordInfo>& words;
  // All-digit tokens of at most nine digits: their value and length; else -1.
  std::vector<int32_t> digits;
  // The tokens may_start_expression() passes, in order, bar the line bound
  // Grammar::at() adds. The scanner walks these, not every token.
  std::vector<uint32_t> starts;
};

class Grammar {
 public:
  // Tokens [begin, end) of `text` form the sentence (or one line of it).
  // `day_first`: TemporalOptions::day_first.
  Grammar(const TokenizedText& text, size_t begin, size_t end, const GrammarTokens& tokens, bool day_first);
  // Not copyable or movable: it holds references to the text. Not for use by
  // several threads at once (it keeps its last calendar-date answer).
  Grammar(const Grammar&) = delete;
  Grammar& operator=(const Grammar&) = delete;

  // The longest expression starting at token i, if any. Inline is the quick
  // test, may_start_expression() within this line, so a call is paid only
  // for candidates.
  std::optional<GrammarMatch> at(size_t i) const {
    if (i >= end_ || !may_start_expression(tokens_, words_, i, end_)) return std::nullopt;
    return match_at(i);
  }

 private:
  std::optional<GrammarMatch> match_at(size_t i) const;
  // False where no expression can start: the quick test before any pattern.
  bool can_start(size_t i) const;

  using Match = std::optional<GrammarMatch>;

  // calendar_patterns.cc and clock_patterns.cc
  Match calendar_date(size_t i) const;
  Match calendar_date_no_range(size_t i) const;
  Match calendar_date_no_range_uncached(size_t i) const;
  Match day_of_month(size_t i) const;
  Match month_day_year(size_t i) const;
  Match day_month_year(size_t i) const;
  Match numeric_date(size_t i) const;
  Match dotted_date(size_t i) const;
  Match hyphenated_date(size_t i) const;
  Match standalone_month(size_t i) const;
  Match clock_time(size_t i) const;
  // Where the cue that makes the four digits at i a clock time ends: a zone
  // ("1130 GMT", "2000 EST"), "local", "hrs", "hours" after "at", or a place
  // and "time" ("1000 London time"); 0 when none follows. The clock pattern
  // and the scanner's quick test (can_start) both ask it.
  size_t clock_cue_end(size_t i) const;
  bool clock_told_before(size_t i) const;
  Match with_time_of_day(Match date) const;
  // period_patterns.cc
  Match year_expr(size_t i) const;
  Match decade_or_century(size_t i) const;
  Match quarter_half(size_t i) const;
  Match season_expr(size_t i) const;
  Match part_of_period(size_t i) const;
  // compound_patterns.cc
  Match ordinal_of_period(size_t i) const;
  Match date_range(size_t i) const;
  Match offset_from_date(size_t i) const;
  Match upcoming_units(size_t i) const;
  Match year_month_day(size_t i) const;
  Match day_of_shifted_month(size_t i) const;
  Match holiday_expr(size_t i) const;
  Match week_of(size_t i) const;
  // relative_patterns.cc
  Match deictic_day(size_t i) const;
  Match weekday_expr(size_t i) const;
  Match shifted_unit(size_t i) const;
  Match counted_shift(size_t i) const;
  Match anaphoric(size_t i) const;
  Match reference_word(size_t i) const;
  // duration_patterns.cc
  Match duration(size_t i) const;
  Match set_expr(size_t i) const;

  // Token helpers (grammar_tokens.cc). Every index past the sentence end reads as an empty token.
  // Whether token i lies in the line (one unsigned compare: below begin_ wraps
  // around). GrammarTokens holds nothing for blocked tokens, so lookups of
  // words, digits and ordinals need no other test.
  bool in_line(size_t i) const { return i - begin_ < end_ - begin_; }
  // The text of token i (any token of the document).
  std::string_view token_text(size_t i) const {
    return std::string_view(source_.data() + tokens_[i].start, tokens_[i].end - tokens_[i].start);
  }
  std::string_view word(size_t i) const {
    if (!in_line(i) || blocked_[i]) return {};
    return token_text(i);
  }
  // Whether token i is the grammar word `w` ("the"_gw), case ignored.
  bool is(size_t i, GrammarWord w) const { return in_line(i) && words_[i].word == w; }
  // Word-class lookups, gated by the precomputed class so that ordinary words
  // cost one table read.
  Unit unit_at(size_t i) const;
  int number_word_at(size_t i) const;
  int ordinal_at(size_t i) const;
  // ordinal_word() of any token, temporal or not ("thirteenth", "17th").
  int ordinal_of(size_t i) const { return in_line(i) ? words_[i].ordinal : -1; }
  std::string_view part_of_day_at(size_t i) const;
  std::string_view season_at(size_t i) const;
  bool temporal_word(size_t i) const;
  template <typename... Words>
  bool is_one_of(size_t i, Words... w) const {
    if (!in_line(i)) return false;
    const GrammarWord id = words_[i].word;
    return id != 0 && ((id == w) || ...);
  }
  bool punct(size_t i, std::string_view p) const {
    return i >= begin_ && i < end_ && tokens_[i].kind == TokenKind::kPunct && token_text(i) == p;
  }
  bool attached(size_t i) const { return i < end_ && !tokens_[i].has(kSpaceBefore); }  // no space before i
  bool capitalized(size_t i) const { return i < end_ && tokens_[i].has(kCapitalized); }
  bool sentence_initial(size_t i) const;
  // The value of an all-digit token of at most `max_digits`, else -1.
  int digits(size_t i, size_t max_digits = 9) const;
  // A count: digits, a number word, "a"/"an"; sets *end past it. -1 if none;
  // -2 for vague counts ("several", "a few", "many").
  double count_at(size_t i, size_t* end) const;
  // Month (1..12) named by token i, guarded as the rules above say; 0 if none.
  int month_at(size_t i, bool standalone) const;
  int weekday_at(size_t i) const;
  // A day of the month at i ("17", "17th", "seventeenth"); 0 if none.
  int day_at(size_t i) const;
  // A noun at k that makes the number before it a count ("2000 tonnes"); the
  // words that continue a number ("of", "to", "and", "or") are none here.
  bool count_noun_at(size_t k) const {
    return !is_one_of(k, grammar_word("of"), grammar_word("to"), grammar_word("and"), grammar_word("or")) &&
           is_count_noun(word(k));
  }
  // Whether `second` can end a range of years that starts in `first` ("from
  // 1957 to 1961"): later, and within a lifetime; wider spans are counts
  // ("from 1500 to 2000 tonnes").
  static bool years_in_range(int first, int second) { return second > first && second - first <= 60; }
  // A year at i: "2015", "'96"; sets *end, and *clipped (when given) to
  // whether the year was two digits after an apostrophe, whose century the
  // resolver picks (TimeExpr::clipped_year). -1 if none.
  int year_at(size_t i, size_t* end, bool* clipped = nullptr) const;
  // A year written after a period's name: "[,|-] [of] [fiscal] 2015". Sets
  // m.expr.year and m.end and returns true when there is one at token y.
  bool take_year(size_t y, GrammarMatch& m) const;
  // A year named relative to the publication date after a period's name:
  // "of last year", "of this year", "of next year". Sets m's year shift and
  // m.end and returns true when there is one at token y.
  bool take_shifted_year(size_t y, GrammarMatch& m) const;
  // A year right at token y ("Nov. 17 2015"): sets m.expr.year, makes m
  // absolute and ends it after the year; false when there is none.
  bool add_year_at(size_t y, GrammarMatch& m) const;
  // Skips a period attached to token i-1 ("Nov."), returning the next index.
  size_t skip_period(size_t i) const;

  // The text and the per-token tables as spans (pointer and size in the
  // object), not references to vectors: one load less per look at a token,
  // and patterns look at tokens all the time.
  const TokenizedText& text_;
  std::string_view source_;
  std::span<const Token> tokens_;
  size_t begin_;
  size_t end_;
  std::span<const uint8_t> blocked_;
  std::span<const TemporalWordInfo> words_;
  std::span<const int32_t> digits_;
  bool day_first_;
  // The last calendar_date_no_range() answer and its position.
  mutable size_t last_date_at_ = static_cast<size_t>(-1);
  // clock_told_before(): the line's first four-digit time with its cue
  // ("1130 GMT"), end_ when none, kNotScanned until asked.
  static constexpr size_t kNotScanned = static_cast<size_t>(-1);
  mutable size_t first_cued_clock_ = kNotScanned;
  mutable Match last_date_;
};

}  // namespace eventgraph
