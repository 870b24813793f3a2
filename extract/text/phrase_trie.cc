#include "extract/text/phrase_trie.h"

#include "extract/text/text.h"

namespace eventgraph {

uint64_t PhraseTrie::child_key(uint32_t parent, uint64_t token_hash) {
  return token_hash ^ (static_cast<uint64_t>(parent) * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL);
}

uint32_t PhraseTrie::find_child(uint64_t key) const {
  const size_t mask = children_.size() - 1;
  for (size_t slot = key & mask; children_[slot].child != 0; slot = (slot + 1) & mask) {
    if (children_[slot].key == key) return children_[slot].child;
  }
  return 0;
}

void PhraseTrie::insert_child(uint64_t key, uint32_t child) {
  if (2 * (child_count_ + 1) > children_.size()) {
    std::vector<ChildSlot> old(2 * children_.size());
    old.swap(children_);
    child_count_ = 0;
    for (const ChildSlot& c : old) {
      if (c.child != 0) insert_child(c.key, c.child);
    }
  }
  const size_t mask = children_.size() - 1;
  size_t slot = key & mask;
  while (children_[slot].child != 0) slot = (slot + 1) & mask;
  children_[slot] = {key, child};
  ++child_count_;
}

void PhraseTrie::add(const std::vector<std::string>& folded_tokens, uint32_t payload) {
  if (!folded_tokens.empty()) first_tokens_.add(folded_token_hash(folded_tokens.front()));
  uint32_t node = 0;
  for (const std::string& t : folded_tokens) {
    uint64_t key = child_key(node, folded_token_hash(t));
    // On the rare hash collision with another token, probe the next key.
    while (true) {
      const uint32_t found = find_child(key);
      if (found == 0) {
        const uint32_t child = static_cast<uint32_t>(payloads_.size());
        insert_child(key, child);
        payloads_.emplace_back();
        tokens_.push_back(t);
        node = child;
        break;
      }
      if (tokens_[found] == t) {
        node = found;
        break;
      }
      ++key;
    }
  }
  payloads_[node].push_back(payload);
}

std::pair<uint32_t, size_t> PhraseTrie::longest_from(const FoldedTokens& tokens, size_t i, size_t end) const {
  std::pair<uint32_t, size_t> best{0, 0};
  uint32_t node = 0;
  for (size_t k = i; k < end; ++k) {
    uint64_t key = child_key(node, tokens.hash[k]);
    uint32_t next = 0;
    while (true) {
      const uint32_t found = find_child(key);
      if (found == 0) break;
      if (tokens_[found] == tokens.text[k]) {
        next = found;
        break;
      }
      ++key;
    }
    if (next == 0) break;
    node = next;
    if (!payloads_[node].empty()) best = {node, k - i + 1};
  }
  return best;
}

std::pair<uint32_t, size_t> PhraseTrie::longest(const std::vector<std::string_view>& folded, size_t i, size_t end) const {
  if (i >= end) return {0, 0};
  std::vector<uint64_t> hashes;
  hashes.reserve(end - i);
  for (size_t k = i; k < end; ++k) hashes.push_back(folded_token_hash(folded[k]));
  const FoldedTokens tokens{std::span<const std::string_view>(folded).subspan(i, end - i), hashes};
  return longest(tokens, 0, end - i);
}

std::vector<std::string> fold_tokens(std::string_view phrase) {
  const TokenizedText t = tokenize(phrase);
  std::vector<std::string> out;
  for (const Token& tok : t.tokens) out.push_back(fold_name(t.text(tok)));
  return out;
}

}  // namespace eventgraph
