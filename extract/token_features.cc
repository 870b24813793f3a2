#include "extract/token_features.h"

#include <algorithm>

namespace eventgraph {

TokenFeatures::TokenFeatures(const TokenizedText& text)
    : in_url_(url_and_email_tokens(text)), in_dateline_(wire_dateline_tokens(text)) {
  // Folding never lengthens text (a letter with a diacritic is two bytes
  // and folds to one or two), so the buffer is sized once and written through
  // a pointer; ASCII, nearly all of news text, folds and hashes in one pass.
  buffer_.resize(text.source.size());
  char* out = buffer_.data();
  folded_.reserve(text.tokens.size());
  hashes_.reserve(text.tokens.size());
  std::string slow;
  for (const Token& t : text.tokens) {
    const std::string_view word = text.text(t);
    char* const start = out;
    bool ascii = true;
    uint64_t hash = kFoldedTokenHashSeed;
    for (const char c : word) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        ascii = false;
        break;
      }
      const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      *out++ = lower;
      hash = folded_token_hash_step(hash, lower);
    }
    if (!ascii) {
      slow.clear();
      append_folded(slow, word);
      out = std::copy(slow.begin(), slow.end(), start);
      hash = folded_token_hash(slow);
    }
    folded_.emplace_back(start, static_cast<size_t>(out - start));
    hashes_.push_back(hash);
  }
}

}  // namespace eventgraph
