// small_string_map.h: a map from string views to small values for the few
// keys one document brings (its entities' ids, its names' labels). Up to
// kWalkLimit keys live in one vector and are found by a walk; past that a
// hash map takes over. A node-based hash map from the start allocated a node
// per key, which showed in profiles of a stage run once per document.
//
//   SmallStringMap<size_t> index;
//   const auto [k, fresh] = index.try_emplace(entity.id, entities.size());
//   if (const std::optional<size_t> k = index.find(id)) ...
//
// Keys are views: the caller keeps the strings alive as long as the map.
// Values are returned by copy (a slot may move when the map switches).
// Copyable and movable.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace eventgraph {

template <typename Value, size_t kWalkLimit = 16>
class SmallStringMap {
 public:
  bool empty() const { return walked_.empty() && hashed_.empty(); }

  std::optional<Value> find(std::string_view key) const {
    if (hashed_.empty()) {
      for (const auto& [k, v] : walked_) {
        if (k == key) return v;
      }
      return std::nullopt;
    }
    const auto it = hashed_.find(key);
    return it == hashed_.end() ? std::nullopt : std::optional<Value>(it->second);
  }

  // The value of `key`, inserting `value` first when the key is new; true
  // when it was.
  std::pair<Value, bool> try_emplace(std::string_view key, Value value) {
    if (hashed_.empty()) {
      for (const auto& [k, v] : walked_) {
        if (k == key) return {v, false};
      }
      if (walked_.size() < kWalkLimit) {
        if (walked_.empty()) walked_.reserve(kWalkLimit);
        walked_.emplace_back(key, value);
        return {value, true};
      }
      hashed_.reserve(2 * kWalkLimit);
      for (const auto& [k, v] : walked_) hashed_.emplace(k, v);
      walked_.clear();
    }
    const auto [it, fresh] = hashed_.try_emplace(key, value);
    return {it->second, fresh};
  }

 private:
  std::vector<std::pair<std::string_view, Value>> walked_;
  std::unordered_map<std::string_view, Value> hashed_;  // every key, once past kWalkLimit
};

}  // namespace eventgraph
