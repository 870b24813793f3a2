#include "extract/text/folded_word_set.h"

#include <utility>

namespace eventgraph {

void FoldedWordSet::insert(std::string folded) {
  if (folded.empty()) return;
  if (2 * (count_ + 1) > slots_.size()) rehash(slots_.empty() ? 64 : 2 * slots_.size());
  const uint64_t hash = folded_token_hash(folded);
  const size_t mask = slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    Slot& s = slots_[slot];
    if (s.word.empty()) {
      s.hash = hash;
      s.word = std::move(folded);
      ++count_;
      return;
    }
    if (s.hash == hash && s.word == folded) return;
  }
}

bool FoldedWordSet::contains(std::string_view folded, uint64_t hash) const {
  if (slots_.empty() || folded.empty()) return false;
  const size_t mask = slots_.size() - 1;
  for (size_t slot = hash & mask; !slots_[slot].word.empty(); slot = (slot + 1) & mask) {
    if (slots_[slot].hash == hash && slots_[slot].word == folded) return true;
  }
  return false;
}

void FoldedWordSet::rehash(size_t slots) {
  std::vector<Slot> old(slots);
  old.swap(slots_);
  count_ = 0;
  for (Slot& s : old) {
    if (!s.word.empty()) insert(std::move(s.word));
  }
}

}  // namespace eventgraph
