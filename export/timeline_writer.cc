#include "export/timeline_writer.h"

#include "export/escape.h"

#include <algorithm>

#include "export/event_families.h"
#include "export/graph_attributes.h"
#include "extract/json_string.h"
#include "extract/timex_value.h"
#include "graph/graph_queries.h"

namespace eventgraph {
namespace {

const char* kWeekdayNames[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

std::string heading_of(const TimelineRow& row) {
  if (row.date.empty()) return "Undated";
  const auto interval = parse_timex_interval(row.date);
  if (!interval) return row.date;
  switch (interval->precision) {
    case Precision::kDay: return row.date + ", " + kWeekdayNames[weekday(interval->first)];
    case Precision::kWeek:
      return "Week " + row.date + " (" + format_iso(interval->first) + " to " + format_iso(interval->last) + ")";
    default: return std::string(1, static_cast<char>(std::toupper(*precision_name(interval->precision)))) +
                    (precision_name(interval->precision) + 1) + " " + row.date;
  }
}

void write_markdown(const std::vector<TimelineRow>& rows, std::ostream& out) {
  out << "# Timeline\n";
  std::string current;
  for (const TimelineRow& row : rows) {
    const std::string heading = heading_of(row);
    if (heading != current) {
      out << "\n## " << heading << "\n\n";
      current = heading;
    }
    out << "- **" << markdown_text(row.type) << "**: " << markdown_text(row.label);
    if (row.modality != "asserted" && !row.modality.empty()) out << " *(" << row.modality << ")*";
    if (!row.participants.empty()) out << "; who: " << markdown_text(join(row.participants, ", "));
    if (!row.location.empty()) out << "; where: " << markdown_text(row.location);
    if (row.killed >= 0) out << "; killed: " << row.killed;
    if (row.date_source == "dct") out << "; date inferred from publication date";
    out << "; sources: " << markdown_text(join(row.sources, ", ")) << "\n";
  }
  if (rows.empty()) out << "\nNo events.\n";
}

void write_csv(const std::vector<TimelineRow>& rows, std::ostream& out) {
  out << "date,start,end,precision,date_source,type,cameo,label,modality,participants,location,killed,sources,"
         "title,url,evidence\r\n";
  for (const TimelineRow& r : rows) {
    out << csv_field(r.date) << ',' << r.start << ',' << r.end << ',' << r.precision << ',' << r.date_source << ','
        << csv_field(r.type) << ',' << r.cameo << ',' << csv_field(r.label) << ',' << r.modality << ','
        << csv_field(join(r.participants, "; ")) << ',' << csv_field(r.location) << ','
        << (r.killed >= 0 ? std::to_string(r.killed) : "") << ',' << csv_field(join(r.sources, " ")) << ','
        << csv_field(r.title) << ',' << csv_field(r.url) << ',' << csv_field(r.evidence) << "\r\n";
  }
}

void write_json(const std::vector<TimelineRow>& rows, std::ostream& out) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  const auto str = [&](const char* key, std::string_view value) { write_json_member(w, key, value); };
  w.StartArray();
  for (const TimelineRow& r : rows) {
    w.StartObject();
    str("date", r.date);
    str("start", r.start);
    str("end", r.end);
    str("precision", r.precision);
    str("date_source", r.date_source);
    str("type", r.type);
    str("cameo", r.cameo);
    str("label", r.label);
    str("modality", r.modality);
    w.Key("participants");
    w.StartArray();
    for (const std::string& p : r.participants) write_json_string(w, p);
    w.EndArray();
    str("location", r.location);
    if (r.killed >= 0) {
      w.Key("killed");
      w.Int(r.killed);
    }
    w.Key("sources");
    w.StartArray();
    for (const std::string& s : r.sources) write_json_string(w, s);
    w.EndArray();
    str("title", r.title);
    str("url", r.url);
    str("evidence", r.evidence);
    w.EndObject();
  }
  w.EndArray();
  out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
  out << '\n';
}

// {"year": "2015", "month": "11", "day": "17"} for TimelineJS.
void write_timelinejs_date(JsonWriter& w, const std::string& iso) {
  w.StartObject();
  w.Key("year");
  write_json_string(w, std::string_view(iso).substr(0, 4));
  w.Key("month");
  write_json_string(w, std::string_view(iso).substr(5, 2));
  w.Key("day");
  write_json_string(w, std::string_view(iso).substr(8, 2));
  w.EndObject();
}

// The slide's text: the evidence with its trigger in <mark>, who and where,
// and a link to the article. TimelineJS renders it as HTML, so every piece
// from an article is escaped, and only web URLs become links.
std::string timelinejs_text(const TimelineRow& r) {
  std::string html;
  if (!r.evidence.empty()) {
    html += "<blockquote>";
    const Span t = r.evidence_trigger;
    if (!t.empty() && t.end <= r.evidence.size()) {
      html += xml_escape(std::string_view(r.evidence).substr(0, t.start));
      html += "<mark>" + xml_escape(std::string_view(r.evidence).substr(t.start, t.size())) + "</mark>";
      html += xml_escape(std::string_view(r.evidence).substr(t.end));
    } else {
      html += xml_escape(r.evidence);
    }
    html += "</blockquote>";
  }
  if (!r.participants.empty()) html += "<p>Who: " + xml_escape(join(r.participants, ", ")) + "</p>";
  if (!r.location.empty()) html += "<p>Where: " + xml_escape(r.location) + "</p>";
  if (r.date_source == "dct") html += "<p><i>Date inferred from the publication date.</i></p>";
  const std::string name = r.title.empty() ? (r.sources.empty() ? "" : r.sources.front()) : r.title;
  const bool web = r.url.rfind("http://", 0) == 0 || r.url.rfind("https://", 0) == 0;
  if (web) {
    html += "<p>Source: <a href=\"" + xml_escape(r.url) + "\">" + xml_escape(name) + "</a></p>";
  } else if (!name.empty()) {
    html += "<p>Source: " + xml_escape(name) + "</p>";
  }
  return html;
}

void write_timelinejs(const std::vector<TimelineRow>& rows, std::ostream& out) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  const auto str = [&](const char* key, std::string_view value) { write_json_member(w, key, value); };
  w.StartObject();
  w.Key("title");
  w.StartObject();
  w.Key("text");
  w.StartObject();
  str("headline", "Timeline");
  size_t dated = 0;
  for (const TimelineRow& r : rows) dated += r.start.empty() ? 0 : 1;
  str("text", "<p>" + std::to_string(dated) + (dated == 1 ? " dated event" : " dated events") + ", made by eventgraph.</p>");
  w.EndObject();
  w.EndObject();
  w.Key("events");
  w.StartArray();
  size_t n = 0;
  for (const TimelineRow& r : rows) {
    if (r.start.empty()) continue;
    w.StartObject();
    w.Key("start_date");
    write_timelinejs_date(w, r.start);
    // A week, month or longer: a span, labelled with its TIMEX value.
    if (r.end != r.start) {
      w.Key("end_date");
      write_timelinejs_date(w, r.end);
      str("display_date", r.date);
    }
    w.Key("text");
    w.StartObject();
    str("headline", xml_escape(r.label));
    str("text", timelinejs_text(r));
    w.EndObject();
    str("group", event_family(r.type).name);
    str("unique_id", "event-" + std::to_string(++n));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
  out << '\n';
}

}  // namespace

std::vector<TimelineRow> timeline_rows(const KnowledgeGraph& g) {
  std::vector<TimelineRow> rows;
  const BoostGraph& bg = g.boost_graph();
  for (const NodeId n : events_in_date_order(g)) {
    const NodeProps& p = g.node(n);
    TimelineRow row;
    row.date = p.date;
    if (const auto interval = parse_timex_interval(p.date)) {
      row.start = format_iso(interval->first);
      row.end = format_iso(interval->last);
    }
    row.precision = p.date_precision;
    row.date_source = p.date_source;
    row.type = p.type;
    row.cameo = p.cameo;
    row.label = p.label;
    row.modality = p.modality;
    row.killed = p.killed;
    row.evidence = p.evidence;
    row.evidence_trigger = p.evidence_trigger;
    for (auto [it, end] = boost::out_edges(n, bg); it != end; ++it) {
      const NodeProps& target = bg[boost::target(*it, bg)];
      const std::string name = target.label.empty() ? target.key : target.label;
      if (bg[*it].kind == EdgeKind::kParticipant) {
        // One line per actor, in its first role.
        const bool listed = std::any_of(row.participants.begin(), row.participants.end(),
                                        [&](const std::string& p) { return p.rfind(name + " (", 0) == 0; });
        if (!listed) row.participants.push_back(name + " (" + bg[*it].label + ")");
      }
      if (bg[*it].kind == EdgeKind::kLocatedIn) row.location = name;
    }
    for (const uint32_t d : p.documents) row.sources.push_back(g.documents()[d].id);
    if (!p.documents.empty()) {
      row.title = g.documents()[p.documents.front()].title;
      row.url = g.documents()[p.documents.front()].url;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

void write_timeline(const KnowledgeGraph& g, TimelineFormat format, std::ostream& out) {
  const std::vector<TimelineRow> rows = timeline_rows(g);
  switch (format) {
    case TimelineFormat::kMarkdown: return write_markdown(rows, out);
    case TimelineFormat::kCsv: return write_csv(rows, out);
    case TimelineFormat::kJson: return write_json(rows, out);
    case TimelineFormat::kTimelineJs: return write_timelinejs(rows, out);
  }
}

}  // namespace eventgraph
