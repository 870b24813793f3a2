#include "extract/events/trigger_lexicon.h"

#include "data/lexicons.h"

namespace eventgraph {

const TriggerLexicon& TriggerLexicon::get() {
  static const TriggerLexicon lexicon;
  return lexicon;
}

TriggerLexicon::TriggerLexicon() {
  for (const LexiconRecord& r : read_lexicon("event_triggers.txt")) {
    if (r.fields.size() < 5) continue;
    TriggerInfo info;
    info.type = std::string(r.fields[1]);
    info.cameo = r.fields[2] == "-" ? "" : std::string(r.fields[2]);
    info.verb = r.fields[3] == "verb";
    info.predicate = r.fields[4] == "-" ? "" : std::string(r.fields[4]);
    trie_.add(fold_tokens(r.fields[0]), static_cast<uint32_t>(triggers_.size()));
    triggers_.push_back(std::move(info));
  }
}

std::pair<const TriggerInfo*, size_t> TriggerLexicon::info_of(std::pair<uint32_t, size_t> trie_match) const {
  const auto [node, length] = trie_match;
  if (length == 0) return {nullptr, 0};
  return {&triggers_[trie_.payloads(node).front()], length};
}

std::pair<const TriggerInfo*, size_t> TriggerLexicon::match(const std::vector<std::string_view>& folded, size_t i,
                                                            size_t end) const {
  return info_of(trie_.longest(folded, i, end));
}

}  // namespace eventgraph
