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

}  // namespace eventgraph
