// extraction_json.h: the JSON Lines form of an Extraction, the contract that
// `eventgraph extract` prints and ../shared/eval/score.py reads.
//
//   {"doc": {"id","title","dct","url","author","source"},
//    "timexes":   [{"start","end","text","type","value", ...}],
//    "entities":  [{"id","label","kind","title","mentions":[{"start","end","text"}], ...}],
//    "events":    [{"id","type","label","date","trigger":{"start","end","text"},
//                   "participants":[{"entity","role"}],"location","sentence":{"start","end"}, ...}],
//    "relations": [{"source","target","predicate","date","evidence":{"start","end"}}]}
//
// Offsets are UTF-8 byte offsets into the document text, end exclusive.
//
//   std::string line = extraction_to_json(x);  // one line, no trailing newline
#pragma once

#include <string>

#include "extract/extraction.h"

namespace eventgraph {

std::string extraction_to_json(const Extraction& x);

}  // namespace eventgraph
