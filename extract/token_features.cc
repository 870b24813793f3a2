#include "extract/token_features.h"

#include <algorithm>

#include "extract/text/quotation.h"

namespace eventgraph {

TokenFeatures::TokenFeatures(const TokenizedText& text)
    : in_url_(url_and_email_tokens(text)),
      in_dateline_(wire_dateline_tokens(text)),
      in_quotation_(quoted_tokens(text)),
      word_infos_(temporal_word_infos(text, in_url_)) {
  // Folding never lengthens text (a letter with a diacritic is two bytes
  // and folds to one or two), so the buffer is sized once (with eight bytes
  // to spare for whole-word stores) and written through a pointer.
  const std::string_view source = text.source;
  buffer_.resize(source.size() + 8);
  char* out = buffer_.data();
  folded_.reserve(text.tokens.size());
  hashes_.reserve(text.tokens.size());
  std::string slow;
  for (const Token& t : text.tokens) {
    const size_t size = t.end - t.start;
    uint64_t hash;
    // Most tokens: eight bytes at a time, folded and hashed as whole words
    // (when the loads stay inside the text).
    if (t.start + ((size + 7) & ~size_t{7}) <= source.size() &&
        ascii_lower_hash(source.data() + t.start, size, &hash, out)) {
      folded_.emplace_back(out, size);
      hashes_.push_back(hash);
      out += size;
      continue;
    }
    const std::string_view word = text.text(t);
    slow.clear();
    append_folded(slow, word);
    out = std::copy(slow.begin(), slow.end(), out);
    folded_.emplace_back(out - slow.size(), slow.size());
    hashes_.push_back(folded_token_hash(folded_.back()));
  }
}

}  // namespace eventgraph
