// word_list.h: a fixed list of lower-case words, asked about ASCII-case-blind,
// built at compile time. A word's shape (its length with its first and last
// letters, case ignored by their low five bits) is tested against a bit set
// first, so most words of a text are turned away by one memory read instead
// of a compare with each listed word. For the closed word classes the
// scanners ask about at every token ("said", "told"; "in", "near").
//
//   constexpr auto kSpeechVerbs = make_word_list({"said", "says", "told"});
//   kSpeechVerbs.contains("Said");  // true
//   kSpeechVerbs.contains("sad");   // false, by shape
//
// Copyable and movable (plain arrays); meant to be constexpr.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/date_words.h"

namespace eventgraph {

template <size_t N>
class WordList {
 public:
  // Words of 1 to kLongest bytes, in lower case (a longer one fails to compile).
  static constexpr size_t kLongest = 15;

  constexpr explicit WordList(const std::array<std::string_view, N>& words) : words_(words) {
    for (const std::string_view w : words_) {
      if (w.empty() || w.size() > kLongest) throw "WordList: word length out of range";
      const size_t s = shape(w);
      shapes_[s / 64] |= uint64_t{1} << (s % 64);
    }
  }

  bool contains(std::string_view word) const {
    if (word.empty() || word.size() > kLongest) return false;
    const size_t s = shape(word);
    if (!((shapes_[s / 64] >> (s % 64)) & 1)) return false;
    for (const std::string_view w : words_) {
      if (equals_ignore_case(word, w)) return true;
    }
    return false;
  }

 private:
  static constexpr size_t shape(std::string_view w) {
    return (w.size() * 32 + (static_cast<unsigned char>(w.front()) & 31)) * 32 +
           (static_cast<unsigned char>(w.back()) & 31);
  }

  std::array<std::string_view, N> words_;
  std::array<uint64_t, (kLongest + 1) * 32 * 32 / 64> shapes_{};
};

template <size_t N>
constexpr WordList<N> make_word_list(const std::string_view (&words)[N]) {
  std::array<std::string_view, N> list{};
  for (size_t i = 0; i < N; ++i) list[i] = words[i];
  return WordList<N>(list);
}

}  // namespace eventgraph
