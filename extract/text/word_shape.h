// word_shape.h: the quick test the word tables of the scanners take before
// any compare. A word's shape is its length with its first and last letters,
// case ignored (by their low five bits, the same for 'A' and 'a'); a
// WordShapeSet holds one bit per shape of the words added. Words of other
// shapes, most words of a text, are turned away by one memory read.
//
//   WordShapeSet<9> shapes;                // built once, constexpr or not
//   shapes.add("ally");
//   shapes.may_contain("Ally");            // true: then compare for real
//   shapes.may_contain("also");            // false: a-o is no a-y
//
// Copyable and movable (one array). Collisions are allowed by design: the
// set answers "maybe", never a false "no".
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace eventgraph {

template <size_t kLongest>
class WordShapeSet {
 public:
  constexpr WordShapeSet() = default;

  // `word` must be 1 to kLongest bytes long.
  constexpr void add(std::string_view word) {
    const size_t s = shape(word);
    bits_[s / 64] |= uint64_t{1} << (s % 64);
  }
  // False when no added word has the shape of `word`, which must be 1 to
  // kLongest bytes long too (the callers have measured their words already).
  constexpr bool may_contain(std::string_view word) const {
    const size_t s = shape(word);
    return (bits_[s / 64] >> (s % 64)) & 1;
  }

 private:
  static constexpr size_t shape(std::string_view w) {
    return (w.size() * 32 + (static_cast<unsigned char>(w.front()) & 31)) * 32 +
           (static_cast<unsigned char>(w.back()) & 31);
  }
  std::array<uint64_t, (kLongest + 1) * 32 * 32 / 64> bits_{};
};

}  // namespace eventgraph
