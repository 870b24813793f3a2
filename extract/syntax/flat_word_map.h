// flat_word_map.h: a map from a word's 64-bit hash to a small value, as one
// flat open-addressing array: a lookup is one probe into contiguous memory,
// where std::unordered_map chases a node pointer.
//
//   FlatWordMap<WordFacts> facts;
//   facts.build(entries);                 // {hash, value} pairs, hashes distinct and nonzero
//   const WordFacts* f = facts.find(h);   // nullptr when absent
//   facts.entries();                      // the pairs again, in key order (to write them)
//   facts.read(in, count, read_value);    // pairs a file holds in that order
//
// Built once, then read-only (copyable, movable); safe to share across threads.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

#include "extract/syntax/binary_io.h"

namespace eventgraph::syntax {

template <typename Value>
class FlatWordMap {
 public:
  void build(const std::vector<std::pair<uint64_t, Value>>& entries) {
    const size_t size = std::bit_ceil(std::max<size_t>(16, entries.size() * 2));
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (const auto& [key, value] : entries) {
      uint64_t i = key & mask_;
      while (slots_[i].key != 0) i = (i + 1) & mask_;
      slots_[i] = Slot{key, value};
    }
    size_ = entries.size();
  }
  const Value* find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i].value;
      if (slots_[i].key == 0) return nullptr;
    }
  }
  std::vector<std::pair<uint64_t, Value>> entries() const {
    std::vector<std::pair<uint64_t, Value>> out;
    out.reserve(size_);
    for (const Slot& s : slots_)
      if (s.key != 0) out.emplace_back(s.key, s.value);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
  }
  // Reads `count` pairs as the model files hold them, in key order: a key,
  // then its value from read_value(in), which may fail `in` on a bad value.
  // A key of 0 or out of order fails `in` ("`what` out of order"); on
  // failure the map is left as it was.
  template <typename ReadValue>
  void read(ByteReader& in, uint64_t count, ReadValue read_value, const char* what) {
    std::vector<std::pair<uint64_t, Value>> pairs;
    pairs.reserve(in.ok() ? count : 0);
    for (uint64_t k = 0; k < count && in.ok(); ++k) {
      const uint64_t key = in.u64();
      const Value value = read_value(in);
      if (key == 0 || (!pairs.empty() && key <= pairs.back().first)) in.fail(std::string(what) + " out of order");
      pairs.emplace_back(key, value);
    }
    if (in.ok()) build(pairs);
  }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  size_t memory_bytes() const { return slots_.size() * sizeof(Slot); }

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty (word hashes are never 0 in practice; a 0 hash is simply not found)
    Value value{};
  };
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace eventgraph::syntax
