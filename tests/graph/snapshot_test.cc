// Snapshots: the order documents come in does not matter, each comes in once,
// and a file that is not whole is refused whole.
#include "graph/snapshot.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

namespace eventgraph {
namespace {

Extraction doc(const std::string& id, const std::string& source, uint32_t line, const std::string& hash) {
  Extraction x;
  x.doc.id = id;
  x.doc.source = source;
  x.doc.line = line;
  x.text_hash = hash;
  return x;
}

std::string ids(const Snapshot& s) {
  std::string out;
  s.for_each([&](const Extraction& x) { out += x.doc.id + " "; });
  return out;
}

TEST_CASE("Snapshot: ordered by file, line and id, whatever the order of adding") {
  Snapshot a, b;
  for (const auto& x : {doc("c", "b.jsonl", 2, "1"), doc("a", "a.txt", 0, "1"), doc("b", "b.jsonl", 1, "1")}) a.add(x);
  for (const auto& x : {doc("b", "b.jsonl", 1, "1"), doc("c", "b.jsonl", 2, "1"), doc("a", "a.txt", 0, "1")}) b.add(x);
  CHECK(ids(a) == "a b c ");
  std::ostringstream wa, wb;
  a.write(wa);
  b.write(wb);
  CHECK(wa.str() == wb.str());
}

TEST_CASE("Snapshot: the same document once; a changed one replaces it") {
  Snapshot s;
  CHECK(s.add(doc("a", "x.txt", 0, "1")) == Snapshot::AddOutcome::kAdded);
  CHECK(s.add(doc("a", "x.txt", 0, "1")) == Snapshot::AddOutcome::kSame);
  CHECK(s.add(doc("a", "y/x.txt", 0, "2")) == Snapshot::AddOutcome::kChanged);
  CHECK(s.size() == 1);
  std::string source;
  s.for_each([&](const Extraction& x) { source = x.doc.source; });
  CHECK(source == "y/x.txt");
}

TEST_CASE("Snapshot: what is not a whole snapshot is refused, and nothing merged") {
  Snapshot whole;
  whole.add(doc("a", "x.txt", 0, "1"));
  whole.add(doc("b", "x.txt", 1, "1"));
  std::ostringstream w;
  whole.write(w);
  const std::string good = w.str();
  const std::string first_two = good.substr(0, good.find('\n', good.find('\n') + 1) + 1);  // header, one record
  struct Row { std::string text; std::string error; };
  const Row rows[] = {
      {"", "s.egraph: empty file, not an eventgraph snapshot"},
      {"{\"doc\":{\"id\":\"a\"}}\n", "s.egraph:1: not an eventgraph snapshot"},
      {"{\"format\":\"eventgraph-snapshot\",\"version\":2,\"records\":0}\n{\"end\":0}\n",
       "s.egraph:1: snapshot version not supported (this program reads version 1)"},
      {"{\"format\":\"eventgraph-snapshot\",\"version\":1}\n", "s.egraph:1: the header does not say how many records follow"},
      {first_two, "s.egraph: truncated: 1 of 2 records and no end line"},
      {good.substr(0, good.rfind("{\"end\"")) + "{\"end\":3}\n", "s.egraph:4: expected the end line"},
      {good + "more\n", "s.egraph:5: text after the end line"},
      {"{\"format\":\"eventgraph-snapshot\",\"version\":1,\"records\":1}\n{\"doc\":7}\n{\"end\":1}\n",
       "s.egraph:2: broken record: doc: missing or not an object"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    Snapshot s;
    s.add(doc("kept", "k.txt", 0, "1"));
    std::istringstream in(r.text);
    const auto error = s.read(in, "s.egraph");
    REQUIRE(error.has_value());
    CHECK(*error == r.error);
    CHECK(s.size() == 1);  // nothing merged
  }
  Snapshot s;
  std::istringstream in(good);
  CHECK_FALSE(s.read(in, "s.egraph").has_value());
  CHECK(ids(s) == "a b ");
}

}  // namespace
}  // namespace eventgraph
