#include "extract/temporal/temporal.h"

#include <algorithm>

#include "extract/text/date_words.h"
#include "extract/text/indexes_where.h"
#include "extract/text/quotation.h"
#include "extract/timex_value.h"
#include "extract/temporal/temporal_grammar.h"
#include "extract/temporal/temporal_words.h"

namespace eventgraph {
namespace {

// Regular past tense: lower-case words in -ed ("reached", "ordered").
bool is_regular_past(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 2) == "ed" && w[0] >= 'a' && w[0] <= 'z';
}

// Which way the clause around tokens [first, end) points: the nearest tense
// cue in the sentence decides, the left side first on a tie.
Direction clause_direction(const TokenizedText& t, const std::vector<TemporalWordInfo>& words, const Sentence& s,
                           size_t first, size_t end, Direction prefer) {
  if (prefer != Direction::kPast) return prefer;
  // A participle after "be" ("will be published") is no past tense.
  // `before`: token k precedes the expression.
  const auto cue_at = [&](size_t k, bool before) {
    const std::string_view w = t.text(k);
    if (words[k].classes & kFutureCue) return Direction::kFuture;
    // "the contract may be signed on September 12" (lower case: "May" is a
    // month); after the expression a modal belongs to another verb ("Sunday's
    // elections may force...").
    if (before && (w == "may" || w == "might")) return Direction::kFuture;
    // "an event to be held on October 12", "to be paid in 11 months": a
    // passive infinitive tells what is yet to be done ("was estimated to be
    // pumping" is no such thing).
    // "was to be held in February" looks forward from the past: no cue.
    if (equals_ignore_case(w, "be") && k > s.first_token && k + 1 < s.end_token &&
        equals_ignore_case(t.text(k - 1), "to") &&
        !(k >= s.first_token + 2 && (equals_ignore_case(t.text(k - 2), "was") || equals_ignore_case(t.text(k - 2), "were")))) {
      const std::string_view next = t.text(k + 1);
      const bool participle = is_regular_past(next) || (words[k + 1].classes & kPastCue) ||
                              (next.size() > 3 && next.substr(next.size() - 2) == "en") ||
                              equals_ignore_case(next, "paid") || equals_ignore_case(next, "sold") ||
                              equals_ignore_case(next, "built") || equals_ignore_case(next, "set") ||
                              equals_ignore_case(next, "done");
      if (participle) return Direction::kFuture;
    }
    if (!(words[k].classes & kPastCue) && !is_regular_past(w)) return Direction::kUnset;
    if (k > s.first_token) {
      const std::string_view before = t.text(k - 1);
      if (equals_ignore_case(before, "be") || equals_ignore_case(before, "been") ||
          equals_ignore_case(before, "being")) {
        return Direction::kUnset;
      }
    }
    return Direction::kPast;
  };
  // Rightward the clause ends at a comma; what lies past it ("..., officials
  // said") is asked only when nothing in the clause itself says: in "plan to
  // meet on Monday, officials said" the plan, not the report, dates the
  // meeting, though reported speech tells of the past most often.
  size_t comma = SIZE_MAX;  // the distance of the first comma on the right
  for (size_t d = 1; d <= 12; ++d) {
    if (first >= s.first_token + d) {
      if (const Direction c = cue_at(first - d, true); c != Direction::kUnset) return c;
    }
    if (comma == SIZE_MAX && end + d - 1 < s.end_token && d <= 8) {
      if (t.text(end + d - 1) == ",") {
        comma = d;
      } else if (const Direction c = cue_at(end + d - 1, false); c != Direction::kUnset) {
        return c;
      }
    }
  }
  for (size_t d = comma + 1; comma != SIZE_MAX && d <= 8 && end + d - 1 < s.end_token; ++d) {
    if (const Direction c = cue_at(end + d - 1, false); c != Direction::kUnset) return c;
  }
  return Direction::kUnset;
}

// "voted to strike on March 24", "agreed to pay by June 1": a month or day
// that what a vote, a plan or a promise commits to falls on lies ahead (a
// year back is the other reading of a past verb). Not a weekday: "met on
// Monday and agreed to meet again on Friday" may be the Friday just past.
bool commits_ahead(const TokenizedText& t, const Sentence& s, size_t first) {
  for (size_t k = first; k > s.first_token + 1 && k + 6 > first; --k) {
    if (!equals_ignore_case(t.text(k - 1), "to")) continue;
    const std::string_view verb = t.text(k - 2);
    for (const std::string_view v : {"voted", "agreed", "decided", "planned", "plans", "plan", "threatened",
                                     "threatens", "scheduled", "expected", "pledged", "vowed", "promised", "intends",
                                     "intended", "aims", "prepared", "prepares", "set", "due"}) {
      if (equals_ignore_case(verb, v)) return true;
    }
  }
  return false;
}

// Resolves `expr`, spanning tokens [first, end), and appends it to `out`;
// the story's current date moves to each day it names. Returns that day, or
// nullopt when the story's date stayed.
std::optional<CivilDate> emit(const TokenizedText& text, size_t first, size_t end, const TimeExpr& expr,
                              ResolveContext& context, std::vector<Timex>& out, bool quoted) {
  Resolved r = resolve(expr, context);
  if (r.value.empty()) return std::nullopt;  // an impossible day such as Feb 30
  Timex timex;
  timex.span = {text.tokens[first].start, text.tokens[end - 1].end};
  timex.text = std::string(text.source.substr(timex.span.start, timex.span.size()));
  timex.type = expr.type;
  timex.value = std::move(r.value);
  timex.mod = expr.mod;
  timex.anchor = std::move(r.anchor);
  timex.begin_point = r.begin;
  timex.end_point = r.end;
  const bool moves_story = r.day && !quoted && expr.type != TimexType::kDuration && expr.type != TimexType::kSet;
  if (moves_story) context.narrative = r.day;
  out.push_back(std::move(timex));
  return moves_story ? r.day : std::nullopt;
}

}  // namespace

std::vector<Timex> find_timexes(const TokenizedText& text, const TemporalOptions& options,
                                const TokenFeatures* features) {
  std::vector<Timex> out;
  // The URL mask and time-word classes TokenFeatures made, or made here when
  // no features were shared.
  std::vector<uint8_t> own_blocked, own_quoted;
  std::vector<TemporalWordInfo> own_words;
  if (!features) {
    own_blocked = url_and_email_tokens(text);
    own_words = temporal_word_infos(text, own_blocked);
    own_quoted = quoted_tokens(text);
  }
  const GrammarTokens tokens(text, features ? features->in_url() : own_blocked,
                             features ? features->word_infos() : own_words);
  ResolveContext context;
  context.dct = options.dct;
  context.narrative = options.dct;
  // A date inside a quotation is the speaker's, not a move of the story:
  // "today's game" in what a coach said after yesterday's match.
  const std::vector<uint8_t>& quoted = features ? features->in_quotation() : own_quoted;
  size_t next_start = 0;  // into tokens.starts
  for (const Sentence& s : text.sentences) {
    // No expression crosses a line break: headers put a title and a date on
    // consecutive lines ("... since 1992\nJanuary 27, 2006").
    size_t line_start = s.first_token;
    while (line_start < s.end_token) {
    size_t line_end = line_start + 1;
    while (line_end < s.end_token && !text.tokens[line_end].has(kNewlineBefore)) ++line_end;
    const Grammar grammar(text, line_start, line_end, tokens, options.day_first);
    size_t i = line_start;
    const size_t stop = line_end;
    line_start = line_end;
    while (true) {
      // The next token an expression may start at, in this line.
      i = next_listed(tokens.starts, &next_start, i, stop);
      if (i == stop) break;
      const auto match = grammar.at(i);
      if (!match) {
        ++i;
        continue;
      }
      TimeExpr expr = match->expr;
      context.tense = clause_direction(text, tokens.words, s, match->first, match->end, options.prefer);
      // Months and month-days go to the nearest instance unless the clause
      // says which way. (chrono's convention: month-days nearest, bare months forward.)
      context.month_tense = options.prefer == Direction::kNearest ? Direction::kNearest
                            : context.tense == Direction::kUnset
                                ? (expr.lean != Direction::kUnset ? expr.lean : Direction::kNearest)
                                : context.tense;
      if (options.prefer == Direction::kNearest && expr.month > 0 && expr.day == 0) context.month_tense = Direction::kFuture;
      if (options.prefer == Direction::kPast && expr.month > 0 && commits_ahead(text, s, match->first)) {
        context.month_tense = Direction::kFuture;
      }
      if (context.tense == Direction::kUnset) context.tense = Direction::kPast;
      // Preferring the future (Duckling's convention), a bare weekday is the
      // coming one: "Tuesday" said on a Tuesday is a week ahead.
      if (options.prefer == Direction::kFuture && expr.weekday > 0 && expr.month == 0 && expr.day == 0 &&
          expr.direction == Direction::kUnset && expr.shift_unit == Unit::kNone) {
        context.tense = Direction::kStrictFuture;
      }
      // "in two weeks" names a date only in a forward clause ("will meet in two
      // weeks"); after a past verb it is a span ("was built in two years").
      if (expr.direction == Direction::kFuture && expr.shift_unit != Unit::kNone && context.tense == Direction::kPast &&
          options.prefer == Direction::kPast) {
        expr.type = TimexType::kDuration;
        expr.literal = duration_value(expr.shift, expr.shift_unit);
      }
      i = match->end;
      if (match->range_end) {
        // A range with an impossible end ("June 10 - 31") is no range at all.
        if (resolve(*match->range_end, context).value.empty()) continue;
        const size_t before = out.size();
        emit(text, match->first, match->split, expr, context, out, quoted[match->first]);
        // The end of a range counts from its start ("from December to May":
        // the May after that December), though a start that names no single
        // day leaves the story's date where it was.
        ResolveContext from_start = context;
        if (out.size() > before) {
          if (const auto start = parse_timex_interval(out.back().value)) from_start.narrative = start->first;
        }
        if (const auto day = emit(text, match->range_start, match->end, *match->range_end, from_start, out,
                                  quoted[match->first])) {
          context.narrative = day;
        }
      } else {
        emit(text, match->first, match->end, expr, context, out, quoted[match->first]);
      }
    }
    }
  }
  return out;
}

}  // namespace eventgraph
