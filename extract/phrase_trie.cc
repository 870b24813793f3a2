#include "extract/phrase_trie.h"

#include "extract/actors/name_folding.h"
#include "extract/text.h"

namespace eventgraph {

void PhraseTrie::add(const std::vector<std::string>& folded_tokens, uint32_t payload) {
  uint32_t node = 0;
  for (const std::string& t : folded_tokens) {
    std::string key(reinterpret_cast<const char*>(&node), sizeof node);
    key += t;
    const auto [it, inserted] = children_.try_emplace(std::move(key), static_cast<uint32_t>(payloads_.size()));
    if (inserted) payloads_.emplace_back();
    node = it->second;
  }
  payloads_[node].push_back(payload);
}

std::pair<uint32_t, size_t> PhraseTrie::longest(const std::vector<std::string>& folded, size_t i, size_t end) const {
  uint32_t node = 0;
  std::pair<uint32_t, size_t> best{0, 0};
  std::string key;
  for (size_t k = i; k < end; ++k) {
    key.assign(reinterpret_cast<const char*>(&node), sizeof node);
    key += folded[k];
    const auto it = children_.find(key);
    if (it == children_.end()) break;
    node = it->second;
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
