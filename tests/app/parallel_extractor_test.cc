#include "app/parallel_extractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace eventgraph {
namespace {

// Document i says "on Monday" i % 3 + 1 times, so each result is recognisable
// by its id and by its timex count.
std::vector<Document> numbered_documents(int count) {
  std::vector<Document> docs;
  for (int i = 0; i < count; ++i) {
    Document d;
    d.info.id = "d" + std::to_string(i);
    d.info.dct = "2015-11-18";
    for (int k = 0; k <= i % 3; ++k) d.text += "Officials met in Paris on Monday. ";
    docs.push_back(std::move(d));
  }
  return docs;
}

std::vector<std::pair<std::string, size_t>> run(int jobs, int count) {
  std::vector<std::pair<std::string, size_t>> seen;
  ParallelExtractor px(ExtractOptions{}, jobs, [&](Extraction&& x) { seen.emplace_back(x.doc.id, x.timexes.size()); });
  for (Document& d : numbered_documents(count)) px.add(std::move(d));
  px.finish();
  return seen;
}

}  // namespace

TEST_CASE("ParallelExtractor delivers every document once, in input order, for any job count") {
  const auto one = run(1, 50);
  REQUIRE(one.size() == 50);
  CHECK(one[0] == std::make_pair(std::string("d0"), size_t{1}));
  CHECK(one[1] == std::make_pair(std::string("d1"), size_t{2}));
  CHECK(one[2] == std::make_pair(std::string("d2"), size_t{3}));
  CHECK(one[49] == std::make_pair(std::string("d49"), size_t{2}));
  CHECK(run(2, 50) == one);
  CHECK(run(3, 50) == one);
  CHECK(run(8, 5) == run(1, 5));  // more threads than documents
  CHECK(run(2, 0).empty());
}

TEST_CASE("ParallelExtractor keeps order across batch boundaries") {
  // More documents than one batch holds (1024), so add() flushes mid-stream.
  const auto one = run(1, 2100);
  REQUIRE(one.size() == 2100);
  CHECK(one[1024].first == "d1024");
  CHECK(one[2099].first == "d2099");
  CHECK(run(2, 2100) == one);
}

TEST_CASE("resolve_jobs") {
  CHECK(resolve_jobs(1) == 1);
  CHECK(resolve_jobs(3) == 3);
  CHECK(resolve_jobs(0) >= 1);  // one per hardware thread, at least one
}

}  // namespace eventgraph
