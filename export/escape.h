// escape.h: the one place where strings become XML, DOT, JSON, Markdown or CSV text.
//
// News text carries everything: quotes, backslashes, control characters,
// invalid UTF-8, emoji, right-to-left scripts, and words that are DOT keywords.
// Every exporter writes every string through these functions, and
// tests/export/escape_test.cc runs one table of hostile strings through all
// three formats and their real readers (xmllint, dot, a JSON parser).
//
//   xml_escape("a < b & \"c\"")  // "a &lt; b &amp; &quot;c&quot;"
//   dot_quote("node")            // "\"node\"" (quoted: never a keyword)
//   dot_quote("C:\\")            // "\"C:\\\\\""
//   json_quote("tab\there")      // "\"tab\\there\""
#pragma once

#include <string>
#include <string_view>

namespace eventgraph {

// Text safe inside an XML 1.0 element or a double-quoted attribute: escapes
// & < > " ', replaces invalid UTF-8 and characters XML 1.0 forbids (C0 controls
// other than tab, newline and carriage return; U+FFFE, U+FFFF) with U+FFFD, and
// writes tab, newline and carriage return as character references so attribute
// values keep them.
std::string xml_escape(std::string_view s);

// A double-quoted DOT ID: quotes and backslashes escaped, newlines as "\n",
// other control characters and invalid UTF-8 replaced with U+FFFD. Quoting every
// ID means keywords ("node", "Edge", "GRAPH", "subgraph", "strict", "digraph")
// are never read as keywords.
std::string dot_quote(std::string_view s);

// A double-quoted JSON string (RFC 8259) with invalid UTF-8 replaced by U+FFFD.
std::string json_quote(std::string_view s);

// Text for the middle of a Markdown line that shows as written and makes no
// markup: the characters that can open markup there (\ ` * _ [ ] # | < > &
// ~) are backslash-escaped, so no emphasis, code, links, images, tables,
// HTML tags or entities,
// line breaks and tabs become spaces, other control characters (escape
// sequences among them) are dropped, bidirectional controls (U+202A-U+202E,
// U+2066-U+2069, U+200E, U+200F, U+061C: "U+202E reverses how a name
// displays") are dropped, invalid UTF-8 becomes U+FFFD.
std::string markdown_text(std::string_view s);

// A CSV field (RFC 4180) a spreadsheet opens as text: quoted when it holds a
// comma, quote or line break; a field starting with = + - @, a tab or a
// carriage return gets a leading apostrophe, so it is never run as a formula
// ("=HYPERLINK(...)"); control characters and bidirectional controls dropped
// as in markdown_text (line breaks kept inside the quotes), invalid UTF-8
// replaced.
std::string csv_field(std::string_view s);

// A GraphML id (an XML NMTOKEN) for `key`: ASCII letters, digits and ". - :"
// pass; every other character, and "_" before "x", becomes "_xHHHH_" (its code
// point in hex, as XmlConvert.EncodeName writes it), so distinct keys stay
// distinct. Keys eventgraph builds itself need no encoding.
std::string graphml_id(std::string_view key);

// Appends the forms above to `out` (the writers' hot path).
void append_xml_escaped(std::string& out, std::string_view s);
void append_dot_quoted(std::string& out, std::string_view s);

}  // namespace eventgraph
