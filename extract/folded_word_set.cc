#include "extract/folded_word_set.h"

#include <utility>

namespace eventgraph {

void FoldedWordSet::insert(std::string folded) {
  if (folded.empty()) return;
  if (2 * (count_ + 1) > words_.size()) rehash(words_.empty() ? 64 : 2 * words_.size());
  const uint64_t hash = folded_token_hash(folded);
  const size_t mask = words_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    if (words_[slot].empty()) {
      hashes_[slot] = hash;
      words_[slot] = std::move(folded);
      ++count_;
      return;
    }
    if (hashes_[slot] == hash && words_[slot] == folded) return;
  }
}

bool FoldedWordSet::contains(std::string_view folded, uint64_t hash) const {
  if (words_.empty() || folded.empty()) return false;
  const size_t mask = words_.size() - 1;
  for (size_t slot = hash & mask; !words_[slot].empty(); slot = (slot + 1) & mask) {
    if (hashes_[slot] == hash && words_[slot] == folded) return true;
  }
  return false;
}

void FoldedWordSet::rehash(size_t slots) {
  std::vector<std::string> old = std::move(words_);
  words_.assign(slots, std::string());
  hashes_.assign(slots, 0);
  count_ = 0;
  for (std::string& w : old) {
    if (!w.empty()) insert(std::move(w));
  }
}

}  // namespace eventgraph
