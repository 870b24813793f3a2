// temporal.h: finds the time expressions of a document and normalizes them to
// TIMEX3 values against its publication date.
//
//   TemporalOptions options;
//   options.dct = CivilDate{2015, 11, 18};
//   for (const Timex& t : find_timexes(tokenize(text), options)) ...
//   // "on Tuesday" -> Timex{text "Tuesday", DATE, "2015-11-17"}
//   // "this week"  -> "2015-W47";  "in February" -> "2015-02"
//
// Spans follow TimeML: prepositions stay outside ("on Tuesday" -> "Tuesday"),
// modifiers inside ("last Friday", "about three hours", "early next year").
// Relative expressions count from the publication date; anaphoric ones ("a day
// later", "that evening", "the previous day") from the last full date the story
// mentioned. Bare weekdays and months point the way their clause points: back
// by default, forward after "will", "is due to", "scheduled", "next", "until".
// Without a publication date, relative values stay TIMEX3 placeholders
// ("XXXX-WXX-2"), never a guess.
//
// Never tagged: numbers that are counts, money, percentages, scores or ages;
// dates inside URLs and e-mail addresses; "May" the modal, "March" the verb;
// names such as "Sunday Times".
#pragma once

#include <optional>
#include <vector>

#include "extract/text/civil_date.h"
#include "extract/extraction.h"
#include "extract/temporal/time_expr.h"
#include "extract/text/text.h"
#include "extract/token_features.h"

namespace eventgraph {

struct TemporalOptions {
  std::optional<CivilDate> dct;
  // The default direction of bare weekdays and months: kPast (news), kFuture
  // (Duckling's convention) or kNearest (chrono's).
  Direction prefer = Direction::kPast;
  // Numeric dates read day first ("6/10/2018" is 6 October), as British,
  // Irish, Indian and Australian papers write them; else month first (US),
  // unless the first number cannot be a month ("17/11/2015").
  bool day_first = false;
};

// `features` (for its URL mask) are optional: without them the mask is
// computed from `text`.
std::vector<Timex> find_timexes(const TokenizedText& text, const TemporalOptions& options,
                                const TokenFeatures* features = nullptr);

}  // namespace eventgraph
