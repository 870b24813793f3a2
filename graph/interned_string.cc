#include "graph/interned_string.h"

#include <mutex>
#include <unordered_set>

namespace eventgraph {
namespace {

// Looks strings up by string_view, so a value already pooled costs no copy.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

struct Pool {
  std::mutex mutex;
  // Node-based: a pooled string never moves, so pointers to it stay valid.
  std::unordered_set<std::string, TextHash, std::equal_to<>> strings;
};

Pool& pool() {
  // Never destroyed: InternedStrings in static objects may outlive any
  // ordering of static destructors.
  static Pool* const p = new Pool;
  return *p;
}

}  // namespace

const std::string& InternedString::empty_text() {
  static const std::string* const empty = new std::string;
  return *empty;
}

InternedString::InternedString(std::string_view text) : text_(&empty_text()) {
  if (text.empty()) return;
  Pool& p = pool();
  const std::lock_guard<std::mutex> lock(p.mutex);
  auto it = p.strings.find(text);
  if (it == p.strings.end()) it = p.strings.emplace(text).first;
  text_ = &*it;
}

size_t InternedString::pool_size() {
  Pool& p = pool();
  const std::lock_guard<std::mutex> lock(p.mutex);
  return p.strings.size();
}

}  // namespace eventgraph
