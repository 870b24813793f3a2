#include "graph/interned_string.h"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

namespace eventgraph {
namespace {

TEST_CASE("an interned string reads and compares as its text") {
  const InternedString person = "person";
  const std::string built = std::string("per") + "son";
  CHECK(person == "person");
  CHECK(person == built);
  CHECK(person == std::string_view("person"));
  CHECK_FALSE(person == "persons");
  CHECK(person.str() == "person");
  CHECK(person.size() == 6);
  CHECK_FALSE(person.empty());
  CHECK(InternedString().empty());
  CHECK(InternedString("") == InternedString());
  CHECK(person + "!" == "person!");
  CHECK("a " + person == "a person");
  CHECK(InternedString("2015-02") < InternedString("2015-11"));
  CHECK(InternedString("2015-11") > std::string_view("2015-02"));
}

TEST_CASE("equal texts share one pooled buffer") {
  const InternedString a = "2015-11-17";
  const InternedString b = std::string("2015-11-") + "17";
  CHECK(a.data() == b.data());
  CHECK(a == b);
  CHECK(InternedString("2015-11-18").data() != a.data());
  const size_t before = InternedString::pool_size();
  const InternedString again = "2015-11-17";
  CHECK(InternedString::pool_size() == before);
  CHECK(again.data() == a.data());
}

TEST_CASE("threads interning the same texts get the same buffers") {
  std::vector<const char*> seen(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&seen, t] {
      for (int i = 0; i < 1000; ++i) (void)InternedString("value " + std::to_string(i));
      seen[t] = InternedString("value 999").data();
    });
  }
  for (std::thread& t : threads) t.join();
  for (const char* p : seen) CHECK(p == seen.front());
}

}  // namespace
}  // namespace eventgraph
