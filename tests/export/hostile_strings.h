// The escaping table: strings every exporter must carry safely. Shared by
// escape_test.cc (expected escapes) and write_hostile_graph.cc (real readers).
#pragma once

#include <string>
#include <vector>

namespace eventgraph {

struct HostileString {
  const char* what;
  std::string text;
};

inline std::vector<HostileString> hostile_strings() {
  return {
      {"double quotes", "say \"hi\""},
      {"single quotes", "Russia's 'change'"},
      {"backslash", "C:\\path\\to"},
      {"trailing backslash", "ends with \\"},
      {"markup", "a < b && c > d"},
      {"newline", "line one\nline two"},
      {"tab", "col\tcol"},
      {"control characters", std::string("bell\x07 nul\x00 esc\x1B del\x7F", 20)},  // NUL included
      {"invalid UTF-8", "caf\xC3 \xFF\xFE end"},
      {"emoji", "fire \xF0\x9F\x94\xA5 flag \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6"},
      {"right-to-left", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xE2\x80\x8F"},
      {"XML-forbidden noncharacter", "x\xEF\xBF\xBFy"},
      {"DOT keyword node", "node"},
      {"DOT keyword Edge", "Edge"},
      {"DOT keyword GRAPH", "GRAPH"},
      {"DOT keyword subgraph", "subgraph"},
      {"DOT keyword strict", "strict"},
      {"DOT keyword digraph", "digraph"},
      {"braces and brackets", "{ [ ] } ; -> --"},
      {"HTML-like label", "<b>bold</b>"},
      {"script end tag", "</script><script>window.pwned = 1</script>"},
      {"HTML event handler", "<img src=x onerror=\"window.pwned = 1\">"},
      {"HTML comment opener", "<!-- <script>"},
      {"empty", ""},
  };
}

}  // namespace eventgraph
