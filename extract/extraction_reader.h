// extraction_reader.h: an Extraction back from the JSON line that
// extraction_to_json() wrote (extraction_json.h), so that `eventgraph extract`
// can run anywhere (the map) and `eventgraph build` merge its output (the
// reduce) into exactly the graph it makes from the articles.
//
//   ParsedExtraction p = extraction_from_json(line);
//   if (!p.ok()) report(p.error);   // "\"events\"[3]: \"type\" is not a string"
//   else builder.add(*p.extraction);
//
// Every field the writer writes is read; a field it writes as null or leaves
// out reads as empty. Strings are made valid UTF-8. A value of the wrong type,
// an unknown type or kind name, or an offset past "text_bytes" is an error
// naming where it is; the line is then not used at all. Without "text_bytes"
// (written before it was), the text is taken to end at the furthest offset.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/extraction.h"

namespace eventgraph {

struct ParsedExtraction {
  std::optional<Extraction> extraction;  // set when the line was usable
  std::string error;                     // why not, when it was not
  bool ok() const { return extraction.has_value(); }
};

ParsedExtraction extraction_from_json(std::string_view json);

}  // namespace eventgraph
