#include "extract/text/text.h"

#include <algorithm>
#include <array>
#include <span>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/text/date_words.h"
#include "extract/text/word_list.h"

namespace eventgraph {
namespace {

bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Classifies the (possibly multi-byte) character at text[i].
enum class CharClass : uint8_t { kSpace, kNewline, kLetter, kDigit, kApostrophe, kPunct, kMultiByte };

struct CharInfo {
  CharClass cls;
  uint32_t length;
};

// ASCII classes by byte; bytes >= 0x80 need a look at the whole sequence.
constexpr std::array<CharClass, 256> make_byte_classes() {
  std::array<CharClass, 256> t{};
  for (int b = 0; b < 256; ++b) {
    CharClass c = CharClass::kPunct;
    if (b >= 0x80) c = CharClass::kMultiByte;
    else if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) c = CharClass::kLetter;
    else if (b >= '0' && b <= '9') c = CharClass::kDigit;
    else if (b == '\n') c = CharClass::kNewline;
    else if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') c = CharClass::kSpace;
    else if (b == '\'') c = CharClass::kApostrophe;
    t[b] = c;
  }
  return t;
}
constexpr std::array<CharClass, 256> kByteClass = make_byte_classes();

// 1 for ASCII letters and digits: the scanner's innermost test.
constexpr std::array<uint8_t, 256> make_ascii_alnum() {
  std::array<uint8_t, 256> t{};
  for (int b = 0; b < 256; ++b) {
    t[b] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
  }
  return t;
}
constexpr std::array<uint8_t, 256> kAsciiAlnum = make_ascii_alnum();

CharInfo classify_multibyte(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const size_t left = text.size() - i;
  const auto at = [&](size_t k) { return k < left ? static_cast<unsigned char>(text[i + k]) : 0; };
  if (c == 0xC2) {
    if (at(1) == 0xA0) return {CharClass::kSpace, 2};            // no-break space
    if (at(1) >= 0x80 && at(1) <= 0xBF) return {CharClass::kPunct, 2};  // Latin-1 signs: « » ° £
  }
  if (c == 0xE2 && at(1) == 0x80) {  // General Punctuation block U+2000..U+203F
    const unsigned char b = at(2);
    if (b <= 0x8B || b == 0xAF) return {CharClass::kSpace, 3};  // spaces, zero widths
    if (b == 0x99) return {CharClass::kApostrophe, 3};          // right single quote
    return {CharClass::kPunct, 3};                              // dashes, quotes, bullets
  }
  if (c == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return {CharClass::kSpace, 3};  // BOM
  if (c == 0xEF && at(1) == 0xBF && at(2) == 0xBD) return {CharClass::kPunct, 3};  // U+FFFD
  uint32_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (n > left) n = static_cast<uint32_t>(left);
  return {CharClass::kLetter, n};
}

inline CharInfo classify(std::string_view text, size_t i) {
  const CharClass c = kByteClass[static_cast<unsigned char>(text[i])];
  if (c != CharClass::kMultiByte) return {c, 1};
  return classify_multibyte(text, i);
}

// Upper case for ASCII and Latin-1/Latin Extended-A capitals (2-byte UTF-8).
bool starts_upper(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return is_upper(c);
  if (c == 0xC3 && i + 1 < text.size()) {
    const auto d = static_cast<unsigned char>(text[i + 1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;  // U+00C0..U+00DE except ×
  }
  if ((c == 0xC4 || c == 0xC5) && i + 1 < text.size()) {
    return (static_cast<unsigned char>(text[i + 1]) & 1) == 0;  // Latin Extended-A pairs
  }
  return false;
}

// The end of the run of ASCII letters and digits starting at `i`. With SSE2,
// sixteen bytes are tested at once: a word and the byte after it usually fit.
size_t ascii_alnum_end(std::string_view text, size_t i) {
#if defined(__SSE2__)
  while (i + 16 <= text.size()) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // Signed compares: bytes >= 0x80 are negative and fall outside every range.
    const __m128i lower = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(bytes, _mm_set1_epi8('9' + 1)));
    const unsigned stop = ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit))) & 0xFFFF;
    if (stop != 0) return i + static_cast<size_t>(__builtin_ctz(stop));
    i += 16;
  }
#endif
  while (i < text.size() && kAsciiAlnum[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

// "http", "https" or "www": a word a web address is made of.
bool is_web_word(std::string_view w) {
  return equals_ignore_case(w, "http") || equals_ignore_case(w, "https") || equals_ignore_case(w, "www");
}

// Dotted initials from `i`: "U.S.", "a.m.", "U.N." (letter, period, letter,
// period...). Returns the end, or `i` when the text there is not of that form.
size_t scan_initials(std::string_view text, size_t i) {
  size_t k = i;
  while (k + 1 < text.size() && is_ascii_letter(text[k]) && text[k + 1] == '.' &&
         (k == i || !is_ascii_letter(text[k - 1]) || text[k - 1] == '.')) {
    if (k + 2 < text.size() && is_ascii_letter(text[k + 2]) && k + 3 < text.size() &&
        is_ascii_letter(text[k + 3])) {
      break;  // "U.Stuff": the pattern stops before a longer word
    }
    k += 2;
  }
  return k - i >= 4 ? k : i;
}

uint8_t case_flags(std::string_view word) {
  uint8_t flags = 0;
  int letters = 0;
  bool all_upper = true;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (is_ascii_letter(c)) {
      ++letters;
      if (!is_upper(c)) all_upper = false;
    } else if (c >= 0x80) {
      all_upper = false;
    }
  }
  if (!word.empty() && starts_upper(word, 0)) flags |= kCapitalized;
  if (letters >= 2 && all_upper) flags |= kAllCaps;
  return flags;
}

// Scans a word from `i`; returns its end and sets *flags to its case flags.
// Letters, digits, hyphens and apostrophes between letters, and dotted initials.
size_t scan_word(std::string_view text, size_t i, uint8_t* flags) {
  if (i + 1 < text.size() && text[i + 1] == '.') {
    if (const size_t initials = scan_initials(text, i); initials != i) {
      *flags = case_flags(text.substr(i, initials - i));
      return initials;
    }
  }
  // Fast path: a run of ASCII letters and digits ended by white space or
  // punctuation; most words are nothing else.
  size_t j = ascii_alnum_end(text, i);
  if (j >= text.size() || (text[j] != '-' && kByteClass[static_cast<unsigned char>(text[j])] != CharClass::kApostrophe &&
                           kByteClass[static_cast<unsigned char>(text[j])] != CharClass::kMultiByte)) {
    if (!is_upper(static_cast<unsigned char>(text[i]))) {
      *flags = 0;
    } else {
      // Capitalized; all capitals if no lower-case letter follows (most
      // words show one at once) and there are two letters or more.
      size_t k = i + 1;
      int letters = 1;
      for (; k < j && !(text[k] >= 'a' && text[k] <= 'z'); ++k) letters += is_upper(static_cast<unsigned char>(text[k]));
      *flags = static_cast<uint8_t>(kCapitalized | (k == j && letters >= 2 ? kAllCaps : 0));
    }
    return j;
  }
  bool hyphenated = false;
  while (j < text.size()) {
    const CharClass fast = kByteClass[static_cast<unsigned char>(text[j])];
    if (fast == CharClass::kLetter || fast == CharClass::kDigit) {
      ++j;
      continue;
    }
    const CharInfo ci = classify(text, j);
    if (ci.cls == CharClass::kLetter || ci.cls == CharClass::kDigit) {
      j += ci.length;
      continue;
    }
    const size_t next = j + ci.length;
    if (next >= text.size()) break;
    const CharClass next_cls = classify(text, next).cls;
    if (ci.cls == CharClass::kApostrophe && next_cls == CharClass::kLetter) {
      // Split the possessive: "Russia's" -> "Russia" + "'s".
      const size_t after = next + 1;
      const bool possessive = (text[next] == 's' || text[next] == 'S') &&
                              (after >= text.size() || classify(text, after).cls != CharClass::kLetter);
      if (possessive) break;
      j = next;
      continue;
    }
    if (text[j] == '-' && (next_cls == CharClass::kLetter || next_cls == CharClass::kDigit)) {
      hyphenated = true;
      j = next;
      continue;
    }
    break;
  }
  *flags = static_cast<uint8_t>(case_flags(text.substr(i, j - i)) | (hyphenated ? kHyphenated : 0));
  return j;
}

// Scans a number from `i`: digits with inner ',' or '.' groups ("155,221",
// "5.93"), then attached letters ("17th", "1990s", "3pm").
size_t scan_number(std::string_view text, size_t i) {
  size_t j = i;
  while (j < text.size()) {
    const auto c = static_cast<unsigned char>(text[j]);
    if (is_digit(c)) {
      ++j;
    } else if ((c == ',' || c == '.') && j + 1 < text.size() && is_digit(text[j + 1]) &&
               j > i) {
      ++j;
    } else {
      break;
    }
  }
  while (j < text.size() && is_ascii_letter(text[j])) ++j;
  return j;
}

void split_sentences(TokenizedText& out) {
  // A span, not a reference to the vector: appending sentences to `out`
  // would otherwise make the compiler reload the tokens' bounds every turn.
  const std::span<const Token> tokens(out.tokens);
  out.sentences.reserve(tokens.size() / 16 + 4);  // news sentences run twenty-odd tokens
  uint32_t first = 0;
  const auto close = [&](uint32_t end) {
    if (end > first) {
      out.sentences.push_back({first, end, {tokens[first].start, tokens[end - 1].end}});
    }
    first = end;
  };
  // A paragraph break ends a sentence unless the line before stops mid-phrase
  // ("who met with mayors of\n\nFrench cities"): scraped text breaks lines anywhere.
  const auto dangling = [&](uint32_t i) {
    return equals_any(out.text(tokens[i]),
                      {"of", "the", "a", "an", "and", "or", "to", "with", "for", "in", "on", "at", "by", "from"});
  };
  // Before the first sentence ends, a line break ends a line of its own: a
  // headline or a date line above the story ("Apple unveils iPhone\nJune 9,
  // 2008\nApple today..."), which has no period to end it.
  bool in_header = true;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (i > first && tokens[i].has(kParagraphBefore) && !dangling(i - 1)) close(i);
    else if (in_header && i > first && tokens[i].has(kNewlineBefore) && !dangling(i - 1) &&
             tokens[i - 1].kind != TokenKind::kPunct) {
      close(i);
    }
    if (tokens[i].kind != TokenKind::kPunct || tokens[i].end - tokens[i].start != 1) continue;
    const char c = out.source[tokens[i].start];
    if (c != '.' && c != '!' && c != '?') continue;
    // An abbreviation's period ends no sentence ("Mr.", "Nov."); asked last,
    // as the costliest test.
    const auto after_abbreviation = [&] {
      return c == '.' && i > first && tokens[i - 1].kind == TokenKind::kWord && !tokens[i].has(kSpaceBefore) &&
             is_abbreviation(out.text(tokens[i - 1]));
    };
    // Closing quotes and brackets stay with the sentence they close.
    uint32_t end = i + 1;
    while (end < tokens.size() && !tokens[end].has(kSpaceBefore) && tokens[end].kind == TokenKind::kPunct) {
      ++end;
    }
    if (end >= tokens.size()) {
      if (after_abbreviation()) continue;
      break;
    }
    const Token& next = tokens[end];
    if (!next.has(kSpaceBefore)) continue;  // "5.93", "a.m." pieces, URLs
    const bool opens = (next.flags & kCapitalized) || next.kind != TokenKind::kWord;
    if (opens && !after_abbreviation()) close(end), i = end - 1, in_header = false;
  }
  close(static_cast<uint32_t>(tokens.size()));
}

}  // namespace

bool is_abbreviation(std::string_view word) {
  static constexpr auto kAbbreviations =
      make_word_list({"mr",  "mrs", "ms",  "dr",   "gen",  "lt",   "col",  "sgt",    "capt", "sen",
                      "rep", "gov", "pres", "st",  "inc",  "corp", "co",   "ltd",    "no",   "vs",
                      "jr",  "sr",  "prof", "adm", "maj",  "mt",   "ft",   "rev",    "gens", "cmdr",
                      "cpl", "pvt", "supt", "messrs", "hon", "amb", "brig", "lieut", "est",  "approx"});
  if (word.size() == 1) return word[0] >= 'A' && word[0] <= 'Z';  // initials: "George W. Bush"
  // "Nov." and "Tues." are abbreviations, "May." and "March." are words. (A
  // month or weekday of five letters or more is none of the list either.)
  if (word.size() <= 4 && (month_from_word(word) != 0 || weekday_from_word(word) != 0)) {
    return !equals_ignore_case(word, "may") && !equals_ignore_case(word, "june") && !equals_ignore_case(word, "july");
  }
  return kAbbreviations.contains(word);
}

std::vector<uint8_t> url_and_email_tokens(const TokenizedText& t) {
  std::vector<uint8_t> blocked(t.tokens.size(), 0);
  if (!t.has_url_marker) return blocked;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    // The common case, cheaply: a token that starts with no 'h', 'w' or '@'.
    const char first = t.source[t.tokens[i].start];
    if ((first | 0x20) != 'h' && (first | 0x20) != 'w' && first != '@') continue;
    const std::string_view w = t.text(i);
    const bool url = is_web_word(w);
    if (!url && w != "@") continue;
    size_t a = i;
    while (a > 0 && !t.tokens[a].has(kSpaceBefore)) --a;
    size_t b = i + 1;
    while (b < t.tokens.size() && !t.tokens[b].has(kSpaceBefore)) ++b;
    for (size_t k = a; k < b; ++k) blocked[k] = 1;
    // A URL can break at a space inside a scraped trailer ("...-a 50809").
    if (url && b < t.tokens.size() && t.tokens[b].kind == TokenKind::kNumber && !t.tokens[b].has(kNewlineBefore)) {
      blocked[b] = 1;
    }
  }
  return blocked;
}

std::vector<uint8_t> wire_dateline_tokens(const TokenizedText& t) {
  std::vector<uint8_t> mask(t.tokens.size(), 0);
  const std::span<const Token> tokens(t.tokens);  // bounds kept in registers across the byte stores
  for (size_t i = 0; i < tokens.size(); ++i) {
    // One test of two flags: a line's first token in capitals (the first
    // token of all is checked on its own).
    if ((tokens[i].flags & (kNewlineBefore | kAllCaps)) != (kNewlineBefore | kAllCaps) &&
        !(i == 0 && (tokens[i].flags & kAllCaps))) {
      continue;
    }
    for (size_t k = i + 1; k < tokens.size() && k < i + 14; ++k) {
      const std::string_view x = t.text(k);
      if (x == "-" || x == "\xE2\x80\x94" || x == "\xE2\x80\x93") {
        for (size_t j = i; j <= k; ++j) mask[j] = 1;
        break;
      }
    }
  }
  return mask;
}

Span evidence_window(std::string_view text, Span sentence, Span focus, uint32_t max_bytes) {
  const uint32_t size = static_cast<uint32_t>(text.size());
  Span out{std::min(sentence.start, size), std::min(sentence.end, size)};
  if (out.size() <= max_bytes) return out;
  // Centre the window on the focus, kept inside the sentence.
  const uint32_t middle = std::clamp((focus.start + focus.end) / 2, out.start, out.end);
  uint32_t start = middle > out.start + max_bytes / 2 ? middle - max_bytes / 2 : out.start;
  start = std::min(start, out.end - max_bytes);
  // Never cut a character: step back off UTF-8 continuation bytes.
  const auto continuation = [&](uint32_t i) { return i < size && (static_cast<uint8_t>(text[i]) & 0xC0) == 0x80; };
  while (start > out.start && continuation(start)) --start;
  uint32_t end = start + max_bytes;
  while (end > start && continuation(end)) --end;
  return Span{start, end};
}

std::string one_line(std::string_view text, Span span) {
  std::string out(text.substr(std::min<size_t>(span.start, text.size()), span.size()));
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') c = ' ';
  }
  return out;
}

size_t token_at_offset(const TokenizedText& t, uint32_t offset) {
  // The first token not ending at or before `offset`: a binary search whose
  // step is a conditional move, not a branch (which, taken at random, was
  // mispredicted at about every step).
  const Token* base = t.tokens.data();
  size_t length = t.tokens.size();
  if (length == 0) return 0;
  while (length > 1) {
    const size_t half = length / 2;
    base += half * static_cast<size_t>(base[half - 1].end <= offset);  // arithmetic, so no branch is made
    length -= half;
  }
  return static_cast<size_t>(base - t.tokens.data()) + (base->end <= offset ? 1 : 0);
}

size_t TokenizedText::sentence_of(size_t token_index) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), token_index,
                             [](size_t t, const Sentence& s) { return t < s.first_token; });
  return it == sentences.begin() ? 0 : static_cast<size_t>(it - sentences.begin()) - 1;
}

TokenizedText tokenize(std::string_view text) {
  TokenizedText out;
  out.source = text;
  // News text runs about one token per four bytes, number tables one per three.
  out.tokens.reserve(text.size() / 3 + 16);
  uint8_t pending = 0;
  int newlines = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {  // the common separator (in runs, in tables), without a full classification
      pending |= kSpaceBefore;
      do ++i;
      while (i < text.size() && text[i] == ' ');
      continue;
    }
    const CharInfo ci = classify(text, i);
    if (ci.cls == CharClass::kSpace || ci.cls == CharClass::kNewline) {
      pending |= kSpaceBefore;
      if (ci.cls == CharClass::kNewline) {
        ++newlines;
        pending |= newlines >= 2 ? (kNewlineBefore | kParagraphBefore) : kNewlineBefore;
      }
      i += ci.length;
      continue;
    }
    size_t end;
    TokenKind kind;
    uint8_t word_flags = 0;
    if (ci.cls == CharClass::kLetter) {
      end = scan_word(text, i, &word_flags);
      kind = TokenKind::kWord;
      // "http", "https", "www": a web address may follow. The first letter
      // is asked first: few words start with either, while a length of three
      // to five is a coin toss the branch predictor loses.
      if (((text[i] | 0x20) == 'h' || (text[i] | 0x20) == 'w') && end - i >= 3 && end - i <= 5) {
        out.has_url_marker |= is_web_word(text.substr(i, end - i));
      }
    } else if (ci.cls == CharClass::kDigit) {
      end = scan_number(text, i);
      kind = TokenKind::kNumber;
    } else if (ci.cls == CharClass::kApostrophe && i + 1 < text.size() &&
               (text[i + ci.length] == 's' || text[i + ci.length] == 'S') &&
               (i + ci.length + 1 >= text.size() ||
                classify(text, i + ci.length + 1).cls != CharClass::kLetter)) {
      end = i + ci.length + 1;  // the possessive "'s"
      kind = TokenKind::kWord;
    } else {
      end = i + ci.length;
      // A dash typed as two hyphens ("last fall -- overriding the veto") is
      // one mark, as the treebanks write it.
      if (text[i] == '-' && end < text.size() && text[end] == '-') ++end;
      kind = TokenKind::kPunct;
    }
    if (kind == TokenKind::kWord && ci.cls != CharClass::kLetter) word_flags = case_flags(text.substr(i, end - i));
    if (kind == TokenKind::kPunct && text[i] == '@') out.has_url_marker = true;  // an e-mail address
    out.tokens.push_back(Token{static_cast<uint32_t>(i), static_cast<uint32_t>(end), kind,
                               static_cast<uint8_t>(pending | word_flags)});
    pending = 0;
    newlines = 0;
    i = end;
  }
  split_sentences(out);
  return out;
}

}  // namespace eventgraph
