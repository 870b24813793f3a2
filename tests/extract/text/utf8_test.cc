#include "extract/text/utf8.h"

#include <doctest/doctest.h>

namespace eventgraph {

TEST_CASE("is_valid_utf8") {
  struct Row { std::string text; bool valid; };
  const Row rows[] = {
      {"plain ASCII", true},
      {"Fran\xC3\xA7ois", true},            // ç
      {"\xF0\x9F\x98\x80", true},           // emoji, 4 bytes
      {"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", true},  // Hebrew
      {"\xC3", false},                      // truncated
      {"\xC0\xAF", false},                  // overlong '/'
      {"\xED\xA0\x80", false},              // surrogate
      {"\xF4\x90\x80\x80", false},          // above U+10FFFF
      {"\xFF", false},
      {"a\x80z", false},                    // stray continuation byte
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(is_valid_utf8(r.text) == r.valid);
  }
}

TEST_CASE("sanitize_utf8 replaces each bad byte and reports the first") {
  std::string s = "ok\xFF\xFEok";
  size_t first = 99;
  CHECK(sanitize_utf8(s, &first) == 2);
  CHECK(first == 2);
  CHECK(s == "ok\xEF\xBF\xBD\xEF\xBF\xBDok");
  std::string good = "caf\xC3\xA9";
  CHECK(sanitize_utf8(good) == 0);
  CHECK(good == "caf\xC3\xA9");
}

TEST_CASE("decode and append round trip") {
  for (const char32_t cp : {U'A', U'\u00E9', U'\u2014', U'\U0001F600'}) {
    std::string s;
    append_utf8(s, cp);
    CHECK(is_valid_utf8(s));
    CHECK(decode_utf8(s, 0) == cp);
  }
}

}  // namespace eventgraph
