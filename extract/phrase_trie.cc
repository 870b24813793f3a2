#include "extract/phrase_trie.h"

#include "extract/name_folding.h"
#include "extract/text.h"

namespace eventgraph {

uint64_t PhraseTrie::token_hash(std::string_view token) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (const char c : token) {
    h ^= static_cast<uint8_t>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

uint64_t PhraseTrie::child_key(uint32_t parent, uint64_t token_hash) {
  return token_hash ^ (static_cast<uint64_t>(parent) * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL);
}

void PhraseTrie::add(const std::vector<std::string>& folded_tokens, uint32_t payload) {
  if (!folded_tokens.empty()) {
    const uint64_t bit = token_hash(folded_tokens.front()) & 0xFFFF;
    first_token_bits_[bit >> 6] |= 1ULL << (bit & 63);
  }
  uint32_t node = 0;
  for (const std::string& t : folded_tokens) {
    uint64_t key = child_key(node, token_hash(t));
    // On the rare hash collision with another token, probe the next key.
    while (true) {
      const auto it = children_.find(key);
      if (it == children_.end()) {
        const uint32_t child = static_cast<uint32_t>(payloads_.size());
        children_.emplace(key, child);
        payloads_.emplace_back();
        tokens_.push_back(t);
        node = child;
        break;
      }
      if (tokens_[it->second] == t) {
        node = it->second;
        break;
      }
      ++key;
    }
  }
  payloads_[node].push_back(payload);
}

std::pair<uint32_t, size_t> PhraseTrie::longest(const std::vector<std::string_view>& folded, size_t i, size_t end) const {
  uint32_t node = 0;
  std::pair<uint32_t, size_t> best{0, 0};
  if (i >= end) return best;
  const uint64_t first_hash = token_hash(folded[i]);
  const uint64_t bit = first_hash & 0xFFFF;
  if (!(first_token_bits_[bit >> 6] & (1ULL << (bit & 63)))) return best;
  for (size_t k = i; k < end; ++k) {
    uint64_t key = child_key(node, k == i ? first_hash : token_hash(folded[k]));
    uint32_t next = 0;
    while (true) {
      const auto it = children_.find(key);
      if (it == children_.end()) break;
      if (tokens_[it->second] == folded[k]) {
        next = it->second;
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

std::vector<std::string> fold_tokens(std::string_view phrase) {
  const TokenizedText t = tokenize(phrase);
  std::vector<std::string> out;
  for (const Token& tok : t.tokens) out.push_back(fold_name(t.text(tok)));
  return out;
}

}  // namespace eventgraph
