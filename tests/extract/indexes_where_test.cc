#include "extract/indexes_where.h"

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

}  // namespace eventgraph
