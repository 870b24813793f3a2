// word_list.h: a fixed list of lower-case words, asked about ASCII-case-blind,
// built at compile time. A word's shape (word_shape.h) is tested first, so
// most words of a text are turned away by one memory read instead of a
// compare with each listed word. For the closed word classes the scanners ask
// about at every token ("said", "told"; "in", "near").
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

#include "extract/text/date_words.h"
#include "extract/text/word_shape.h"

namespace eventgraph {

template <size_t N>
class WordList {
 public:
  // Words of 1 to kLongest bytes, in lower case (a longer one fails to compile).
  static constexpr size_t kLongest = 15;

  constexpr explicit WordList(const std::array<std::string_view, N>& words) : words_(words) {
    for (const std::string_view w : words_) {
      if (w.empty() || w.size() > kLongest) throw "WordList: word length out of range";
      shapes_.add(w);
    }
  }

  bool contains(std::string_view word) const {
    if (word.empty() || word.size() > kLongest || !shapes_.may_contain(word)) return false;
    for (const std::string_view w : words_) {
      if (equals_ignore_case(word, w)) return true;
    }
    return false;
  }
  // The listed words, in the order given.
  constexpr const std::array<std::string_view, N>& words() const { return words_; }

 private:
  std::array<std::string_view, N> words_;
  WordShapeSet<kLongest> shapes_;
};

template <size_t N>
constexpr WordList<N> make_word_list(const std::string_view (&words)[N]) {
  std::array<std::string_view, N> list{};
  for (size_t i = 0; i < N; ++i) list[i] = words[i];
  return WordList<N>(list);
}

}  // namespace eventgraph
