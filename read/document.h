// document.h: one news article as the rest of the pipeline sees it.
//
// A Document owns its text; every offset anywhere in eventgraph is a UTF-8 byte
// offset into Document::text, end exclusive. The readers (text_reader.h,
// json_reader.h, corpus_reader.h) fill the metadata they can find; an empty
// string means "not known".
//
//   Document doc;
//   doc.info.id = "h01";
//   doc.info.dct = "2015-11-18";
//   doc.text = "MOSCOW, Nov 18 (Reuters) - ...";
//
// Copyable and movable (a plain value).
#pragma once

#include <cstdint>
#include <string>

#include "extract/text/span.h"

namespace eventgraph {

// What is known about a document apart from its text. The graph and the
// exporters see only this, never the text.
struct DocumentInfo {
  std::string id;      // unique within a run: file stem, JSON "id", or stem:line
  std::string title;
  std::string author;  // byline, without "By"
  std::string dct;     // publication date, "YYYY-MM-DD", or empty when unknown
  std::string url;
  std::string source;  // the file it was read from ("-" for standard input)
  uint32_t line = 0;   // 1-based line in `source` for JSON Lines, else 0
};

struct Document {
  DocumentInfo info;
  std::string text;
  // Byte offset where the article body starts (after title, byline and
  // dateline), so extractors can treat the header differently.
  uint32_t body_start = 0;
  // True when `text` is not an article but an extraction record, the JSON
  // object `eventgraph extract` writes for one article (a "doc" object and no
  // "text"): it is merged as it is, not extracted again. `info` then holds
  // the record's document id (for the reader's duplicate check), and where
  // the record itself was read.
  bool is_extraction = false;
};

}  // namespace eventgraph
