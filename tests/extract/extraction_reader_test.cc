// Extraction records read back: every field the writer writes survives the
// round trip, and a broken record is refused with the place named.
#include "extract/extraction_reader.h"

#include <doctest/doctest.h>

#include <string>

#include "extract/extraction_json.h"

namespace eventgraph {
namespace {

// An extraction with every field set, each to a value that differs from its default.
Extraction full_extraction() {
  Extraction x;
  x.doc = {"h01", "Talks \"in\" Vienna", "A. Writer", "2015-11-18", "https://example.org/a", "news.jsonl", 7};
  x.text_bytes = 120;
  x.text_hash = "00ff00ff00ff00ff";
  Timex t;
  t.span = {10, 17};
  t.text = "Tuesday";
  t.type = TimexType::kDuration;
  t.value = "P2W";
  t.mod = "APPROX";
  t.anchor = "dct";
  t.begin_point = CivilDate{2015, 11, 4};
  t.end_point = CivilDate{2015, 11, 18};
  x.timexes.push_back(t);
  Entity e;
  e.id = "person:vladimir_putin";
  e.label = "Vladimir Putin";
  e.kind = EntityKind::kPerson;
  e.title = "President";
  e.affiliation = "country:RUS";
  e.org_type = "government";
  e.aliases = {"Putin", "Vladimir Putin"};
  e.mentions = {{{20, 25}, "Putin"}};
  x.entities.push_back(e);
  Event v;
  v.id = "e1";
  v.type = "meeting";
  v.cameo = "04";
  v.label = "Putin: met";
  v.date = "2015-11-17";
  v.date_source = "timex";
  v.trigger = {{26, 29}, "met"};
  v.mentions = {{{26, 29}, "met"}, {{100, 105}, "talks"}};
  v.predicate = "met with";
  v.participants = {{"person:vladimir_putin", "agent"}};
  v.location = "location:vienna";
  v.sentence = {0, 60};
  v.evidence = "Putin met ...";
  v.evidence_span = {0, 60};
  v.modality = Modality::kFuture;
  v.killed = 3;
  v.injured = 0;
  v.reporter = "org:reuters";
  x.events.push_back(v);
  x.relations.push_back({"person:vladimir_putin", "country:RUS", "president of", "2015-11-17", {20, 40}, "e1"});
  return x;
}

TEST_CASE("extraction records: what the writer writes comes back whole") {
  const Extraction x = full_extraction();
  const std::string json = extraction_to_json(x);
  const ParsedExtraction back = extraction_from_json(json);
  REQUIRE_MESSAGE(back.ok(), back.error);
  CHECK(extraction_to_json(*back.extraction) == json);  // written again, byte for byte
  // And field by field, where a writer bug could hide in both directions.
  const Extraction& y = *back.extraction;
  CHECK(y.doc.line == 7);
  CHECK(y.text_bytes == 120);
  CHECK(y.text_hash == "00ff00ff00ff00ff");
  CHECK(y.timexes[0].type == TimexType::kDuration);
  CHECK(y.timexes[0].begin_point->day == 4);
  CHECK(y.entities[0].kind == EntityKind::kPerson);
  CHECK(y.entities[0].aliases.size() == 2);
  CHECK(y.events[0].modality == Modality::kFuture);
  CHECK(y.events[0].killed == 3);
  CHECK(y.events[0].injured == 0);
  CHECK(y.events[0].mentions[1].span.end == 105);
  CHECK(y.events[0].evidence_span.end == 60);
  CHECK(y.relations[0].event == "e1");
}

TEST_CASE("extraction records: a broken one is refused, the place named") {
  struct Row { std::string json; std::string error; };
  const std::string doc = R"("doc":{"id":"h01","source":"a.txt"},"text_bytes":50)";
  const Row rows[] = {
      {"{", "JSON syntax error at column 2"},
      {"[1]", "expected a JSON object"},
      {R"({"events":[]})", "doc: missing or not an object"},
      {R"({"doc":{"title":"x"}})", "doc: \"id\" is missing"},
      {R"({"doc":{"id":"h01","dct":"2015-02-30"}})", "doc: \"dct\" is not a YYYY-MM-DD date"},
      {"{" + doc + R"(,"timexes":[{"start":1,"end":2,"type":"DAY"}]})", "timexes[0]: unknown type \"DAY\""},
      {"{" + doc + R"(,"timexes":[{"start":40,"end":60,"type":"DATE"}]})", "timexes[0]: span 40-60 is not inside the text"},
      {"{" + doc + R"(,"entities":[{"id":"x","kind":"robot"}]})", "entities[0]: unknown kind \"robot\""},
      {"{" + doc + R"(,"entities":[{"id":"x","kind":"person","aliases":[1]}]})", "entities[0].aliases[0]: not a string"},
      {"{" + doc + R"(,"events":[{"id":"e1","type":7}]})", "events[0]: \"type\" is not a string"},
      {"{" + doc + R"(,"events":[{"id":"e1","type":"attack","modality":"maybe"}]})", "events[0]: unknown modality \"maybe\""},
      {"{" + doc + R"(,"events":[{"id":"e1","type":"attack","participants":[{"role":"agent"}]}]})",
       "events[0].participants[0]: \"entity\" is missing"},
      {"{" + doc + R"(,"events":[{"id":"e1","type":"attack","killed":"many"}]})", "events[0]: \"killed\" is not an integer"},
      {"{" + doc + R"(,"relations":[{"source":"a","target":"b"}]})", "relations[0]: \"predicate\" is missing"},
      {"{" + doc + R"(,"events":{}})", "events: \"events\" is not an array"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.json);
    const ParsedExtraction p = extraction_from_json(r.json);
    CHECK_FALSE(p.ok());
    CHECK(p.error.rfind(r.error, 0) == 0);
  }
}

TEST_CASE("text_hash_of: FNV-1a 64") {
  CHECK(text_hash_of("") == "cbf29ce484222325");   // the offset basis: nothing hashed
  CHECK(text_hash_of("a") == "af63dc4c8601ec8c");  // the published FNV-1a 64 test vector for "a"
  CHECK(text_hash_of("foobar") == "85944171f73967e8");
}

TEST_CASE("extraction records: absent lists and nulls read as empty") {
  const ParsedExtraction p = extraction_from_json(R"({"doc":{"id":"h01","title":null},"events":[]})");
  REQUIRE(p.ok());
  CHECK(p.extraction->doc.id == "h01");
  CHECK(p.extraction->doc.title.empty());
  CHECK(p.extraction->timexes.empty());
  CHECK(p.extraction->relations.empty());
}

TEST_CASE("extraction records: without text_bytes the text ends at the furthest offset") {
  const ParsedExtraction p = extraction_from_json(
      R"({"doc":{"id":"h01"},"events":[{"id":"e1","type":"attack","trigger":{"start":3,"end":9,"text":"raided"}}]})");
  REQUIRE(p.ok());
  CHECK(p.extraction->text_bytes == 9);
  // Written again it carries the length, and reads back the same.
  const std::string json = extraction_to_json(*p.extraction);
  CHECK(json.find("\"text_bytes\":9") != std::string::npos);
  CHECK(extraction_from_json(json).ok());
}

}  // namespace
}  // namespace eventgraph
