// name_folding.h: the matching form of a word or name: lower case ASCII letters,
// diacritics removed, curly apostrophes made straight.
//
//   fold_name("François")    // "francois"
//   fold_name("Le Drian")    // "le drian"
//   fold_name("Russia’s")    // "russia's"
//   name_key("Bashar al-Assad")  // "bashar_assad": the id form, particles "al-" dropped
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace eventgraph {

// Appends the folded form of `s` to `out` (Latin-1 and Latin Extended-A letters
// lose their diacritics; other non-ASCII text is kept as is).
void append_folded(std::string& out, std::string_view s);
std::string fold_name(std::string_view s);

// The hash every table of folded tokens keys on. TokenFeatures computes it
// once per token, so lexicon lookups do not hash a word again. It takes the
// word eight bytes at a time as little-endian integers (the last one padded
// with zeros): most tokens are one such word, one multiply-and-mix each.
constexpr uint64_t folded_hash_mix(uint64_t x) {
  x *= 0x9E3779B97F4A7C15ULL;
  return x ^ (x >> 29);
}
constexpr uint64_t kFoldedHashSeed = 0x243F6A8885A308D3ULL;
// With `lower_ascii`, 'A'..'Z' count as 'a'..'z': the hash of an ASCII word's
// folded form, without folding it first.
inline uint64_t folded_token_hash(std::string_view folded, bool lower_ascii = false) {
  uint64_t h = kFoldedHashSeed ^ folded.size();
  for (size_t i = 0; i < folded.size(); i += 8) {
    uint64_t chunk = 0;
    const size_t end = i + 8 < folded.size() ? i + 8 : folded.size();
    for (size_t k = end; k-- > i;) {
      const char c = lower_ascii && folded[k] >= 'A' && folded[k] <= 'Z' ? static_cast<char>(folded[k] + 32) : folded[k];
      chunk = (chunk << 8) | static_cast<uint8_t>(c);
    }
    h = folded_hash_mix(h ^ chunk);
  }
  return folded_hash_mix(h);
}

// A document's folded tokens with their folded_token_hash()es (both owned by
// TokenFeatures), as the lexicon tries read them.
struct FoldedTokens {
  std::span<const std::string_view> text;
  std::span<const uint64_t> hash;
  size_t size() const { return text.size(); }
};

// A stable id fragment for a name: folded, Arabic article prefixes ("al-",
// "el-") dropped, runs of non-alphanumerics turned into one "_".
std::string name_key(std::string_view name);

}  // namespace eventgraph
