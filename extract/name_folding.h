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

// The hash every table of folded tokens keys on (64-bit FNV-1a). TokenFeatures
// computes it once per token, so lexicon lookups do not hash a word again.
constexpr uint64_t kFoldedTokenHashSeed = 1469598103934665603ULL;
constexpr uint64_t folded_token_hash_step(uint64_t h, char c) {
  return (h ^ static_cast<uint8_t>(c)) * 1099511628211ULL;
}
inline uint64_t folded_token_hash(std::string_view folded) {
  uint64_t h = kFoldedTokenHashSeed;
  for (const char c : folded) h = folded_token_hash_step(h, c);
  return h;
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
