#include "extract/token_features.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace eventgraph {

namespace {

// Eight ASCII bytes with 'A'..'Z' made lower case, all at once: a byte's high
// bit, set by adding, says it is at least 'A' and not above 'Z'.
uint64_t lower_ascii8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  const uint64_t at_least_a = x + (0x80 - 'A') * kOnes;
  const uint64_t above_z = x + (0x80 - 'Z' - 1) * kOnes;
  const uint64_t upper = at_least_a & ~above_z & (0x80 * kOnes);
  return x | (upper >> 2);  // 0x80 >> 2 is the case bit 0x20
}

}  // namespace

TokenFeatures::TokenFeatures(const TokenizedText& text)
    : in_url_(url_and_email_tokens(text)), in_dateline_(wire_dateline_tokens(text)) {
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
    if (t.start + ((size + 7) & ~size_t{7}) <= source.size()) {  // the loads stay inside the text
      // Most tokens: eight bytes at a time, folded and hashed as whole words.
      FoldedHash hash(size);
      bool ascii = true;
      for (size_t k = 0; k < size; k += 8) {
        uint64_t x;
        std::memcpy(&x, source.data() + t.start + k, 8);
        if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
        if (size - k < 8) x &= (1ULL << (8 * (size - k))) - 1;
        if (x & 0x8080808080808080ULL) {
          ascii = false;
          break;
        }
        x = lower_ascii8(x);
        uint64_t stored = x;
        if constexpr (std::endian::native == std::endian::big) stored = __builtin_bswap64(stored);
        std::memcpy(out + k, &stored, 8);
        hash.add(x);
      }
      if (ascii) {
        folded_.emplace_back(out, size);
        hashes_.push_back(hash.value());
        out += size;
        continue;
      }
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
