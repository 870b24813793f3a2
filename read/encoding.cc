#include "read/encoding.h"

#include <algorithm>
#include <cstdint>

#include "extract/text/utf8.h"

namespace eventgraph {
namespace {

// A code point as UTF-8; surrogates and values past U+10FFFF (from broken
// UTF-16 or UTF-32) become U+FFFD.
void append_code_point(std::string& out, uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  append_utf8(out, static_cast<char32_t>(cp));
}

enum class Encoding { kUtf8, kUtf16Le, kUtf16Be, kUtf32Le, kUtf32Be };

// UTF-16 without a byte-order mark: ASCII text leaves every second byte NUL.
Encoding guess_utf16(std::string_view s) {
  const size_t n = std::min<size_t>(s.size(), 4096) & ~size_t{1};
  if (n < 8) return Encoding::kUtf8;
  size_t even_nul = 0, odd_nul = 0;
  for (size_t i = 0; i < n; i += 2) {
    even_nul += s[i] == '\0';
    odd_nul += s[i + 1] == '\0';
  }
  const size_t pairs = n / 2;
  if (odd_nul * 10 >= pairs * 7 && even_nul * 20 < pairs) return Encoding::kUtf16Le;
  if (even_nul * 10 >= pairs * 7 && odd_nul * 20 < pairs) return Encoding::kUtf16Be;
  return Encoding::kUtf8;
}

bool decode(std::string& contents, Encoding e, size_t skip) {
  const std::string_view in = std::string_view(contents).substr(skip);
  std::string out;
  out.reserve(in.size());
  auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(in[i])); };
  const bool utf32 = e == Encoding::kUtf32Le || e == Encoding::kUtf32Be;
  const size_t unit = utf32 ? 4 : 2;
  const size_t whole = in.size() / unit * unit;
  for (size_t i = 0; i < whole; i += unit) {
    if (utf32) {
      const uint32_t cp = e == Encoding::kUtf32Le
                              ? byte(i) | byte(i + 1) << 8 | byte(i + 2) << 16 | byte(i + 3) << 24
                              : byte(i) << 24 | byte(i + 1) << 16 | byte(i + 2) << 8 | byte(i + 3);
      append_code_point(out, cp);
      continue;
    }
    auto unit16 = [&](size_t k) { return e == Encoding::kUtf16Le ? byte(k) | byte(k + 1) << 8 : byte(k) << 8 | byte(k + 1); };
    const uint32_t u = unit16(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < whole) {
      const uint32_t low = unit16(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_code_point(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    append_code_point(out, u);  // a lone surrogate becomes U+FFFD
  }
  const bool complete = whole == in.size();
  if (!complete) append_code_point(out, 0xFFFD);
  contents = std::move(out);
  return complete;
}

}  // namespace

bool to_utf8(std::string& contents, std::string* note) {
  const std::string_view s = contents;
  Encoding e = Encoding::kUtf8;
  size_t bom = 0;
  const char* how = " (byte-order mark)";
  if (s.starts_with("\xEF\xBB\xBF")) {
    contents.erase(0, 3);
    if (note) *note = "";  // a UTF-8 byte-order mark is dropped without a word: it is still UTF-8
    return true;
  }
  if (s.starts_with(std::string_view("\xFF\xFE\0\0", 4))) e = Encoding::kUtf32Le, bom = 4;
  else if (s.starts_with(std::string_view("\0\0\xFE\xFF", 4))) e = Encoding::kUtf32Be, bom = 4;
  else if (s.starts_with("\xFF\xFE")) e = Encoding::kUtf16Le, bom = 2;
  else if (s.starts_with("\xFE\xFF")) e = Encoding::kUtf16Be, bom = 2;
  else if ((e = guess_utf16(s)) != Encoding::kUtf8) how = " (no byte-order mark; its NUL bytes give it away)";
  if (e == Encoding::kUtf8) {
    if (note) note->clear();
    return true;
  }
  static const char* const kNames[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};
  const bool complete = decode(contents, e, bom);
  if (note)
    *note = std::string(kNames[static_cast<int>(e)]) + how + ": converted to UTF-8" +
            (complete ? "" : "; its last code unit was cut off");
  return complete;
}

bool needs_transcoding(std::string_view s) {
  return s.starts_with("\xFF\xFE") || s.starts_with("\xFE\xFF") || s.starts_with(std::string_view("\0\0\xFE\xFF", 4)) ||
         guess_utf16(s) != Encoding::kUtf8;
}

// Control bytes other than tab, line breaks, form feed and escape; random
// bytes (compressed files, images) have about 9% of them, text none.
static bool is_binary_control(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b;
}

bool looks_binary(std::string_view contents) {
  const std::string_view head = contents.substr(0, 65536);
  const size_t control = static_cast<size_t>(std::count_if(
      head.begin(), head.end(), [](char c) { return is_binary_control(static_cast<unsigned char>(c)); }));
  return control > 0 && control * 100 >= head.size();
}

size_t first_control_byte(std::string_view contents) {
  const auto it = std::find_if(contents.begin(), contents.end(),
                               [](char c) { return is_binary_control(static_cast<unsigned char>(c)); });
  return it == contents.end() ? std::string_view::npos : static_cast<size_t>(it - contents.begin());
}

}  // namespace eventgraph
