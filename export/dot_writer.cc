#include "export/dot_writer.h"

#include <map>
#include <string>
#include <vector>

#include "export/escape.h"
#include "export/event_families.h"
#include "export/graph_attributes.h"
#include "graph/graph_queries.h"

namespace eventgraph {
namespace {

constexpr const char* kUndated = "undated";

const char* fill_colour(const NodeProps& p) {
  if (p.kind == NodeKind::kEvent) return event_family(p.type).fill;
  if (p.type == "person") return "#A6CEE3";
  if (p.type == "organization") return "#B2DF8A";
  if (p.type == "country") return "#FDD992";
  return "#E7C4DA";
}

// "3 sources: a b c", or the first five and how many more: Graphviz refuses
// a line longer than 16,384 bytes, and an actor of a whole corpus has
// thousands of sources (the GraphML and JSON keep them all).
std::string sources_tooltip(const KnowledgeGraph& g, const std::vector<uint32_t>& documents) {
  constexpr size_t kShown = 5;
  std::string out = std::to_string(documents.size()) + (documents.size() == 1 ? " source:" : " sources:");
  for (size_t k = 0; k < documents.size() && k < kShown; ++k) {
    out += ' ';
    out += g.documents()[documents[k]].id;
  }
  if (documents.size() > kShown) out += " and " + std::to_string(documents.size() - kShown) + " more";
  return out;
}

// Node `n` as a DOT statement, under `id` (its key unless given).
std::string node_line(const KnowledgeGraph& g, NodeId n, const std::string& id = "") {
  const NodeProps& p = g.node(n);
  std::string label = p.label.empty() ? p.key : p.label;
  if (p.kind == NodeKind::kEvent) {
    label = p.type + "\n" + label;
    if (p.killed > 0) label += "\nkilled: " + std::to_string(p.killed);
  } else if (!p.title.empty()) {
    label += "\n(" + p.title + ")";
  }
  std::string line = "    ";
  append_dot_quoted(line, id.empty() ? p.key : id);
  line += " [label=";
  append_dot_quoted(line, label);
  line += p.kind == NodeKind::kEvent ? ", shape=box, style=\"rounded,filled\"" : ", shape=ellipse, style=filled";
  line += ", fillcolor=";
  append_dot_quoted(line, fill_colour(p));
  line += ", tooltip=";
  append_dot_quoted(line, sources_tooltip(g, p.documents));
  // In SVG a click on an event opens its first article.
  if (p.kind == NodeKind::kEvent && !p.documents.empty() && !g.documents()[p.documents.front()].url.empty()) {
    line += ", URL=";
    append_dot_quoted(line, g.documents()[p.documents.front()].url);
  }
  line += "];\n";
  return line;
}

}  // namespace

void write_dot(const KnowledgeGraph& g, std::ostream& out) {
  std::string buf;
  buf +=
      "digraph \"eventgraph\" {\n"
      "  graph [rankdir=LR, newrank=true, ranksep=0.5, nodesep=0.25, fontname=\"Helvetica\"];\n"
      "  node [fontname=\"Helvetica\", fontsize=10];\n"
      "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#777777\"];\n";
  // Columns: one per distinct event date, in date order.
  std::vector<std::string> columns;
  std::map<std::string, std::vector<NodeId>> events_of;
  for (const NodeId n : events_in_date_order(g)) {
    const std::string& date = g.node(n).date;
    const std::string column = date.empty() ? kUndated : date;
    if (events_of.find(column) == events_of.end()) columns.push_back(column);
    events_of[column].push_back(n);
  }
  buf += "  // Date axis.\n";
  for (const std::string& c : columns) {
    buf += "  ";
    append_dot_quoted(buf, "date:" + c);
    buf += " [shape=plaintext, fontsize=12, label=";
    append_dot_quoted(buf, c);
    buf += "];\n";
  }
  for (size_t i = 1; i < columns.size(); ++i) {
    buf += "  ";
    append_dot_quoted(buf, "date:" + columns[i - 1]);
    buf += " -> ";
    append_dot_quoted(buf, "date:" + columns[i]);
    buf += " [weight=100, arrowsize=0.5];\n";
  }
  buf += "  // Events, each in its date's column.\n";
  for (const std::string& c : columns) {
    buf += "  { rank=same; ";
    append_dot_quoted(buf, "date:" + c);
    buf += ";\n";
    for (const NodeId n : events_of[c]) buf += node_line(g, n);
    buf += "  }\n";
  }
  // The legend: what the colours of events and actors mean.
  buf += "  subgraph \"cluster_legend\" {\n    label=\"Legend\"; style=dashed; color=\"#BBBBBB\";\n";
  for (const EventFamily& f : event_families()) {
    buf += "    ";
    append_dot_quoted(buf, std::string("legend:") + f.name);
    buf += " [shape=box, style=\"rounded,filled\", fillcolor=";
    append_dot_quoted(buf, f.fill);
    buf += ", label=";
    append_dot_quoted(buf, std::string("event: ") + f.name);
    buf += "];\n";
  }
  for (const char* type : {"person", "organization", "country", "location"}) {
    NodeProps actor;
    actor.kind = NodeKind::kActor;
    actor.type = type;
    buf += "    ";
    append_dot_quoted(buf, std::string("legend:") + type);
    buf += " [shape=ellipse, style=filled, fillcolor=";
    append_dot_quoted(buf, fill_colour(actor));
    buf += ", label=";
    append_dot_quoted(buf, type);
    buf += "];\n";
  }
  buf += "  }\n";
  // Actors are not boxed off in a column of their own (that drew a curve from
  // every actor to every date). An actor in a few events is drawn once, from
  // the left into its events, so Graphviz places it just before the first and
  // its lines run forward in time. An actor in many events (Russia in a story
  // about Russia) is drawn again beside each date it acts on, so that no line
  // crosses the picture; its copies share its label and tooltip.
  constexpr size_t kRepeatedAbove = 3;  // events, beyond which an actor is drawn per date
  const BoostGraph& bg = g.boost_graph();
  std::map<NodeId, std::string> column_of;  // event -> its date column
  for (const auto& [column, events] : events_of) {
    for (const NodeId n : events) column_of[n] = column;
  }
  std::vector<size_t> event_count(g.node_count(), 0);
  for (auto [it, end] = boost::edges(bg); it != end; ++it) {
    if (bg[*it].kind == EdgeKind::kParticipant || bg[*it].kind == EdgeKind::kLocatedIn) {
      ++event_count[boost::target(*it, bg)];
    }
  }
  const auto repeated = [&](NodeId actor) { return event_count[actor] > kRepeatedAbove; };
  // The DOT id of `actor` as drawn beside events of `column`.
  const auto drawn_id = [&](NodeId actor, const std::string& column) {
    return repeated(actor) ? g.node(actor).key + "@" + column : g.node(actor).key;
  };
  buf += "  // Actors.\n";
  std::map<std::string, NodeId> copies;  // DOT id -> actor, for actors drawn per date
  for (NodeId n = 0; n < g.node_count(); ++n) {
    if (g.node(n).kind != NodeKind::kActor) continue;
    if (!repeated(n)) {
      buf += node_line(g, n);
      continue;
    }
    for (auto [it, end] = boost::in_edges(n, bg); it != end; ++it) {
      const auto column = column_of.find(boost::source(*it, bg));
      if (column != column_of.end()) copies.emplace(drawn_id(n, column->second), n);
    }
  }
  // An actor's first copy in date order (columns are in date order).
  std::map<NodeId, std::string> first_copy;
  for (const std::string& column : columns) {
    for (const NodeId event : events_of[column]) {
      for (auto [it, end] = boost::out_edges(event, bg); it != end; ++it) {
        const NodeId actor = boost::target(*it, bg);
        if (repeated(actor)) first_copy.emplace(actor, drawn_id(actor, column));
      }
    }
  }
  for (const auto& [id, actor] : copies) buf += node_line(g, actor, id);
  for (auto [it, end] = boost::edges(bg); it != end; ++it) {
    const EdgeProps& e = bg[*it];
    if (e.kind == EdgeKind::kMentionedIn) continue;
    const NodeId source = boost::source(*it, bg);
    const NodeId target = boost::target(*it, bg);
    buf += "  ";
    if (e.kind == EdgeKind::kRelation) {
      // Actor to actor: labelled, with no pull on the time axis. An actor drawn
      // per date is joined at the relation's date when drawn there, else at
      // its first date.
      const auto end_of = [&](NodeId actor) {
        if (!repeated(actor)) return g.node(actor).key;
        const std::string at_date = drawn_id(actor, e.date);
        return copies.count(at_date) ? at_date : first_copy[actor];
      };
      append_dot_quoted(buf, end_of(source));
      buf += " -> ";
      append_dot_quoted(buf, end_of(target));
      buf += " [label=";
      append_dot_quoted(buf, e.label);
      buf += ", constraint=false, color=\"#0072B2\", fontcolor=\"#0072B2\"];\n";
      continue;
    }
    // Event to participant or place, drawn actor -> event without arrows; the
    // role is said by hovering (labels on every such edge were printed over
    // each other).
    append_dot_quoted(buf, drawn_id(target, column_of[source]));
    buf += " -> ";
    append_dot_quoted(buf, g.node(source).key);
    buf += " [arrowhead=none, tooltip=";
    append_dot_quoted(buf, e.label);
    if (e.kind == EdgeKind::kLocatedIn) buf += ", style=dashed";
    buf += "];\n";
  }
  buf += "}\n";
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

}  // namespace eventgraph
