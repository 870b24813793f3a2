// timeline_writer.h: the graph's events in date order, for reading.
//
// Markdown groups events under one heading per date: a day ("2015-11-17,
// Tuesday"), or a week, month, quarter or year for events known only that
// precisely, each in its own row where it starts. CSV has one row per event
// (RFC 4180 quoting; a cell that would start a formula is neutralized); JSON is
// an array of objects with the same fields. Both carry the date's start and
// end days, the evidence sentence and the first source's title and URL.
// Undated events come last.
//
//   write_timeline(g, TimelineFormat::kMarkdown, out);
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace eventgraph {

// kTimelineJs is the JSON that Knight Lab's TimelineJS3 loads
// (https://timeline.knightlab.com/docs/json-format.html): one slide per dated
// event, its start and end day, the family as the group, and the evidence and
// source as the slide's HTML text (escaped). Undated events are left out.
enum class TimelineFormat { kMarkdown, kCsv, kJson, kTimelineJs };

struct TimelineRow {
  std::string date;       // TIMEX3 value, or "" when undated
  // The date's first and last day, as a spreadsheet reads them: "2015-W47"
  // is 2015-11-16 to 2015-11-22; "" when undated.
  std::string start, end;
  std::string precision;  // day, week, month, ...
  std::string date_source;
  std::string type;
  std::string cameo;
  std::string label;
  std::string modality;
  std::vector<std::string> participants;  // "Vladimir Putin (agent)"
  std::string location;                   // label of the place
  int killed = -1;
  std::string evidence;  // the sentence it was read from
  Span evidence_trigger;  // the trigger's bytes in `evidence`, if marked
  std::vector<std::string> sources;  // document ids
  std::string title, url;            // of the first source, to open the article
};

// The rows of the timeline, in date order.
std::vector<TimelineRow> timeline_rows(const KnowledgeGraph& g);

void write_timeline(const KnowledgeGraph& g, TimelineFormat format, std::ostream& out);

}  // namespace eventgraph
