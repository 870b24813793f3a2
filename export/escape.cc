#include "export/escape.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "extract/json_string.h"
#include "extract/text/utf8.h"

namespace eventgraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Calls on_ascii(c) for each ASCII byte and on_sequence(view) for each valid
// multi-byte sequence. Invalid bytes and the noncharacters U+FFFE and U+FFFF
// (which XML forbids, and DOT passes on into SVG) come through as U+FFFD.
template <typename Ascii, typename Sequence>
void for_each_char(std::string_view s, Ascii on_ascii, Sequence on_sequence) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      on_ascii(static_cast<char>(c));
      ++i;
      continue;
    }
    const size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      on_sequence(kReplacement);
      ++i;
    } else {
      const std::string_view seq = s.substr(i, n);
      on_sequence(seq == "\xEF\xBF\xBE" || seq == "\xEF\xBF\xBF" ? kReplacement : seq);
      i += n;
    }
  }
}

// U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069: characters that
// change the direction text displays in.
bool is_bidi_control(std::string_view seq) {
  return seq == "\xD8\x9C" || seq == "\xE2\x80\x8E" || seq == "\xE2\x80\x8F" ||
         (seq.size() == 3 && seq[0] == '\xE2' && seq[1] == '\x80' && seq[2] >= '\xAA' && seq[2] <= '\xAE') ||
         (seq.size() == 3 && seq[0] == '\xE2' && seq[1] == '\x81' && seq[2] >= '\xA6' && seq[2] <= '\xA9');
}

// The characters that can open Markdown markup in the middle of a line:
// emphasis, code, links and images (with [ and ] escaped, "(" and "!" open
// nothing), tables, HTML tags and entities, strikethrough, and the escape
// character itself. Text never starts a line in the timeline, so the
// line-start markers (- + 1. >) need no escape there, and ordinary text
// reads as written.
bool opens_markdown(char c) {
  return c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '#' || c == '|' || c == '<' ||
         c == '>' || c == '&' || c == '~';
}

}  // namespace

std::string markdown_text(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for_each_char(
      s,
      [&](char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
          out += ' ';
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          return;  // other controls, ESC of escape sequences among them
        } else {
          if (opens_markdown(c)) out += '\\';
          out += c;
        }
      },
      [&](std::string_view seq) {
        if (!is_bidi_control(seq)) out += seq;
      });
  return out;
}

std::string csv_field(std::string_view s) {
  std::string body;
  body.reserve(s.size() + 2);
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
    body += '\'';
  bool quote = false;
  for_each_char(
      s,
      [&](char c) {
        if (c == '\n' || c == '\r' || c == ',' || c == '"') quote = true;
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t') return;
        if (c == 0x7f) return;
        if (c == '"') body += '"';
        body += c;
      },
      [&](std::string_view seq) {
        if (!is_bidi_control(seq)) body += seq;
      });
  return quote ? "\"" + body + "\"" : body;
}

void append_xml_escaped(std::string& out, std::string_view s) {
  // Fast path: copy runs of bytes that need nothing (most of any text) whole.
  static constexpr auto kNeedsWork = [] {
    std::array<bool, 256> t{};
    for (int b = 0; b < 0x20; ++b) t[b] = true;
    for (const unsigned char b : {'&', '<', '>', '"', '\'', '\x7F'}) t[b] = true;
    for (int b = 0x80; b < 256; ++b) t[b] = true;
    return t;
  }();
  size_t run_start = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (!kNeedsWork[static_cast<unsigned char>(s[i])]) {
      ++i;
      continue;
    }
    out.append(s.data() + run_start, i - run_start);
    const size_t next = i + (static_cast<unsigned char>(s[i]) < 0x80 ? 1 : std::max<size_t>(1, utf8_sequence_length(s, i)));
    for_each_char(
        s.substr(i, next - i),
        [&](char c) {
          switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            default: out += kReplacement;  // C0 controls and DEL: forbidden or invisible
          }
        },
        [&](std::string_view seq) { out += seq; });
    i = next;
    run_start = i;
  }
  out.append(s.data() + run_start, s.size() - run_start);
}

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  append_xml_escaped(out, s);
  return out;
}

void append_dot_quoted(std::string& out, std::string_view s) {
  out += '"';
  for_each_char(
      s,
      [&](char c) {
        switch (c) {
          case '"': out += "\\\""; break;
          case '\\': out += "\\\\"; break;
          case '\n': out += "\\n"; break;
          case '\r': break;
          case '\t': out += ' '; break;
          default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
              out += kReplacement;
            } else {
              out += c;
            }
        }
      },
      [&](std::string_view seq) { out += seq; });
  out += '"';
}

std::string dot_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_dot_quoted(out, s);
  return out;
}

std::string graphml_id(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  const auto encode = [&](char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, cp > 0xFFFF ? "_x%08X_" : "_x%04X_", static_cast<unsigned>(cp));
    out += buf;
  };
  size_t i = 0;
  while (i < key.size()) {
    const auto c = static_cast<unsigned char>(key[i]);
    if (c < 0x80) {
      const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                         c == '.' || c == '-' || c == ':' || (c == '_' && (i + 1 >= key.size() || key[i + 1] != 'x'));
      if (plain) out += static_cast<char>(c);
      else encode(c);
      ++i;
      continue;
    }
    const size_t n = utf8_sequence_length(key, i);
    encode(n == 0 ? 0xFFFD : decode_utf8(key, i));
    i += n == 0 ? 1 : n;
  }
  if (out.empty()) out = "_x0000_";  // NMTOKEN needs one character
  return out;
}

std::string json_quote(std::string_view s) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  write_json_string(w, s);
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace eventgraph
