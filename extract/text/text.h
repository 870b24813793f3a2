// text.h: tokens and sentences with byte spans, the common ground of every
// extractor.
//
// The tokenizer is a single pass over bytes with no allocation per token. It
// splits on white space and punctuation, keeps what news text needs together
// ("U.S.", "Jean-Yves", "G20", "155,221", "5.93", "17th", "O'Brien"), and
// splits the possessive ("Russia's" -> "Russia" + "'s"). Each token records
// what separated it from the previous one, so scanners can tell "11/17/2015"
// from "11 / 17".
//
//   TokenizedText t = tokenize("Putin met Obama on Nov. 17. Talks followed.");
//   t.tokens.size();     // 11
//   t.sentences.size();  // 2 ("Nov." does not end a sentence)
//   t.text(t.tokens[0]); // "Putin"
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/span.h"

namespace eventgraph {

enum class TokenKind : uint8_t {
  kWord,    // starts with a letter: "Putin", "U.S.", "G20", "anti-Islamic"
  kNumber,  // starts with a digit: "2015", "155,221", "17th", "1990s"
  kPunct,   // one punctuation character (possibly multi-byte: an em dash)
};

// Token flags, bit values.
enum TokenFlag : uint8_t {
  kSpaceBefore = 1,      // white space separates it from the previous token
  kNewlineBefore = 2,    // a line break does
  kParagraphBefore = 4,  // a blank line does
  kCapitalized = 8,      // first letter is upper case
  kAllCaps = 16,         // two or more letters, all upper case ("NATO", "U.S.")
  kHyphenated = 32,      // a word joined by a hyphen ("Jean-Yves", "five-year", "mid-2015")
};

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;

  bool has(TokenFlag f) const { return (flags & f) != 0; }
  Span span() const { return {start, end}; }
};

struct Sentence {
  uint32_t first_token = 0;  // index into TokenizedText::tokens
  uint32_t end_token = 0;    // one past the last token
  Span span;
};

struct TokenizedText {
  std::string_view source;  // the text tokenized; not owned
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  // Whether a token reads "http", "https", "www" or "@": without one the text
  // has no URL or e-mail address, and url_and_email_tokens() need not look.
  bool has_url_marker = false;

  // Tokens lie inside `source`, so no bounds check is needed.
  std::string_view text(const Token& t) const { return std::string_view(source.data() + t.start, t.end - t.start); }
  std::string_view text(size_t token_index) const { return text(tokens[token_index]); }
  // The index of the sentence holding token `token_index`.
  size_t sentence_of(size_t token_index) const;
};

// The token holding byte `offset` of `t.source` (or the first one after it;
// t.tokens.size() past the last).
size_t token_at_offset(const TokenizedText& t, uint32_t offset);

// What a reader is shown as the evidence for something found at `focus`: the
// `sentence` holding it, or when that is longer than `max_bytes` (a table, a
// run-on list) a window of it around `focus`, cut at character boundaries.
Span evidence_window(std::string_view text, Span sentence, Span focus, uint32_t max_bytes = 360);

// text[span] on one line: line breaks and tabs become spaces byte for byte, so
// offsets into the span still hold.
std::string one_line(std::string_view text, Span span);

// Tokenizes `text` and splits it into sentences. `text` must outlive the result.
TokenizedText tokenize(std::string_view text);

// 1 for each token inside a URL or an e-mail address (the whole run of tokens
// not separated by white space around "http", "https", "www" or "@"), else 0.
// Dates and names in "https://x.com/2015/11/18/putin-said" are not the text's.
std::vector<uint8_t> url_and_email_tokens(const TokenizedText& text);

// 1 for each token of a wire dateline ("WASHINGTON (Reuters) -", "PARIS, Nov. 16,
// 2015 -"): a paragraph opening with a word in capitals, up to its dash.
std::vector<uint8_t> wire_dateline_tokens(const TokenizedText& text);

// True for abbreviations whose period does not end a sentence ("Mr", "Gen",
// "Nov", "Inc"); `word` is without the period.
bool is_abbreviation(std::string_view word);

}  // namespace eventgraph
