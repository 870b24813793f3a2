#include "extract/syntax/ud_words.h"

#include <string_view>

#include "extract/text/word_list.h"

namespace eventgraph::syntax {
namespace {

bool ends_with_folded(std::string_view word, std::string_view lower_suffix) {
  if (word.size() < lower_suffix.size()) return false;
  const std::string_view tail = word.substr(word.size() - lower_suffix.size());
  for (size_t i = 0; i < tail.size(); ++i) {
    const char c = tail[i];
    if (((c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c) != lower_suffix[i]) return false;
  }
  return true;
}

// Where a clitic starts inside `word`, or 0 when there is none to split.
size_t clitic_start(std::string_view word) {
  // "n't" after at least two letters ("don't", "can't", "won't"); the
  // curly apostrophe is three bytes in UTF-8.
  for (std::string_view neg : {std::string_view("n't"), std::string_view("n\xE2\x80\x99t")})
    if (word.size() > neg.size() + 1 && ends_with_folded(word, neg)) return word.size() - neg.size();
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
    for (std::string_view clitic : {"re", "ll", "ve", "m", "d"}) {
      const size_t len = apostrophe.size() + clitic.size();
      if (word.size() > len && ends_with_folded(word, clitic) &&
          word.substr(word.size() - len, apostrophe.size()) == apostrophe)
        return word.size() - len;
    }
  }
  if (word.size() == 6 && ends_with_folded(word, "cannot")) return 3;
  return 0;
}

// "re-examine", "pre-war", "co-founder": the treebank keeps a word with a
// prefix and its hyphen whole (and splits "five-year").
bool has_prefix_hyphen(std::string_view word) {
  static constexpr auto kPrefixes =
      make_word_list({"re", "pre", "post", "co", "non", "anti", "pro", "ex", "self", "multi", "inter", "counter",
                      "semi", "mid", "sub", "super", "un", "de", "mis", "bi", "tri", "cross", "ultra", "neo", "trans"});
  const size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos && kPrefixes.contains(word.substr(0, hyphen));
}

// Whether tokens [from, end) hold no word: closing quotes and brackets.
bool only_punctuation_after(const TokenizedText& text, size_t from, size_t end) {
  for (size_t k = from; k < end; ++k) {
    if (text.tokens[k].kind != TokenKind::kPunct) return false;
  }
  return true;
}

}  // namespace

std::vector<SyntaxWord> ud_words(const TokenizedText& text, const Sentence& sentence) {
  std::vector<SyntaxWord> words;
  words.reserve(sentence.end_token - sentence.first_token + 4);
  auto add = [&](uint32_t start, uint32_t end, bool joined) {
    SyntaxWord w;
    w.span = {start, end};
    w.form = text.source.substr(start, end - start);
    w.joined_to_next = joined;
    words.push_back(std::move(w));
  };
  for (uint32_t k = sentence.first_token; k < sentence.end_token; ++k) {
    const Token& t = text.tokens[k];
    const std::string_view form = text.text(t);
    if (t.kind == TokenKind::kWord) {
      if (const size_t split = clitic_start(form); split > 0) {
        add(t.start, t.start + static_cast<uint32_t>(split), true);
        add(t.start + static_cast<uint32_t>(split), t.end, false);
        continue;
      }
      if (t.has(kHyphenated) && !has_prefix_hyphen(form)) {
        uint32_t piece = t.start;
        for (uint32_t i = t.start; i < t.end; ++i) {
          if (text.source[i] != '-' || i == piece || i + 1 == t.end) continue;
          add(piece, i, false);
          add(i, i + 1, false);
          piece = i + 1;
        }
        add(piece, t.end, false);
        continue;
      }
    }
    // "Inc.", "Corp.", "U.S." inside a sentence: the tokenizer splits off
    // the period, the treebank keeps it with its abbreviation (a period
    // alone mid-sentence would read as a sentence's end to the parser). Not
    // the period that ends a quotation or a bracket closing the sentence:
    // "... a national conversation." stays "conversation" and ".".
    if (t.kind == TokenKind::kWord && k + 2 < sentence.end_token && text.tokens[k + 1].start == t.end &&
        text.text(k + 1) == "." && !only_punctuation_after(text, k + 2, sentence.end_token)) {
      add(t.start, text.tokens[k + 1].end, false);
      ++k;
      continue;
    }
    add(t.start, t.end, false);
  }
  // SpaceAfter: nothing between a word and the next one's start.
  for (size_t i = 0; i + 1 < words.size(); ++i) words[i].space_after = words[i].span.end != words[i + 1].span.start;
  if (!words.empty()) {
    const uint32_t end = words.back().span.end;
    words.back().space_after = end < text.source.size() && text.source[end] != '\0' &&
                               (text.source[end] == ' ' || text.source[end] == '\n' || text.source[end] == '\t' ||
                                text.source[end] == '\r');
  }
  return words;
}

}  // namespace eventgraph::syntax
