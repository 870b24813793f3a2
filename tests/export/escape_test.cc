#include "export/escape.h"

#include <doctest/doctest.h>

#include "extract/text/utf8.h"
#include "hostile_strings.h"

namespace eventgraph {

TEST_CASE("xml_escape") {
  CHECK(xml_escape("a < b & \"c\" 'd' >") == "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt;");
  CHECK(xml_escape("one\ntwo\tthree\r") == "one&#10;two&#9;three&#13;");
  CHECK(xml_escape(std::string("bell\x07", 5)) == "bell\xEF\xBF\xBD");
  CHECK(xml_escape("caf\xC3") == "caf\xEF\xBF\xBD");
  CHECK(xml_escape("x\xEF\xBF\xBFy") == "x\xEF\xBF\xBDy");
  CHECK(xml_escape("\xF0\x9F\x94\xA5") == "\xF0\x9F\x94\xA5");
  CHECK(xml_escape("") == "");
}

TEST_CASE("dot_quote") {
  CHECK(dot_quote("node") == "\"node\"");
  CHECK(dot_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(dot_quote("ends with \\") == "\"ends with \\\\\"");
  CHECK(dot_quote("one\ntwo") == "\"one\\ntwo\"");
  CHECK(dot_quote("col\tcol") == "\"col col\"");
  CHECK(dot_quote(std::string("esc\x1B", 4)) == "\"esc\xEF\xBF\xBD\"");
  CHECK(dot_quote("caf\xC3") == "\"caf\xEF\xBF\xBD\"");
  CHECK(dot_quote("<b>") == "\"<b>\"");
}

TEST_CASE("json_quote") {
  CHECK(json_quote("tab\there") == "\"tab\\there\"");
  CHECK(json_quote("q\"b\\") == "\"q\\\"b\\\\\"");
  CHECK(json_quote(std::string("nul\x01", 4)) == "\"nul\\u0001\"");
  CHECK(json_quote("caf\xC3") == "\"caf\xEF\xBF\xBD\"");
}

TEST_CASE("every hostile string comes out as valid UTF-8 in all three forms") {
  for (const HostileString& h : hostile_strings()) {
    CAPTURE(h.what);
    CHECK(is_valid_utf8(xml_escape(h.text)));
    CHECK(is_valid_utf8(dot_quote(h.text)));
    CHECK(is_valid_utf8(json_quote(h.text)));
    // No raw control character survives in XML or DOT.
    for (const char c : xml_escape(h.text)) CHECK(static_cast<unsigned char>(c) >= 0x20);
    const std::string dot = dot_quote(h.text);
    CHECK(dot.front() == '"');
    CHECK(dot.back() == '"');
  }
}

}  // namespace eventgraph

namespace eventgraph {

TEST_CASE("graphml_id") {
  CHECK(graphml_id("person:vladimir_putin") == "person:vladimir_putin");
  CHECK(graphml_id("country:RUS") == "country:RUS");
  CHECK(graphml_id("say \"hi\"") == "say_x0020__x0022_hi_x0022_");
  CHECK(graphml_id("a|b") == "a_x007C_b");
  CHECK(graphml_id("_x") == "_x005F_x");  // an underscore that would read as an escape
  CHECK(graphml_id("caf\xC3\xA9") == "caf_x00E9_");
  CHECK(graphml_id("\xF0\x9F\x94\xA5") == "_x0001F525_");
  CHECK(graphml_id("") == "_x0000_");
  CHECK(graphml_id("a b") != graphml_id("a_b"));
}


// The timeline's Markdown and CSV took labels as they were: a crafted article
// made links, HTML and formulas. Each expected string was written by hand.
TEST_CASE("markdown_text: no markup, no controls, no direction overrides") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"Vladimir Putin", "Vladimir Putin"},
      {"[click](http://evil.example)", "\\[click\\](http://evil.example)"},
      {"<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"},
      {"&lt;b&gt;", "\\&lt;b\\&gt;"},
      {"C:\\path\\*bold*", "C:\\\\path\\\\\\*bold\\*"},
      {"a_b `code` ~~x~~ | # h", "a\\_b \\`code\\` \\~\\~x\\~\\~ \\| \\# h"},
      {"line one\nline two\ttab", "line one line two tab"},
      {"red\x1b[31mtext\x07", "red\\[31mtext"},
      {"Ahmed \xE2\x80\xAE" "evil\xE2\x80\xAC", "Ahmed evil"},  // U+202E ... U+202C
      {"\xE2\x81\xA6isolate\xE2\x81\xA9 \xE2\x80\x8F", "isolate "},  // U+2066, U+2069, U+200F
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
      {"caf\xC3\xA9 \xD9\x85\xD8\xB5\xD8\xB1", "caf\xC3\xA9 \xD9\x85\xD8\xB5\xD8\xB1"},  // Arabic letters stay
  };
  for (const Row& r : rows) CHECK_MESSAGE(markdown_text(r.in) == r.out, r.in);
}

TEST_CASE("csv_field: quoted when needed, never a formula") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"Raqqa", "Raqqa"},
      {"Russia, France", "\"Russia, France\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""},
      {"+1 555", "'+1 555"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\tcmd", "'\tcmd"},
      {"two\nlines", "\"two\nlines\""},
      {"bell\x07 esc\x1b[0m", "bell esc[0m"},
      {"\xE2\x80\xAE" "evil", "evil"},
      {"bad \xFF", "bad \xEF\xBF\xBD"},
      {"", ""},
  };
  for (const Row& r : rows) CHECK_MESSAGE(csv_field(r.in) == r.out, r.in);
}

}  // namespace eventgraph
