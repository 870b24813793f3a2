#include "extract/events/event_context.h"

#include <algorithm>

namespace eventgraph {


TokenIndex index_tokens(const TokenizedText& t, const std::vector<Timex>& timexes, const std::vector<Entity>& entities) {
  TokenIndex index{std::vector<int>(t.tokens.size(), -1), std::vector<int>(t.tokens.size(), -1)};
  for (size_t e = 0; e < entities.size(); ++e) {
    for (const Mention& m : entities[e].mentions) {
      for (size_t k = token_at_offset(t, m.span.start); k < t.tokens.size() && t.tokens[k].start < m.span.end; ++k) {
        index.entity[k] = static_cast<int>(e);
      }
    }
  }
  for (size_t x = 0; x < timexes.size(); ++x) {
    for (size_t k = token_at_offset(t, timexes[x].span.start); k < t.tokens.size() && t.tokens[k].start < timexes[x].span.end; ++k) {
      index.timex[k] = static_cast<int>(x);
    }
  }
  return index;
}

// The calendar part of a TIMEX3 value: "2015-11-17TEV" -> "2015-11-17".
std::string date_part(const std::string& value) {
  const size_t t = value.find('T');
  return t == std::string::npos ? value : value.substr(0, t);
}

// "PARIS, Nov. 16, 2015 - ": the wire dateline dates the report, not its events.
bool is_dateline(const TokenizedText& t, size_t first, size_t last) {
  size_t start = first;
  while (start > 0 && !t.tokens[start].has(kParagraphBefore) && first - start < 6) --start;
  if (start > 0 && !t.tokens[start].has(kParagraphBefore)) return false;
  for (size_t k = last + 1; k < t.tokens.size() && k <= last + 4; ++k) {
    const std::string_view x = t.text(k);
    if (x == "-" || x == "\xE2\x80\x94" || x == "\xE2\x80\x93") return true;
  }
  return false;
}

bool is_date_value(const Timex& x) {
  return (x.type == TimexType::kDate || x.type == TimexType::kTime) && !x.value.empty() && x.value[0] >= '0' &&
         x.value[0] <= '9';
}

}  // namespace eventgraph
