// phrase_trie.h: a trie over folded tokens, for lexicons of multi-word phrases
// ("Organization for Security and Co-operation in Europe", "air strikes",
// "chief of staff"). Each phrase maps to payload indexes the owner keeps.
//
//   PhraseTrie trie;
//   trie.add(fold_tokens("air strikes"), 7);
//   auto [node, length] = trie.longest(features.tokens(), i, end);  // length 2 at "air"
//   for (uint32_t payload : trie.payloads(node)) ...
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/text/name_folding.h"

namespace eventgraph {

class PhraseTrie {
 public:
  PhraseTrie() = default;
  // Copyable and movable (plain containers).

  void add(const std::vector<std::string>& folded_tokens, uint32_t payload);
  // The deepest node carrying payloads reached from token i (before `end`), and
  // how many tokens it spans; {0, 0} when no phrase starts at i.
  std::pair<uint32_t, size_t> longest(const FoldedTokens& tokens, size_t i, size_t end) const {
    // Inline, the common answer: no phrase starts with this token.
    if (i >= end || !may_start(tokens.hash[i])) return {0, 0};
    return longest_from(tokens, i, end);
  }
  // False when no phrase starts with a token of this folded hash (true may
  // be a collision): the one-read test longest() opens with.
  bool may_start(uint64_t hash) const { return first_tokens_.may_contain(hash); }
  // The same for tokens without precomputed hashes (a lexicon phrase, a test).
  std::pair<uint32_t, size_t> longest(const std::vector<std::string_view>& folded, size_t i, size_t end) const;
  const std::vector<uint32_t>& payloads(uint32_t node) const { return payloads_[node]; }

 private:
  std::pair<uint32_t, size_t> longest_from(const FoldedTokens& tokens, size_t i, size_t end) const;
  static uint64_t child_key(uint32_t parent, uint64_t token_hash);
  // The child node stored under `key`, or 0 (the root is nobody's child).
  uint32_t find_child(uint64_t key) const;
  void insert_child(uint64_t key, uint32_t child);

  // Child of (node, token) -> node, keyed by a mix of the parent and the
  // token's hash; tokens_ keeps each node's token to rule out collisions.
  // A flat open-addressing table, at most half full: a lookup is one or two
  // cache lines, not a walk through a node-based map's buckets.
  struct ChildSlot {
    uint64_t key = 0;
    uint32_t child = 0;  // 0: free
  };
  std::vector<ChildSlot> children_ = std::vector<ChildSlot>(64);
  size_t child_count_ = 0;
  // One bit per hash of a phrase's first token: most words start no phrase,
  // and one memory read says so.
  FoldedHashBits<1 << 16> first_tokens_;
  std::vector<std::string> tokens_{1};
  std::vector<std::vector<uint32_t>> payloads_{1};
};

// The folded tokens of a lexicon phrase, tokenized as document text is.
std::vector<std::string> fold_tokens(std::string_view phrase);

}  // namespace eventgraph
