#include "extract/text/small_string_map.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace eventgraph {

TEST_CASE("SmallStringMap keeps the first value of a key, below and past the walk limit") {
  // Keys outlive the map, as the callers' do.
  std::vector<std::string> keys;
  for (int k = 0; k < 40; ++k) keys.push_back("org:" + std::to_string(k));
  SmallStringMap<size_t, 4> map;
  CHECK(map.empty());
  CHECK(!map.find("org:0").has_value());
  for (size_t k = 0; k < keys.size(); ++k) {
    CAPTURE(k);
    const auto [value, fresh] = map.try_emplace(keys[k], k);
    CHECK(fresh);
    CHECK(value == k);
  }
  CHECK(!map.empty());
  struct Row { std::string key; std::optional<size_t> value; };
  const Row rows[] = {
      {"org:0", 0},         // inserted while walked, found after the switch
      {"org:3", 3},         // the last walked key
      {"org:4", 4},         // the key that made it switch
      {"org:39", 39},
      {"org:40", std::nullopt},
      {"org:", std::nullopt},
      {"", std::nullopt},
  };
  for (const Row& r : rows) {
    CAPTURE(r.key);
    CHECK(map.find(r.key) == r.value);
  }
  // A key again: its first value stays.
  const auto [again, fresh] = map.try_emplace(keys[2], 99);
  CHECK(!fresh);
  CHECK(again == 2);
  SmallStringMap<int, 4> small;
  CHECK(small.try_emplace("a", 1).second);
  CHECK(!small.try_emplace("a", 2).second);
  CHECK(small.find("a") == 1);
}

}  // namespace eventgraph
