// folded_word_set.h: a set of folded words (see name_folding.h) looked up by
// folded_token_hash(), which TokenFeatures has already computed for every
// token: a lookup is one probe into a flat table, with no hashing or
// allocation. (It holds any strings; a set of words as written is looked up
// with the one-argument contains().)
//
//   FoldedWordSet common;
//   common.insert("following");
//   common.contains(features.folded()[i], features.hashes()[i]);
//   common.contains("following");  // hashes the word itself
//
// Copyable and movable (plain vectors).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/name_folding.h"

namespace eventgraph {

class FoldedWordSet {
 public:
  FoldedWordSet() = default;

  // `folded` is the word as it will be looked up; inserting it twice keeps one.
  void insert(std::string folded);
  // `hash` must be folded_token_hash(folded).
  bool contains(std::string_view folded, uint64_t hash) const;
  bool contains(std::string_view folded) const { return contains(folded, folded_token_hash(folded)); }
  size_t size() const { return count_; }

 private:
  void rehash(size_t slots);

  // Open addressing with linear probing, at most half full; an empty word
  // marks a free slot (the empty word is never inserted).
  struct Slot {
    uint64_t hash = 0;
    std::string word;  // hash and word side by side: a probe touches one cache line
  };
  std::vector<Slot> slots_;
  size_t count_ = 0;
};

}  // namespace eventgraph
