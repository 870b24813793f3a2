#include "read/text_reader.h"

#include <doctest/doctest.h>

namespace eventgraph {
namespace {

DocumentInfo header_of(const std::string& text) {
  return read_text_document("d", "d.txt", text).info;
}

}  // namespace

TEST_CASE("news header: title, byline, dateline, url trailer") {
  const std::string text =
      "\n\nTalks Resume in Geneva\n\nBy Ana Ruiz\n\nMarch 3, 2019\n\n\n"
      "GENEVA - Delegates met on Monday.\n\nOriginal url:\n\nhttps://example.org/a b\n";
  const Document doc = read_text_document("g1", "g1.txt", text);
  CHECK(doc.info.title == "Talks Resume in Geneva");
  CHECK(doc.info.author == "Ana Ruiz");
  CHECK(doc.info.dct == "2019-03-03");
  CHECK(doc.info.url == "https://example.org/a b");
  CHECK(text.substr(doc.body_start, 6) == "GENEVA");
}

TEST_CASE("datelines in the header") {
  struct Row { const char* text; const char* dct; };
  const Row rows[] = {
      {"Title\n\nNovember 18, 2015\n\nBody.", "2015-11-18"},
      {"Title\n\nNov. 18, 2015\n\nBody.", "2015-11-18"},
      {"Title\n\n18 November 2015\n\nBody.", "2015-11-18"},
      {"Title\n\n2015-11-18\n\nBody.", "2015-11-18"},
      {"Title\n\nWednesday, November 18, 2015\n\nBody.", "2015-11-18"},
      {"Title\n\nNovember 18, 2015 10:32 AM EST\n\nBody.", "2015-11-18"},
      {"Title\n\nBy A Writer\nJanuary 2, 2020\n\nBody.", "2020-01-02"},
      {"Title\n\nMOSCOW, Nov 18, 2015 (Reuters) - Body text.", "2015-11-18"},
      {"Title\n\nPARIS, Nov. 18, 2015 \xE2\x80\x94 Body text.", "2015-11-18"},
      {"Title\n\nFebruary 30, 2015\n\nBody.", ""},                   // no such day
      {"Title\n\nPutin met Obama on November 18, 2015 in Paris, officials said.\n", ""},  // prose
      {"Title\n\nMOSCOW, Nov 18 (Reuters) - No year here.", ""},     // no year: unknown
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(header_of(r.text).dct == r.dct);
  }
}

TEST_CASE("what is not a title or byline") {
  // A first paragraph of prose is no title.
  CHECK(header_of("The talks ended on Monday.\n\nMore text.").title == "");
  // "By" in prose is no byline.
  CHECK(header_of("Title\n\nby the way, nothing.\n").author == "");
  // A single line is body, not title.
  CHECK(header_of("Only one line").title == "");
}

}  // namespace eventgraph
