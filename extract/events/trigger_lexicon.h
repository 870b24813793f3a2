// trigger_lexicon.h: data/event_triggers.txt as a phrase trie. Internal to
// extract/events.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/text/phrase_trie.h"

namespace eventgraph {

struct TriggerInfo {
  std::string type;       // taxonomy type
  std::string cameo;      // CAMEO root, or ""
  std::string predicate;  // agent-to-patient relation, or ""
  bool verb = false;
};

class TriggerLexicon {
 public:
  static const TriggerLexicon& get();
  TriggerLexicon(const TriggerLexicon&) = delete;
  TriggerLexicon& operator=(const TriggerLexicon&) = delete;

  // The longest trigger at token i: its info and length (0 when none).
  // False when no trigger starts with a token of this folded hash.
  bool may_start(uint64_t hash) const { return trie_.may_start(hash); }
  // Inline, the common answer: no trigger starts with this token.
  std::pair<const TriggerInfo*, size_t> match(const FoldedTokens& folded, size_t i, size_t end) const {
    const auto found = trie_.longest(folded, i, end);
    return found.second == 0 ? std::pair<const TriggerInfo*, size_t>{nullptr, 0} : info_of(found);
  }
  std::pair<const TriggerInfo*, size_t> match(const std::vector<std::string_view>& folded, size_t i, size_t end) const;

 private:
  std::pair<const TriggerInfo*, size_t> info_of(std::pair<uint32_t, size_t> trie_match) const;
  TriggerLexicon();
  PhraseTrie trie_;
  std::vector<TriggerInfo> triggers_;
};

}  // namespace eventgraph
