#include "graph/graph_builder.h"

#include <doctest/doctest.h>

#include "graph/graph_queries.h"

namespace eventgraph {
namespace {

Entity actor(const std::string& id, const std::string& label, EntityKind kind, Span span) {
  Entity e;
  e.id = id;
  e.label = label;
  e.kind = kind;
  e.mentions.push_back({span, label});
  return e;
}

Event event(const std::string& type, const std::string& date, std::vector<std::string> who, Span trigger) {
  Event e;
  e.id = "e1";
  e.type = type;
  e.label = type;
  e.date = date;
  e.trigger = {trigger, type};
  for (auto& w : who) e.participants.push_back({w, "agent"});
  return e;
}

Extraction doc(const std::string& id, const std::string& dct) {
  Extraction x;
  x.doc.id = id;
  x.doc.dct = dct;
  x.text_bytes = 100;
  return x;
}

}  // namespace

TEST_CASE("actors merge by id across documents, with provenance") {
  KnowledgeGraph g;
  GraphBuilder b(g);
  Extraction a = doc("a", "2015-11-17");
  a.entities.push_back(actor("person:vladimir_putin", "Putin", EntityKind::kPerson, {10, 15}));
  Extraction c = doc("c", "2015-11-18");
  c.entities.push_back(actor("person:vladimir_putin", "Vladimir Putin", EntityKind::kPerson, {20, 34}));
  b.add(a);
  b.add(c);
  const auto n = g.find_node("person:vladimir_putin");
  REQUIRE(n);
  const NodeProps& p = g.node(*n);
  CHECK(p.label == "Vladimir Putin");  // the fuller name wins
  CHECK(p.mentions == 2);
  CHECK(p.documents.size() == 2);
  CHECK(p.first_seen == "2015-11-17");
  CHECK(p.last_seen == "2015-11-18");
  REQUIRE(p.provenance.size() == 2);
  CHECK(p.provenance[1] == Provenance{1, {20, 34}});
  CHECK(g.node_count() == 3);  // one actor, two documents
}

TEST_CASE("events merge when type, date and a participant agree") {
  KnowledgeGraph g;
  GraphBuilder b(g);
  Extraction a = doc("a", "2015-11-18");
  a.events.push_back(event("attack", "2015-W47", {"country:RUS", "org:islamic_state"}, {1, 5}));
  Extraction c = doc("c", "2015-11-19");
  c.events.push_back(event("attack", "2015-11-17", {"org:islamic_state"}, {7, 9}));         // same week, same group
  Extraction d = doc("d", "2015-11-19");
  d.events.push_back(event("attack", "2015-11-18", {"org:islamic_state"}, {3, 4}));         // other day
  Extraction e = doc("e", "2015-11-19");
  e.events.push_back(event("meeting", "2015-11-17", {"org:islamic_state"}, {3, 4}));        // other type
  Extraction f = doc("f", "2015-11-19");
  f.events.push_back(event("attack", "2015-11-17", {"country:RUS"}, {3, 4}));               // only a country shared
  for (const Extraction* x : {&a, &c, &d, &e, &f}) b.add(*x);
  const auto events = events_in_date_order(g);
  REQUIRE(events.size() == 4);
  const NodeProps& merged = g.node(events[0]);
  CHECK(merged.type == "attack");
  CHECK(merged.date == "2015-11-17");  // refined from the week
  CHECK(merged.date_precision == "day");
  CHECK(merged.documents.size() == 2);
  CHECK(g.node(events[1]).documents.size() == 1);  // the country-only report stays apart
}

TEST_CASE("relations are edges with a predicate and provenance") {
  KnowledgeGraph g;
  GraphBuilder b(g);
  Extraction a = doc("a", "2015-11-18");
  a.relations.push_back({"person:bashar_assad", "country:RUS", "ally of", "", {50, 80}, ""});
  b.add(a);
  b.add([&] { Extraction x = doc("b", ""); x.relations = a.relations; return x; }());
  REQUIRE(g.edge_count() == 1);
  const auto [it, end] = boost::edges(g.boost_graph());
  CHECK(g.edge(*it).label == "ally of");
  CHECK(g.edge(*it).count == 2);
  CHECK(g.edge(*it).documents.size() == 2);
}

}  // namespace eventgraph

namespace eventgraph {

// Each derived mentioned_in edge as "source -> target, count, [doc:start-end ...]".
std::vector<std::string> mention_edges(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  g.for_each_edge([&](NodeId s, NodeId t, const EdgeProps& e) {
    if (e.kind != EdgeKind::kMentionedIn) return;
    std::string line = g.node(s).key + " -> " + g.node(t).key + ", " + std::to_string(e.count) + ",";
    for (const Provenance& p : e.provenance) {
      line += " " + std::to_string(p.doc) + ":" + std::to_string(p.span.start) + "-" + std::to_string(p.span.end);
    }
    out.push_back(line);
  });
  return out;
}

TEST_CASE("mentioned_in edges follow each node's sightings, document by document") {
  KnowledgeGraph g;
  GraphBuilder b(g);
  Extraction a = doc("a", "2015-11-18");
  Entity putin = actor("person:vladimir_putin", "Vladimir Putin", EntityKind::kPerson, {0, 5});
  putin.mentions.push_back({{20, 25}, "Putin"});
  a.entities.push_back(putin);
  a.events.push_back(event("meeting", "2015-11-17", {"person:vladimir_putin"}, {10, 15}));
  b.add(a);
  Extraction second = doc("b", "2015-11-19");
  second.entities.push_back(actor("person:vladimir_putin", "Putin", EntityKind::kPerson, {3, 8}));
  Entity russia = actor("country:RUS", "Russia", EntityKind::kCountry, {});
  russia.mentions.clear();  // a record may name an actor without a span
  second.entities.push_back(russia);
  b.add(second);

  const std::vector<std::string> expected = {
      "person:vladimir_putin -> doc:a, 2, 0:0-5 0:20-25",
      "person:vladimir_putin -> doc:b, 1, 1:3-8",
      "event:meeting:2015-11-17:" + g.node(events_in_date_order(g)[0]).key.substr(25) + " -> doc:a, 1, 0:10-15",
      "country:RUS -> doc:b, 0,",
  };
  CHECK(mention_edges(g) == expected);
  CHECK(g.edge_count() == 1 + 4);  // the participant edge and the four mentions
  // Without the document nodes there is nothing to be mentioned in.
  CHECK(mention_edges(without_documents(g)).empty());
  // A selection keeps the documents its nodes are mentioned in (Putin's two,
  // not Russia's alone), and so their mentions.
  CHECK(mention_edges(*filter_date_range(g, "2015-11-17", "2015-11-17")) ==
        std::vector<std::string>{expected[0], expected[1], expected[2]});
}

}  // namespace eventgraph
