#include "extract/temporal/temporal_words.h"

#include <array>
#include <bit>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <span>

#include "extract/text/date_words.h"
#include "extract/text/name_folding.h"
#include "extract/temporal/holidays.h"
#include "extract/text/word_shape.h"

namespace eventgraph {
namespace {

constexpr std::array<std::string_view, 20> kOnes = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 20> kOrdinalOnes = {
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth"};
constexpr std::array<std::string_view, 10> kOrdinalTens = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
                                                           "sixtieth", "seventieth", "eightieth", "ninetieth"};

template <size_t N>
int index_of(const std::array<std::string_view, N>& table, std::string_view word) {
  if (word.empty()) return -1;
  const char first = static_cast<char>(word[0] | 0x20);
  for (size_t i = 0; i < N; ++i) {
    // Length and first letter rule out nearly every entry before a full compare.
    if (table[i].size() == word.size() && table[i][0] == first && equals_ignore_case(word, table[i])) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

// "twenty-five" style compounds: a tens word, a hyphen, a ones word from `ones`.
template <size_t N>
int compound(std::string_view word, const std::array<std::string_view, N>& ones) {
  const size_t dash = word.find('-');
  if (dash == std::string_view::npos) return -1;
  const int tens = index_of(kTens, word.substr(0, dash));
  const int unit = index_of(ones, word.substr(dash + 1));
  if (tens < 2 || unit < 1 || unit > 9) return -1;
  return tens * 10 + unit;
}

}  // namespace

int number_word(std::string_view word) {
  // Number words ("zero" .. "seventy-seven") are 3 to 13 letters long and start
  // with e, f, n, o, s, t or z: most words are turned away before the tables.
  if (word.size() < 3 || word.size() > 13) return -1;
  switch (word[0] | 0x20) {
    case 'e': case 'f': case 'n': case 'o': case 's': case 't': case 'z': break;
    default: return -1;
  }
  if (const int n = index_of(kOnes, word); n >= 0) return n;
  if (const int n = index_of(kTens, word); n >= 2) return n * 10;
  return compound(word, kOnes);
}

// "1st", "22nd", "17th": digits with an ordinal suffix; -1 otherwise.
static int digit_ordinal(std::string_view word) {
  if (word.size() < 3 || word.size() > 4) return -1;
  const std::string_view suffix = word.substr(word.size() - 2);
  if (!equals_ignore_case(suffix, "st") && !equals_ignore_case(suffix, "nd") && !equals_ignore_case(suffix, "rd") &&
      !equals_ignore_case(suffix, "th")) {
    return -1;
  }
  int n = 0;
  const auto digits = word.substr(0, word.size() - 2);
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || ptr != digits.data() + digits.size()) return -1;
  return n;
}

int ordinal_word(std::string_view word) {
  if (!word.empty() && word[0] >= '0' && word[0] <= '9') return digit_ordinal(word);
  if (const int n = index_of(kOrdinalOnes, word); n >= 1) return n;
  if (const int n = index_of(kOrdinalTens, word); n >= 2) return n * 10;
  return compound(word, kOrdinalOnes);
}

Unit unit_word(std::string_view w) {
  struct Entry {
    std::string_view word;
    Unit unit;
  };
  static constexpr Entry kUnits[] = {
      {"second", Unit::kSecond}, {"seconds", Unit::kSecond}, {"sec", Unit::kSecond},   {"secs", Unit::kSecond},
      {"minute", Unit::kMinute}, {"minutes", Unit::kMinute}, {"min", Unit::kMinute},   {"mins", Unit::kMinute},
      {"hour", Unit::kHour},     {"hours", Unit::kHour},     {"hr", Unit::kHour},      {"hrs", Unit::kHour},
      {"h", Unit::kHour},        {"day", Unit::kDay},        {"days", Unit::kDay},     {"d", Unit::kDay},
      {"week", Unit::kWeek},     {"weeks", Unit::kWeek},     {"wk", Unit::kWeek},      {"wks", Unit::kWeek},
      {"fortnight", Unit::kWeek}, {"weekend", Unit::kWeekend}, {"weekends", Unit::kWeekend},
      {"month", Unit::kMonth},   {"months", Unit::kMonth},   {"mo", Unit::kMonth},     {"mos", Unit::kMonth},
      {"quarter", Unit::kQuarter}, {"quarters", Unit::kQuarter}, {"qtr", Unit::kQuarter}, {"qtrs", Unit::kQuarter},
      {"year", Unit::kYear},     {"years", Unit::kYear},     {"yr", Unit::kYear},      {"yrs", Unit::kYear},
      {"y", Unit::kYear},        {"decade", Unit::kDecade},  {"decades", Unit::kDecade},
      {"century", Unit::kCentury}, {"centuries", Unit::kCentury},
  };
  for (const Entry& e : kUnits) {
    if (equals_ignore_case(w, e.word)) return e.unit;
  }
  return Unit::kNone;
}

std::string_view part_of_day(std::string_view w) {
  if (equals_ignore_case(w, "morning") || equals_ignore_case(w, "mornings")) return "MO";
  if (equals_ignore_case(w, "afternoon") || equals_ignore_case(w, "afternoons")) return "AF";
  if (equals_ignore_case(w, "evening") || equals_ignore_case(w, "evenings")) return "EV";
  if (equals_ignore_case(w, "night") || equals_ignore_case(w, "nights") || equals_ignore_case(w, "overnight")) return "NI";
  return "";
}

bool is_count_noun(std::string_view w) {
  for (const std::string_view n :
       {"people", "troops", "soldiers", "men", "women", "children", "points", "votes", "tonnes", "tons", "barrels",
        "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "dollars", "euros", "pounds", "yuan",
        "rubles", "shares", "jobs", "workers", "employees", "cars", "units", "homes", "houses", "cases", "deaths",
        "refugees", "migrants", "members", "seats", "delegates", "passengers", "residents", "students", "hours",
        "days", "years", "percent", "per", "of", "to", "and", "or"}) {
    if (equals_ignore_case(w, n)) return true;
  }
  return false;
}

std::string_view season_word(std::string_view w) {
  if (equals_ignore_case(w, "spring")) return "SP";
  if (equals_ignore_case(w, "summer")) return "SU";
  if (equals_ignore_case(w, "autumn") || equals_ignore_case(w, "fall")) return "FA";
  if (equals_ignore_case(w, "winter")) return "WI";
  return "";
}

}  // namespace eventgraph

namespace eventgraph {
namespace {

// No word in the table is longer ("approximately"); longer words skip the probe.
constexpr size_t kLongestWord = 13;
static_assert(kLongestWord <= 16, "temporal_word_infos() lowers a word into 16 bytes");
static_assert([] {
  for (const std::string_view w : kGrammarWords) {
    if (w.size() > kLongestWord) return false;
  }
  return true;
}());

// A word's key: its bytes with ASCII letters in lower case, zero-padded to
// sixteen bytes and read as two integers. Words hold no zero byte, so the key
// is the word; comparing keys is comparing words, case ignored.
struct WordKey {
  uint64_t head = 0;  // bytes 0-7
  uint64_t tail = 0;  // bytes 8-15
};

// For a word of at most 16 bytes (any bytes; the scanner lowers ASCII words
// eight bytes at a time itself).
WordKey key_of(std::string_view w) {
  char bytes[16] = {};
  for (size_t k = 0; k < w.size() && k < 16; ++k) {
    bytes[k] = w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] + 32) : w[k];
  }
  WordKey key;
  std::memcpy(&key.head, bytes, 8);
  std::memcpy(&key.tail, bytes + 8, 8);
  return key;
}

constexpr int kTableBits = 11;
constexpr size_t kTableSize = size_t{1} << kTableBits;  // over three times the entries

// Multiplicative hashing: the top bits of one product.
size_t slot_of(const WordKey& key) {
  return static_cast<size_t>(((key.head ^ (key.tail * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL) >> (64 - kTableBits));
}

struct ClassTable {
  // The shapes of the table's words: nearly half the words of news text have
  // none of them, and skip the lookup.
  WordShapeSet<kLongestWord> shapes;
  // A probe reads slots until a key's head matches (head 0: empty); the
  // entry shares the head's cache line, the tail lies apart.
  struct Slot {
    uint64_t head = 0;
    TemporalWordInfo info;
  };
  std::array<Slot, kTableSize> slots{};
  std::array<uint64_t, kTableSize> tails{};
  std::array<std::string_view, kTableSize> words{};  // for building the table
};

void set_calendar_words(std::string_view word, TemporalWordInfo& info) {
  info.month = static_cast<uint8_t>(month_from_word(word));
  info.weekday = static_cast<uint8_t>(weekday_from_word(word));
  info.unit = unit_word(word);
}

// The slot holding the word with `key`, or the empty slot where it goes.
// Inlined into the per-word loops: a call per word showed in profiles.
[[gnu::always_inline]] inline size_t find_slot(const ClassTable& t, const WordKey& key) {
  size_t slot = slot_of(key);
  while (t.slots[slot].head != 0 && !(t.slots[slot].head == key.head && t.tails[slot] == key.tail)) {
    slot = (slot + 1) & (kTableSize - 1);
  }
  return slot;
}

const ClassTable& class_table() {
  static const ClassTable table = [] {
    ClassTable t;
    const auto add = [&](std::string_view w, uint8_t cls) {
      const WordKey key = key_of(w);
      const size_t slot = find_slot(t, key);
      t.words[slot] = w;
      t.slots[slot].head = key.head;
      t.tails[slot] = key.tail;
      t.shapes.add(w);
      t.slots[slot].info.classes |= cls;
    };
    static constexpr std::string_view kTemporal[] = {
        "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
        "august", "aug", "september", "sep", "sept", "october", "oct", "november", "nov", "december", "dec",
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "weds", "thursday", "thu", "thur", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun", "mondays", "tuesdays", "wednesdays", "thursdays",
        "fridays", "saturdays", "sundays", "today", "todays", "tonight", "yesterday", "tomorrow",
        "tomorrows", "now", "currently", "recently", "noon", "midday", "midnight", "second", "seconds", "minute",
        "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "fortnight",
        "weekend", "weekends", "month", "months", "quarter", "quarters", "qtr", "year", "years", "yr", "yrs",
        "decade", "decades", "century", "centuries", "morning", "mornings", "afternoon", "evening", "evenings",
        "night", "nights", "overnight", "spring", "summer", "autumn", "fall", "winter", "daily", "weekly",
        "monthly", "annually", "annual", "yearly", "hourly", "nightly", "quarterly", "q1", "q2", "q3", "q4",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "first", "third", "fourth", "fifth",
        "sixth", "seventh", "eighth", "ninth", "tenth", "twelfth", "twentieth", "thirtieth", "fiscal", "fy",
        "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "half",
        "upcoming", "past", "future", "ago", "later", "earlier", "hence", "term"};
    static constexpr std::string_view kLead[] = {
        "the", "a", "an", "in", "within", "from", "between", "last", "next", "this", "that", "past", "coming",
        "previous", "following", "current", "early", "mid", "late", "earlier", "later", "end", "beginning",
        "start", "middle", "close", "turn", "every", "each", "about", "around", "approximately", "roughly", "some",
        "nearly", "almost", "over", "under", "more", "less", "fewer", "at", "up", "several", "few", "many",
        "numerous", "dozens", "hundreds", "thousands", "per", "final", "same", "recent", "for", "took"};
    static constexpr std::string_view kFuture[] = {
        "will", "'ll", "shall", "due", "scheduled", "expected", "plans", "plan", "planned", "planning", "intends",
        "upcoming", "next", "until", "till", "tomorrow", "going", "forthcoming", "later", "set", "must",
        // A scheduling verb in the present names what lies ahead: "meets on Monday", "opens on Friday".
        "meets", "convenes", "resumes", "begins", "opens", "starts",
        // "go on strike ..., effective Tuesday": from a coming day on.
        "effective"};
    static constexpr std::string_view kPast[] = {
        "said", "was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "told", "took", "met", "made",
        "came", "went", "gave", "saw", "began", "won", "lost", "left", "held", "fell", "rose", "led", "killed",
        "previously", "since"};
    for (size_t id = 1; id < kGrammarWordCount; ++id) {
      add(kGrammarWords[id], 0);
      t.slots[find_slot(t, key_of(kGrammarWords[id]))].info.word = static_cast<GrammarWord>(id);
    }
    for (const std::string_view w : kTemporal) add(w, kTemporalWord);
    for (const std::string_view w : kLead) add(w, kLeadWord);
    for (const std::string_view w : kFuture) add(w, kFutureCue);
    // First words of holiday names (data/holidays.txt): a holiday may start there.
    for (int k = 0; k < holiday_count(); ++k) add(holiday_at(k).words.front(), kHolidayStart);
    for (const std::string_view w : kPast) add(w, kPastCue);
    for (const auto* table : {&kOnes, &kOrdinalOnes}) {
      for (const std::string_view w : *table) add(w, kNumberWord);
    }
    for (const auto* table : {&kTens, &kOrdinalTens}) {
      for (const std::string_view w : *table) {
        if (!w.empty()) add(w, kNumberWord);
      }
    }
    for (size_t slot = 0; slot < kTableSize; ++slot) {
      if (t.slots[slot].info.classes & kTemporalWord) set_calendar_words(t.words[slot], t.slots[slot].info);
      if (!(t.slots[slot].info.classes & (kTemporalWord | kNumberWord))) continue;
      t.slots[slot].info.number = static_cast<int8_t>(number_word(t.words[slot]));
      t.slots[slot].info.ordinal = static_cast<int8_t>(ordinal_word(t.words[slot]));
    }
    // temporal_word_infos() copies a probe's slot whether it found the word
    // or an empty slot: an empty one must hold the defaults.
    for (const auto& slot : t.slots) {
      const TemporalWordInfo none;
      if (slot.head == 0 && std::memcmp(&slot.info, &none, sizeof none) != 0) std::abort();
    }
    return t;
  }();
  return table;
}

// The table's entry for the word with `key`, or nullptr.
const TemporalWordInfo* find_key(const WordKey& key) {
  const ClassTable& t = class_table();
  const size_t slot = find_slot(t, key);
  return t.slots[slot].head != 0 ? &t.slots[slot].info : nullptr;
}

// The same for any word, case ignored.
const TemporalWordInfo* find_word(std::string_view word) {
  if (word.size() > kLongestWord || word.empty()) return nullptr;
  return find_key(key_of(word));
}

// Whether a part of a hyphenated word makes it one time expression word:
// digits or a temporal, number or lead word ("five-year", "mid-2015",
// "third-quarter", "twenty-five"), unlike "so-called" or "anti-Islamic".
bool has_temporal_part(std::string_view word) {
  size_t start = 0;
  while (start <= word.size()) {
    size_t dash = word.find('-', start);
    if (dash == std::string_view::npos) dash = word.size();
    const std::string_view part = word.substr(start, dash - start);
    if (!part.empty() && part[0] >= '0' && part[0] <= '9') return true;
    if (const TemporalWordInfo* info = find_word(part);
        info && (info->classes & (kTemporalWord | kNumberWord | kLeadWord))) {
      return true;
    }
    start = dash + 1;
  }
  return false;
}

}  // namespace

std::vector<TemporalWordInfo> temporal_word_infos(const TokenizedText& text, const std::vector<uint8_t>& skip) {
  std::vector<TemporalWordInfo> infos(text.tokens.size());
  const ClassTable& table = class_table();
  const std::string_view source = text.source;
  // Spans, not the vectors: an info's fields are byte stores, which may
  // alias anything, and would make the compiler reload the bounds each turn.
  const std::span<const Token> tokens(text.tokens);
  const std::span<TemporalWordInfo> out(infos);
  const std::span<const uint8_t> skipped(skip);
  // First which words to look up, as arithmetic: which tokens are words, and
  // which words have a table word's shape, is data, and branches on it were
  // mispredicted. The rare cases (hyphenated and long words, "17th") branch.
  std::vector<uint32_t> lookups(tokens.size());
  size_t lookup_count = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const size_t size = t.end - t.start;
    const bool live = skipped[i] == 0;
    const bool word = t.kind == TokenKind::kWord;
    const bool plain = word & ((t.flags & kHyphenated) == 0) & (size <= kLongestWord);
    if (live & ((word & !plain) | ((t.kind == TokenKind::kNumber) & (source[t.end - 1] > '9')))) {
      // "twenty-five", "mid-2015"; "17th", "22nd" (numbers that end in letters may be ordinals).
      if (word) {
        out[i] = temporal_word_info(text.text(t));
      } else {
        out[i].ordinal = static_cast<int8_t>(ordinal_word(text.text(t)));
      }
    }
    // The shape of a plain word (another token's, cut to length, is asked and ignored).
    const std::string_view w(source.data() + t.start, size < kLongestWord ? size : kLongestWord);
    lookups[lookup_count] = static_cast<uint32_t>(i);
    lookup_count += live & plain & table.shapes.may_contain(w);
  }
  for (size_t n = 0; n < lookup_count; ++n) {
    const size_t i = lookups[n];
    const Token& t = tokens[i];
    const size_t size = t.end - t.start;
    const std::string_view w = text.text(t);
    // The key of an ASCII word, eight bytes at a time when the loads stay
    // inside the text; others byte by byte ("Máy" is no "May", and "’s"
    // keeps its curly apostrophe).
    WordKey key;
    bool ascii = false;
    if (t.start + 16 <= source.size()) {
      std::memcpy(&key.head, source.data() + t.start, 8);
      std::memcpy(&key.tail, source.data() + t.start + 8, 8);
      if constexpr (std::endian::native == std::endian::big) {
        key.head = __builtin_bswap64(key.head);
        key.tail = __builtin_bswap64(key.tail);
      }
      // Zero the bytes past the word.
      if (size < 8) key.head &= (uint64_t{1} << (8 * size)) - 1;
      key.tail = size <= 8 ? 0 : size < 16 ? key.tail & ((uint64_t{1} << (8 * (size - 8))) - 1) : key.tail;
      ascii = !((key.head | key.tail) & 0x8080808080808080ULL);
      key.head = lower_ascii8(key.head);
      key.tail = lower_ascii8(key.tail);
      if constexpr (std::endian::native == std::endian::big) {
        key.head = __builtin_bswap64(key.head);
        key.tail = __builtin_bswap64(key.tail);
      }
    }
    if (!ascii) key = key_of(w);
    // Stored whether found or not: an empty slot holds the defaults (the
    // table is built so), and a branch on found-or-not, about even odds, was
    // mispredicted half the time.
    out[i] = table.slots[find_slot(table, key)].info;
  }
  return infos;
}

TemporalWordInfo temporal_word_info(std::string_view word) {
  if (word.find('-') == std::string_view::npos) {
    // No word in the table has a hyphen; ordinals in digits ("17th") and
    // "1990s" are number tokens, not words.
    const TemporalWordInfo* info = find_word(word);
    return info ? *info : TemporalWordInfo{};
  }
  // "twenty-fourth", "mid-November", "decades-long", "five-year", "third-quarter".
  TemporalWordInfo info;
  if (has_temporal_part(word)) {
    info.classes = kTemporalWord;
    info.number = static_cast<int8_t>(compound(word, kOnes));
    info.ordinal = static_cast<int8_t>(compound(word, kOrdinalOnes));
    set_calendar_words(word, info);
  }
  return info;
}

}  // namespace eventgraph
