// text_reader.h: plain-text articles and their news header.
//
// The whole file is the document text (offsets index into it unchanged). The
// header is read, not removed: leading blank lines, a title line, an optional
// "By NAME" byline, a dateline with the publication date, and an optional
// trailer "Original url:" followed by the URL. A wire dateline opening the body
// ("MOSCOW, Nov 18, 2015 (Reuters) -") also gives the date.
//
//   Document doc = read_text_document("h01", "path/h01.txt", contents);
//   doc.info.title;  // "U.S., France Welcome Russia's ..."
//   doc.info.dct;    // "2015-11-18", or "" when no date was found
#pragma once

#include <string>
#include <string_view>

#include "read/document.h"

namespace eventgraph {

// Builds a Document from a text file's contents (already valid UTF-8).
Document read_text_document(std::string id, std::string source, std::string contents);

// Fills title, author, dct, url and body_start from doc.text. Fields already
// set are kept; the header is only read, never cut out of the text.
void read_text_header(Document& doc);

}  // namespace eventgraph
