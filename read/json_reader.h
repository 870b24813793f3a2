// json_reader.h: articles as JSON objects (one per JSON Lines line, or a .json
// file holding one object or an array of them).
//
// Fields: "text" (required, a string); optional "id", "title", "url", "author",
// and the publication date under any of "date", "dct", "published",
// "publishedAt", "pubdate" (ISO 8601 date or date-time; the date part is used).
// A plain-text header inside "text" is read too, for fields the object lacks.
// An object with a "doc" object and no "text" is an extraction record (what
// `eventgraph extract` prints): it comes back as a Document with
// is_extraction set and the record as its text, to be merged, not extracted.
//
//   JsonDocumentResult r = parse_json_document(line, "corpus.jsonl", 12, "corpus:12");
//   if (!r.ok()) report(r.error);   // "missing \"text\"", "JSON syntax error: ..."
//   for (const std::string& w : r.warnings) ...  // "invalid date \"2015-02-30\" ignored"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/document.h"

namespace eventgraph {

struct JsonDocumentResult {
  std::optional<Document> document;   // set when the object was usable
  std::string error;                  // why not, when it was not
  std::vector<std::string> warnings;  // problems that did not stop it

  bool ok() const { return document.has_value(); }
};

// Parses one JSON object. `default_id` is used when the object has no "id".
// Invalid UTF-8 inside strings is replaced with U+FFFD and warned about.
JsonDocumentResult parse_json_document(std::string_view json, std::string source, uint32_t line,
                                       std::string default_id);

// The same, parsing in place: `json` must be NUL-terminated and is
// overwritten (RapidJSON's in-situ mode, the fast path for JSON Lines). Its
// allocation must extend kJsonScanPadding bytes past the terminator: the
// SSE4.2 scanner reads whole aligned 16-byte blocks.
inline constexpr size_t kJsonScanPadding = 16;
JsonDocumentResult parse_json_document_in_place(char* json, std::string source, uint32_t line,
                                                std::string default_id);

// For a .json file: the objects of a top-level array (or the single object),
// each as its own result; a syntax error yields one failed result with the line.
struct JsonFileItem {
  JsonDocumentResult result;
  uint32_t line = 0;  // line of the object's start in the file
};
std::vector<JsonFileItem> parse_json_file(std::string_view contents, const std::string& source,
                                          const std::string& stem);

// 1-based line number of byte `offset` in `text`.
uint32_t line_of_offset(std::string_view text, size_t offset);

}  // namespace eventgraph
