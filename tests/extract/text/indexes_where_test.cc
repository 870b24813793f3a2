#include "extract/text/indexes_where.h"

#include <doctest/doctest.h>

#include <vector>

namespace eventgraph {

TEST_CASE("indexes_where lists the passing indexes in order") {
  const std::vector<int> values = {5, 0, 7, 7, 0, 0, 3};
  struct Row { int threshold; std::vector<uint32_t> expected; };
  const Row rows[] = {
      {0, {0, 2, 3, 6}},        // the nonzero ones
      {4, {0, 2, 3}},
      {7, {}},                  // none passes: an empty list
      {-1, {0, 1, 2, 3, 4, 5, 6}},  // all pass
  };
  for (const Row& r : rows) {
    CAPTURE(r.threshold);
    CHECK(indexes_where(values.size(), [&](size_t i) { return values[i] > r.threshold; }) == r.expected);
  }
  CHECK(indexes_where(0, [](size_t) { return true; }).empty());  // nothing to test
}

TEST_CASE("next_listed walks a list forward across ranges") {
  const std::vector<uint32_t> list = {2, 3, 7, 11};
  size_t cursor = 0;
  struct Row { size_t from, end, expected; };
  const Row rows[] = {
      {0, 2, 2},    // none in [0, 2): the range's end
      {0, 5, 2},    // the first in range
      {3, 5, 3},
      {4, 5, 5},    // none left in [4, 5)
      {5, 12, 7},   // the next range
      {8, 12, 11},
      {12, 20, 20}, // the list is used up
  };
  for (const Row& r : rows) {
    CAPTURE(r.from);
    CHECK(next_listed(list, &cursor, r.from, r.end) == r.expected);
  }
}

}  // namespace eventgraph
