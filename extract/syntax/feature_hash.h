// feature_hash.h: 64-bit hashes for the syntax models' features.
//
// A feature is a template number and one to four values (a word's hash, a
// tag, a distance): its key is their mix. Words are hashed once per sentence
// (word_hash()), so building a feature is a few multiplications, never a
// string. Key 0 is reserved for an empty slot of the feature table, so a
// feature key is never 0. (The parser's moves, which make 104 keys a
// decision, join values mixed once per decision instead: "atoms",
// dependency_parser.cc.)
//
//   uint64_t w = word_hash("putin");
//   uint64_t key = feature_key(kTemplateWord, w);        // one value
//   uint64_t key2 = feature_key(kTemplateWordTag, w, 7); // two values
#pragma once

#include <cstdint>
#include <string_view>

namespace eventgraph::syntax {

// The finalizer of splitmix64: every input bit moves every output bit.
constexpr uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a over the bytes, then mixed: words are short, so a byte loop is
// as fast as anything wider.
inline uint64_t word_hash(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return mix64(h);
}

constexpr uint64_t feature_key(uint64_t templ, uint64_t a) {
  const uint64_t k = mix64(templ * 0x9e3779b97f4a7c15ULL + a);
  return k == 0 ? 1 : k;
}
constexpr uint64_t feature_key(uint64_t templ, uint64_t a, uint64_t b) {
  return feature_key(templ, mix64(a) ^ (b * 0xc2b2ae3d27d4eb4fULL + 0x165667b19e3779f9ULL));
}
constexpr uint64_t feature_key(uint64_t templ, uint64_t a, uint64_t b, uint64_t c) {
  return feature_key(templ, mix64(a) ^ mix64(b + 0x27d4eb2f165667c5ULL) ^ (c * 0xc2b2ae3d27d4eb4fULL + 1));
}
constexpr uint64_t feature_key(uint64_t templ, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  return feature_key(templ, mix64(a) ^ mix64(b + 0x27d4eb2f165667c5ULL) ^ mix64(c + 0x85ebca77c2b2ae63ULL) ^
                                (d * 0xc2b2ae3d27d4eb4fULL + 1));
}

// A deterministic pseudo-random sequence (splitmix64) for shuffling and
// exploration in training: the same seed gives the same model bytes on
// every machine, which std::shuffle's distributions do not promise.
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t next() { return mix64(state_ += 0x9e3779b97f4a7c15ULL); }
  // A number in [0, n), n > 0 (the small modulo bias does not matter here).
  uint64_t below(uint64_t n) { return next() % n; }
  // True with probability about p.
  bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }

 private:
  uint64_t state_;
};

}  // namespace eventgraph::syntax
