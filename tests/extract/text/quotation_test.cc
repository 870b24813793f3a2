// Which tokens stand inside quotation marks: each row a text and, token by
// token, 'q' for quoted and '.' for not, checked by reading the text.
#include "extract/text/quotation.h"

#include <doctest/doctest.h>

#include <string>

namespace eventgraph {
namespace {

std::string marks(const std::string& text) {
  const TokenizedText t = tokenize(text);
  const std::vector<uint8_t> q = quoted_tokens(t);
  std::string out;
  for (const uint8_t x : q) out += x ? 'q' : '.';
  return out;
}

TEST_CASE("quoted_tokens: by the marks and the side of the word each stands on") {
  struct Row {
    const char* text;
    const char* quoted;
  };
  const Row rows[] = {
      {"He said \"we won\" today.", "..qqq..."},                      // He said " we won " today .
      {"He said \xE2\x80\x9Cwe won\xE2\x80\x9D today.", "..qqq..."},  // curly marks
      {"No marks here.", "...."},
      // A paragraph closes a quotation; one run on into the next paragraph
      // without a new mark is not seen, but its closing mark opens nothing.
      {"He said, \"We won.\n\nWe played well.\" Then he left.", "...qqqq........."},
      // A mark before punctuation closes; the sentence after is no quotation.
      {"It has a \"strong rationale\". Key said so.", "...qqq......"},
      // A mark after a comma and before a space closes, however odd.
      {"Kits are ready,\" For example.", "........"},
  };
  for (const Row& r : rows) CHECK_MESSAGE(marks(r.text) == r.quoted, r.text);
}

}  // namespace
}  // namespace eventgraph
