#include "read/json_reader.h"

#include <doctest/doctest.h>

namespace eventgraph {

TEST_CASE("a JSON Lines object becomes a document") {
  const auto r = parse_json_document(
      R"({"id":"a1","text":"Body.","title":"T","url":"u","author":"W","published":"2015-11-18T10:00:00Z"})",
      "f.jsonl", 3, "f:3");
  REQUIRE(r.ok());
  CHECK(r.document->info.id == "a1");
  CHECK(r.document->info.title == "T");
  CHECK(r.document->info.dct == "2015-11-18");
  CHECK(r.document->info.line == 3);
  CHECK(r.document->text == "Body.");
}

TEST_CASE("date field names") {
  for (const char* field : {"date", "dct", "published", "publishedAt", "pubdate"}) {
    CAPTURE(field);
    const auto r = parse_json_document(std::string(R"({"text":"x",")") + field + R"(":"2001-09-11"})", "f", 1, "f:1");
    REQUIRE(r.ok());
    CHECK(r.document->info.dct == "2001-09-11");
  }
}

TEST_CASE("a dateline's local day is the story's date") {
  struct Row {
    const char* dct;
    const char* dateline;
    const char* date;  // the document's date
  };
  const Row rows[] = {
      {"1987-04-23", "TOKYO, April 24", "1987-04-24"},     // filed in New York the day before
      {"1987-03-02", "NEW YORK, March 1", "1987-03-01"},   // filed after midnight
      {"1986-12-31", "WELLINGTON, Jan 1", "1987-01-01"},   // across the year
      {"1987-03-09", "BOSTON, March 9", "1987-03-09"},     // the same day
      {"1987-04-23", "TOKYO, April 14", "1987-04-23"},     // too far off: a dateline reused
      {"1987-04-23", "TOKYO", "1987-04-23"},               // no day
      {"1987-02-27", "LONDON, Feb 30", "1987-02-27"},      // no such day
      {"1987-04-23", "TOKYO, April 24, 1987", "1987-04-24"},  // with its year
      {"1987-04-23", "TOKYO, April 24, 1986", "1987-04-23"},  // a year apart
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.dateline));
    const auto r = parse_json_document(std::string(R"({"text":"x","dct":")") + row.dct + R"(","dateline":")" +
                                           row.dateline + R"("})",
                                       "f", 1, "f:1");
    REQUIRE(r.ok());
    CHECK(r.document->info.dct == row.date);
  }
}

TEST_CASE("defaults and repairs") {
  const auto no_id = parse_json_document(R"({"text":"x"})", "f.jsonl", 7, "f:7");
  REQUIRE(no_id.ok());
  CHECK(no_id.document->info.id == "f:7");
  const auto numeric_id = parse_json_document(R"({"id":42,"text":"x"})", "f", 1, "f:1");
  CHECK(numeric_id.document->info.id == "42");
  const auto bad_date = parse_json_document(R"({"text":"x","date":"2015-02-30"})", "f", 1, "f:1");
  REQUIRE(bad_date.ok());
  CHECK(bad_date.document->info.dct == "");
  REQUIRE(bad_date.warnings.size() == 1);
  CHECK(bad_date.warnings[0].find("2015-02-30") != std::string::npos);
  const auto bad_utf8 = parse_json_document("{\"text\":\"caf\xC3 ok\"}", "f", 1, "f:1");
  REQUIRE(bad_utf8.ok());
  CHECK(bad_utf8.document->text == "caf\xEF\xBF\xBD ok");
  CHECK(bad_utf8.warnings.size() == 1);
}

TEST_CASE("errors") {
  CHECK(parse_json_document(R"({"text": "unterminated)", "f", 1, "").error.find("JSON syntax error") == 0);
  CHECK(parse_json_document(R"({"title":"no text"})", "f", 1, "").error == "missing \"text\"");
  CHECK(parse_json_document(R"({"text":5})", "f", 1, "").error == "\"text\" is not a string");
  CHECK(parse_json_document(R"([1,2])", "f", 1, "").error == "expected a JSON object");
}

// 150,000 nested brackets overflowed the stack of RapidJSON's recursive
// parser (a segfault); read iteratively, they are one more wrong document.
TEST_CASE("deeply nested JSON is an error, not a crash") {
  const std::string deep = std::string(150000, '[') + std::string(150000, ']');
  CHECK(parse_json_document(deep, "f", 1, "").error == "expected a JSON object");
  const std::string deep_text = "{\"text\":" + std::string(150000, '[') + std::string(150000, ']') + "}";
  CHECK(parse_json_document(deep_text, "f", 1, "").error == "\"text\" is not a string");
  const auto file = parse_json_file(std::string(150000, '[') + "{\"text\":\"x\"}" + std::string(150000, ']'), "d.json", "d");
  REQUIRE(file.size() == 1);
  CHECK_FALSE(file[0].result.ok());
}

TEST_CASE("a .json file: one object or an array") {
  const auto one = parse_json_file(R"({"text":"x"})", "a.json", "a");
  REQUIRE(one.size() == 1);
  CHECK(one[0].result.document->info.id == "a");
  const auto many = parse_json_file(R"([{"text":"x"},{"nope":1},{"id":"z","text":"y"}])", "b.json", "b");
  REQUIRE(many.size() == 3);
  CHECK(many[0].result.document->info.id == "b:1");
  CHECK_FALSE(many[1].result.ok());
  CHECK(many[2].result.document->info.id == "z");
  const auto broken = parse_json_file("[\n{\"text\":\"x\"},\n{oops}\n]", "c.json", "c");
  REQUIRE(broken.size() == 1);
  CHECK(broken[0].line == 3);
}

}  // namespace eventgraph
