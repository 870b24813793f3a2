#include "graph/actor_aliases.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/text/name_folding.h"

namespace eventgraph {
namespace {

std::vector<std::string> name_words(const std::string& label) {
  std::vector<std::string> words;
  std::string current;
  for (const char c : fold_name(label)) {
    if (c == ' ') {
      if (!current.empty()) words.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) words.push_back(current);
  // "al-Assad" and "Assad" end the same name.
  for (std::string& w : words) {
    if (w.rfind("al-", 0) == 0 || w.rfind("el-", 0) == 0) w = w.substr(3);
  }
  return words;
}

}  // namespace

KnowledgeGraph merge_person_aliases(KnowledgeGraph g) {
  // Full names (two words or more) by their last word.
  std::unordered_map<std::string, std::vector<NodeId>> by_surname;
  for (NodeId n = 0; n < g.node_count(); ++n) {
    const NodeProps& p = g.node(n);
    if (p.kind != NodeKind::kActor || p.type != "person") continue;
    const std::vector<std::string> words = name_words(p.label);
    if (words.size() >= 2) by_surname[words.back()].push_back(n);
  }
  std::vector<NodeId> target(g.node_count());
  bool any = false;
  for (NodeId n = 0; n < g.node_count(); ++n) {
    target[n] = n;
    const NodeProps& p = g.node(n);
    if (p.kind != NodeKind::kActor || p.type != "person") continue;
    const std::vector<std::string> words = name_words(p.label);
    if (words.empty()) continue;
    const auto it = by_surname.find(words.back());
    if (it == by_surname.end()) continue;
    // The full names this one can be a shorter form of.
    std::vector<NodeId> fits;
    for (const NodeId c : it->second) {
      if (c == n) continue;
      const std::vector<std::string> full = name_words(g.node(c).label);
      if (full.size() <= words.size()) continue;
      if (std::equal(words.rbegin(), words.rend(), full.rbegin())) fits.push_back(c);
    }
    if (fits.size() == 1) {
      target[n] = fits.front();
      any = true;
    }
  }
  if (!any) return g;
  return std::move(g).contracted(target);
}

}  // namespace eventgraph
