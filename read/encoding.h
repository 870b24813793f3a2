// encoding.h: what a file's bytes are before they are read as text.
//
// News archives come in UTF-8, sometimes with a byte-order mark, and now and
// then in UTF-16 or UTF-32 (Windows tools write "Unicode" as UTF-16LE). This
// module recognises them by their byte-order mark, or for UTF-16 without one
// by the pattern of NUL bytes that ASCII text makes, and gives back UTF-8.
// Anything with NUL bytes left after that is either binary (many NULs) or
// text with a stray NUL, which the reader handles line by line.
//
//   std::string note;
//   if (!to_utf8(contents, &note)) { /* malformed UTF-16/32: note says why */ }
//   if (!note.empty()) warn(note);   // "UTF-16LE (byte-order mark): converted to UTF-8"
#pragma once

#include <string>
#include <string_view>

namespace eventgraph {

// Converts `contents` to UTF-8 in place when it is UTF-16 or UTF-32, and
// drops a UTF-8 byte-order mark. `note` says what was done ("" when the
// bytes were plain UTF-8 or unknown). Unpaired surrogates and code points
// past U+10FFFF become U+FFFD; returns false only when a UTF-16/32 file has
// a truncated last code unit (the rest is still converted).
bool to_utf8(std::string& contents, std::string* note);

// True when the first bytes of a file show UTF-16 or UTF-32 (a byte-order
// mark, or UTF-16's NUL pattern): such a file must be read whole and
// converted before it is split into lines.
bool needs_transcoding(std::string_view head);

// True when the bytes look like a binary file rather than text: control
// bytes (NUL and the like, not tab, line breaks or escape) are at least 1%
// of the first 64 KB. A stray NUL in an article is not enough.
bool looks_binary(std::string_view contents);

// The offset of the first of those control bytes, or npos when there is none:
// where a report of a binary file points.
size_t first_control_byte(std::string_view contents);

}  // namespace eventgraph
