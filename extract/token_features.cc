#include "extract/token_features.h"

#include <utility>

#include "extract/name_folding.h"

namespace eventgraph {

TokenFeatures::TokenFeatures(const TokenizedText& text)
    : in_url_(url_and_email_tokens(text)), in_dateline_(wire_dateline_tokens(text)) {
  buffer_.reserve(text.source.size() + text.source.size() / 8 + 16);
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  ranges.reserve(text.tokens.size());
  for (const Token& t : text.tokens) {
    const size_t start = buffer_.size();
    append_folded(buffer_, text.text(t));
    ranges.emplace_back(static_cast<uint32_t>(start), static_cast<uint32_t>(buffer_.size() - start));
  }
  // Views are made after the buffer stops growing.
  folded_.reserve(ranges.size());
  for (const auto& [start, length] : ranges) folded_.emplace_back(buffer_.data() + start, length);
}

}  // namespace eventgraph
