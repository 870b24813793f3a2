// Encodings: each row is bytes a file may hold and the UTF-8 text (and note)
// the reader must make of them; the UTF-16/32 bytes were written out by hand
// from the code points.
#include "read/encoding.h"

#include <doctest/doctest.h>

#include <string>

namespace eventgraph {
namespace {

std::string bytes(std::initializer_list<int> b) {
  std::string s;
  for (int c : b) s += static_cast<char>(c);
  return s;
}

TEST_CASE("to_utf8: byte-order marks, UTF-16 and UTF-32") {
  struct Row {
    std::string in;
    std::string out;
    const char* note;  // the start of the note ("" for none)
    bool complete;
  };
  const Row rows[] = {
      {"plain text", "plain text", "", true},
      {"\xEF\xBB\xBF{\"text\":\"x\"}", "{\"text\":\"x\"}", "", true},  // UTF-8 BOM dropped
      {bytes({0xFF, 0xFE, 'H', 0, 'i', 0}), "Hi", "UTF-16LE (byte-order mark)", true},
      {bytes({0xFE, 0xFF, 0, 'H', 0, 'i'}), "Hi", "UTF-16BE (byte-order mark)", true},
      {bytes({0xFF, 0xFE, 0xE9, 0x00}), "\xC3\xA9", "UTF-16LE", true},  // é
      {bytes({0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE}), "\xF0\x9F\x98\x80", "UTF-16LE", true},  // U+1F600, a surrogate pair
      {bytes({0xFF, 0xFE, 0x3D, 0xD8, 'a', 0}), "\xEF\xBF\xBD" "a", "UTF-16LE", true},  // a lone high surrogate
      {bytes({0xFF, 0xFE, 'a', 0, 'b'}), "a\xEF\xBF\xBD", "UTF-16LE", false},  // cut in the middle of a unit
      {bytes({0xFF, 0xFE, 0, 0, 'A', 0, 0, 0}), "A", "UTF-32LE (byte-order mark)", true},
      {bytes({0, 0, 0xFE, 0xFF, 0, 0, 0, 'A'}), "A", "UTF-32BE (byte-order mark)", true},
      {bytes({'T', 0, 'a', 0, 'l', 0, 'k', 0, 's', 0, ' ', 0, 'e', 0, 'n', 0, 'd', 0}), "Talks end",
       "UTF-16LE (no byte-order mark", true},
  };
  for (const Row& r : rows) {
    std::string s = r.in;
    std::string note;
    CHECK(to_utf8(s, &note) == r.complete);
    CHECK(s == r.out);
    CHECK_MESSAGE(note.rfind(r.note, 0) == 0, note);
    if (std::string(r.note).empty()) CHECK(note.empty());
  }
}

TEST_CASE("looks_binary: many control bytes, not a stray one") {
  std::string article(2000, 'a');
  article[700] = '\0';
  CHECK_FALSE(looks_binary(article));                 // one NUL in 2,000 bytes
  CHECK_FALSE(looks_binary("line one\r\n\tline two\f\x1b[0m"));
  CHECK(looks_binary(std::string(50, 'a') + '\0'));    // 2%
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise += static_cast<char>((i * 2654435761u) >> 24);
  CHECK(looks_binary(noise));
  CHECK_FALSE(looks_binary(""));
}

TEST_CASE("first_control_byte: where a binary report points") {
  CHECK(first_control_byte("text\n\tonly") == std::string_view::npos);
  CHECK(first_control_byte(std::string("ab\x01\x02", 4)) == 2);             // no NUL at all
  CHECK(first_control_byte(std::string("line\n\x1b[0m\x03", 10)) == 9);  // escape is text, ETX is not
  CHECK(first_control_byte(std::string("a\0b", 3)) == 1);
}

}  // namespace
}  // namespace eventgraph
