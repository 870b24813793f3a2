// name_folding.h: the matching form of a word or name: lower case ASCII letters,
// diacritics removed, curly apostrophes made straight.
//
//   fold_name("François")    // "francois"
//   fold_name("Le Drian")    // "le drian"
//   fold_name("Russia’s")    // "russia's"
//   name_key("Bashar al-Assad")  // "bashar_assad": the id form, particles "al-" dropped
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
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
// FoldedHash is the one definition; TokenFeatures feeds it whole words it has
// loaded, folded_token_hash() the bytes of a string.
class FoldedHash {
 public:
  explicit constexpr FoldedHash(size_t size) : h_(0x243F6A8885A308D3ULL ^ size) {}
  constexpr void add(uint64_t eight_bytes) { h_ = mix(h_ ^ eight_bytes); }
  constexpr uint64_t value() const { return mix(h_); }

 private:
  static constexpr uint64_t mix(uint64_t x) {
    x *= 0x9E3779B97F4A7C15ULL;
    return x ^ (x >> 29);
  }
  uint64_t h_;
};

// With `lower_ascii`, 'A'..'Z' count as 'a'..'z': the hash of an ASCII word's
// folded form, without folding it first.
inline uint64_t folded_token_hash(std::string_view folded, bool lower_ascii = false) {
  FoldedHash hash(folded.size());
  for (size_t i = 0; i < folded.size(); i += 8) {
    uint64_t chunk = 0;
    const size_t end = i + 8 < folded.size() ? i + 8 : folded.size();
    for (size_t k = end; k-- > i;) {
      const char c = lower_ascii && folded[k] >= 'A' && folded[k] <= 'Z' ? static_cast<char>(folded[k] + 32) : folded[k];
      chunk = (chunk << 8) | static_cast<uint8_t>(c);
    }
    hash.add(chunk);
  }
  return hash.value();
}

// Eight ASCII bytes with 'A'..'Z' made lower case, all at once: a byte's high
// bit, set by adding, says it is at least 'A' and not above 'Z'; shifted to
// 0x20 it is the case bit. Bytes at or above 0x80 come out wrong: test first.
inline uint64_t lower_ascii8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  const uint64_t upper = (x + (0x80 - 'A') * kOnes) & ~(x + (0x80 - 'Z' - 1) * kOnes) & (0x80 * kOnes);
  return x | (upper >> 2);
}

// The folded_token_hash() of ASCII text [p, p + size) read as lower case,
// eight bytes per load: true and *hash set, or false when the text is not
// all ASCII (fold it first then). When `out` is not null the lower-case bytes
// are stored there too, in whole eight-byte words. The caller guarantees that
// p[0, size rounded up to 8) is readable (and `out` writable as far).
inline bool ascii_lower_hash(const char* p, size_t size, uint64_t* hash, char* out = nullptr) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  FoldedHash h(size);
  for (size_t k = 0; k < size; k += 8) {
    uint64_t x;
    std::memcpy(&x, p + k, 8);
    if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
    if (size - k < 8) x &= (1ULL << (8 * (size - k))) - 1;
    if (x & (0x80 * kOnes)) return false;
    x = lower_ascii8(x);
    if (out) {
      uint64_t stored = x;
      if constexpr (std::endian::native == std::endian::big) stored = __builtin_bswap64(stored);
      std::memcpy(out + k, &stored, 8);
    }
    h.add(x);
  }
  *hash = h.value();
  return true;
}

// A set of folded_token_hash() values kept as one bit each (the hash's low
// bits pick it): false from may_contain() is certain, true may be another
// word's bit. The one-read test before a lexicon is asked: most tokens are no
// lexicon word's first token. kBits is a power of two.
//
//   FoldedHashBits<1024> nouns;
//   nouns.add(folded_token_hash("ally"));
//   if (nouns.may_contain(features.hashes()[i])) ... compare for real
template <size_t kBits>
class FoldedHashBits {
 public:
  static_assert(kBits >= 64 && (kBits & (kBits - 1)) == 0, "a power of two, at least one word");
  // Copyable and movable (one array).
  void add(uint64_t hash) { bits_[(hash & (kBits - 1)) / 64] |= uint64_t{1} << (hash % 64); }
  bool may_contain(uint64_t hash) const { return (bits_[(hash & (kBits - 1)) / 64] >> (hash % 64)) & 1; }

 private:
  std::array<uint64_t, kBits / 64> bits_{};
};

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
// Appends name_key(name) to `out`: an id built in one string.
void append_name_key(std::string& out, std::string_view name);

}  // namespace eventgraph
