// event_context.h: what the event stage needs to know about each token: which
// actor or time expression it belongs to, and whether it sits in a wire
// dateline. Internal to extract/events.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/extraction.h"
#include "extract/text/text.h"

namespace eventgraph {

// Where each token's actor mention and time expression are.
struct TokenIndex {
  std::vector<int> entity;  // entity index or -1, for each token of a mention
  std::vector<int> timex;   // timex index or -1
};

TokenIndex index_tokens(const TokenizedText& t, const std::vector<Timex>& timexes, const std::vector<Entity>& entities);

// The calendar part of a TIMEX3 value: "2015-11-17TEV" -> "2015-11-17".
std::string date_part(const std::string& value);

// "PARIS, Nov. 16, 2015 - ": the wire dateline dates the report, not its events.
bool is_dateline(const TokenizedText& t, size_t first, size_t last);

// A DATE or TIME with a calendar value (not a placeholder or a *_REF).
bool is_date_value(const Timex& x);

}  // namespace eventgraph
