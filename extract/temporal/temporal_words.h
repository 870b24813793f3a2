// temporal_words.h: the closed word classes of English time expressions.
//
//   number_word("twenty-five")  // 25
//   ordinal_word("31st")        // 31
//   unit_word("weeks")          // Unit::kWeek
//   part_of_day("evening")      // "EV"
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/temporal/grammar_words.h"
#include "extract/text/text.h"
#include "extract/temporal/time_expr.h"

namespace eventgraph {

// Cardinals written as words, "zero" .. "ninety-nine", "a dozen" excluded; -1 otherwise.
int number_word(std::string_view word);
// Ordinals as words or digits with a suffix: "first", "thirty-first", "1st", "22nd"; -1 otherwise.
int ordinal_word(std::string_view word);
// Units of time, singular or plural, with common abbreviations; kNone otherwise.
Unit unit_word(std::string_view word);
// TIMEX3 parts of day: "MO", "AF", "EV", "NI", "DT"; "" otherwise.
std::string_view part_of_day(std::string_view word);
// TIMEX3 seasons: "SP", "SU", "FA", "WI"; "" otherwise.
std::string_view season_word(std::string_view word);
// Nouns that make a number before them a count, not a year: "1500 troops",
// "2000 tonnes" (and "of", "to", "and", "or", which continue a number).
bool is_count_noun(std::string_view word);

}  // namespace eventgraph

namespace eventgraph {

// Classes of a word for the scanner's quick test of where an expression can
// start; a bit set of the values below.
enum TemporalWordClass : uint8_t {
  kTemporalWord = 1,  // names or counts time by itself: "May", "Tuesday", "week", "today", "twenty", "annual"
  kLeadWord = 2,      // starts an expression only before a temporal word: "the", "last", "in", "about", "every"
  kFutureCue = 4,     // points its clause forward: "will", "due", "scheduled", "until"
  kPastCue = 8,       // points its clause back: "said", "was", "ago", irregular past tenses
  kHolidayStart = 16,  // may start a holiday's name: "Christmas", "Good", "New"
  kNumberWord = 32,    // spells a number: "eleven", "thirteenth" (also set on temporal words that do)
};

// What the scanner needs of one word, computed once per token.
struct TemporalWordInfo {
  uint8_t classes = 0;  // TemporalWordClass bits; 0 for most words
  int8_t number = -1;   // number_word() of a temporal or number word, else -1
  int8_t ordinal = -1;  // ordinal_word() of a temporal or number word, else -1
  GrammarWord word = 0;  // its id in kGrammarWords, else 0
  // Of temporal words only (0 and kNone for others): month_from_word(),
  // weekday_from_word(), unit_word().
  uint8_t month = 0;
  uint8_t weekday = 0;
  Unit unit = Unit::kNone;
  uint8_t unused = 0;  // eight bytes, copied as one word
};
static_assert(sizeof(TemporalWordInfo) == 8);

// The classes of `word` (case ignored), its grammar word id, and for temporal
// and number words the number or ordinal they spell. Every month and weekday
// name is a temporal word and every number_word() or ordinal_word() a number
// word, so a word with neither class is none of these. One table probe;
// hyphenated words are spelled out on the spot, and temporal only when a part
// is ("twenty-five", "mid-2015", "five-year"; not "so-called").
TemporalWordInfo temporal_word_info(std::string_view word);
// temporal_word_info() of each word token of `text` not marked in `skip`, the
// ordinal of each number token with a suffix ("17th" -> 17); the defaults for
// the rest. One pass with the table at hand: the temporal scanner
// looks up every word of a document.
std::vector<TemporalWordInfo> temporal_word_infos(const TokenizedText& text, const std::vector<uint8_t>& skip);

}  // namespace eventgraph
