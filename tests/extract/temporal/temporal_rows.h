// temporal_rows.h: the table the temporal tests are written in: a sentence,
// its publication date, the expression expected (its exact span), its TIMEX3
// type, value and mod; check_rows() checks each row.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/temporal/temporal.h"

namespace eventgraph {
namespace {

struct Row {
  const char* text;
  const char* dct;    // "" for none
  const char* span;   // the expression to check; "" when nothing may be tagged
  const char* type;   // DATE, TIME, DURATION, SET
  const char* value;
  const char* mod = "";
};

inline std::vector<Timex> tag(const std::string& text, const std::string& dct) {
  TemporalOptions options;
  if (!dct.empty()) options.dct = parse_iso_date(dct);
  return find_timexes(tokenize(text), options);
}

inline void check_rows(const std::vector<Row>& rows) {
  for (const Row& r : rows) {
    const std::string text = r.text, dct = r.dct, span = r.span;
    CAPTURE(text);
    CAPTURE(dct);
    const std::vector<Timex> found = tag(r.text, r.dct);
    if (std::string(r.span).empty()) {
      CHECK(found.empty());
      for (const Timex& t : found) CAPTURE(t.text);
      continue;
    }
    const Timex* hit = nullptr;
    for (const Timex& t : found) {
      if (t.text == r.span) hit = &t;
    }
    std::string all;
    for (const Timex& t : found) all += "[" + t.text + " = " + t.value + "] ";
    CAPTURE(all);
    REQUIRE_MESSAGE(hit != nullptr, "expected span: " << span);
    CHECK(std::string(timex_type_name(hit->type)) == std::string(r.type));
    CHECK(hit->value == std::string(r.value));
    CHECK(hit->mod == std::string(r.mod));
  }
}

constexpr const char* D = "2015-11-18";  // Wednesday

}  // namespace
}  // namespace eventgraph
