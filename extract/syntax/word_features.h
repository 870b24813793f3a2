// word_features.h: what the tagger and the parser know of a word by itself,
// computed once per sentence so that no feature hashes a string again.
//
//   std::vector<WordFeatures> f = word_features(forms);
//   f[i].lower;   // hash of the lower-cased form
//   f[i].suffix[2]; // hash of its last three bytes
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace eventgraph::syntax {

struct WordFeatures {
  uint64_t lower = 0;      // the lower-cased form
  uint64_t form = 0;       // the form as written
  uint64_t shape = 0;      // "Xx", "d.d", "X.X.", "x-x": letter classes, runs collapsed
  uint64_t prefix[3] = {};   // first 1..3 bytes, lower case (0 when the word is shorter)
  uint64_t suffix[4] = {};   // last 1..4 bytes, lower case
  uint8_t flags = 0;       // WordFlag bits
  uint8_t length = 0;      // bytes, capped at 255
};

enum WordFlag : uint8_t { kCapital = 1, kAllCaps = 2, kHasDigit = 4, kHasHyphen = 8, kHasPeriod = 16 };

// Sentinel values for positions before the first and after the last word.
inline constexpr uint64_t kBeforeSentence = 0x5ea7b0f0ULL;
inline constexpr uint64_t kAfterSentence = 0x5ea7e0f0ULL;

WordFeatures word_features(std::string_view form);
void word_features(std::span<const std::string_view> forms, std::vector<WordFeatures>& out);

// ASCII lower case (other bytes unchanged): what the lower-cased features see.
std::string ascii_lower(std::string_view s);

}  // namespace eventgraph::syntax
