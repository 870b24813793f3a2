// utf8.h: byte-level UTF-8 helpers shared by the readers and the exporters.
//
// News text arrives with broken encodings; eventgraph never passes invalid
// UTF-8 on. Readers call sanitize_utf8() once; the exporters call it again on
// every string they write, because a library user may build a graph by hand.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace eventgraph {

// Length in bytes of the valid UTF-8 sequence starting at s[i], or 0 when the
// bytes there are not valid UTF-8 (overlong forms, surrogates, code points
// above U+10FFFF and truncated sequences are all invalid).
size_t utf8_sequence_length(std::string_view s, size_t i);

// True when `s` is entirely valid UTF-8.
bool is_valid_utf8(std::string_view s);

// Replaces every invalid byte with U+FFFD in place. Returns the number of
// replacements and, through `first_bad_offset` if given, the byte offset of the
// first invalid byte in the original string.
size_t sanitize_utf8(std::string& s, size_t* first_bad_offset = nullptr);

// Returns a copy of `s` with invalid bytes replaced by U+FFFD.
std::string sanitized_utf8(std::string_view s);

// Decodes the code point at s[i] (which must start a valid sequence).
char32_t decode_utf8(std::string_view s, size_t i);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

}  // namespace eventgraph
