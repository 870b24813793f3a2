// dateline.h: publication dates in article headers.
//
// News files carry their date in a header line ("November 18, 2015",
// "Wednesday, Nov. 18, 2015 10:32 AM", "18 November 2015", "2015-11-18") or in
// a wire dateline opening the body ("MOSCOW, Nov 18, 2015 (Reuters) -").
//
//   parse_date_line("Nov. 18, 2015");          // 2015-11-18
//   parse_date_line("Putin met Obama on Nov. 18, 2015 in Paris."); // nullopt: prose
//   parse_date_line("February 30, 2015");      // nullopt: no such day
#pragma once

#include <optional>
#include <string_view>

#include "extract/text/civil_date.h"

namespace eventgraph {

// The date of a header line that is only a date (a weekday, a time, a zone or a
// "Published:"/"Updated:" label may surround it). nullopt when the line is prose,
// holds no full date with a year, or names an impossible day.
std::optional<CivilDate> parse_date_line(std::string_view line);

// The date in a wire-style dateline at the start of `paragraph`: an upper-case
// place, a comma, then a full date with a year, before "(Agency)" or a dash.
std::optional<CivilDate> parse_wire_dateline(std::string_view paragraph);

// The local date of a dateline given apart from the text ("TOKYO, April 24",
// the "dateline" field of a wire record): its month and day (and year, if
// written) in the year that puts the day within three days of `published`,
// the record's timestamp, often the filing desk's date (a Tokyo story dated
// April 24 is filed in New York on April 23). nullopt when no month and day
// follow the place or the day lies further off (a dateline reused for days).
//
//   dateline_date("TOKYO, April 24", {1987, 4, 23});  // 1987-04-24
//   dateline_date("WELLINGTON, Jan 1", {1986, 12, 31});  // 1987-01-01
std::optional<CivilDate> dateline_date(std::string_view dateline, const CivilDate& published);

// The first full date (day, month and year) among `text`'s tokens, with the byte
// offset where it starts. Shared by both parsers above.
struct FoundDate {
  CivilDate date;
  size_t start = 0;
  size_t end = 0;
};
std::optional<FoundDate> find_full_date(std::string_view text);

}  // namespace eventgraph
