#include "extract/phrase_trie.h"

#include "extract/text.h"

namespace eventgraph {

uint64_t PhraseTrie::child_key(uint32_t parent, uint64_t token_hash) {
  return token_hash ^ (static_cast<uint64_t>(parent) * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL);
}

void PhraseTrie::add(const std::vector<std::string>& folded_tokens, uint32_t payload) {
  if (!folded_tokens.empty()) {
    const uint64_t bit = folded_token_hash(folded_tokens.front()) & 0xFFFF;
    first_token_bits_[bit >> 6] |= 1ULL << (bit & 63);
  }
  uint32_t node = 0;
  for (const std::string& t : folded_tokens) {
    uint64_t key = child_key(node, folded_token_hash(t));
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

std::pair<uint32_t, size_t> PhraseTrie::longest(const FoldedTokens& tokens, size_t i, size_t end) const {
  std::pair<uint32_t, size_t> best{0, 0};
  if (i >= end) return best;
  const uint64_t bit = tokens.hash[i] & 0xFFFF;
  if (!(first_token_bits_[bit >> 6] & (1ULL << (bit & 63)))) return best;
  uint32_t node = 0;
  for (size_t k = i; k < end; ++k) {
    uint64_t key = child_key(node, tokens.hash[k]);
    uint32_t next = 0;
    while (true) {
      const auto it = children_.find(key);
      if (it == children_.end()) break;
      if (tokens_[it->second] == tokens.text[k]) {
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
