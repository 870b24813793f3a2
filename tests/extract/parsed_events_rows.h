// parsed_events_rows.h: what the tables of events read through the parse
// are checked with: a text run through the whole pipeline (published
// 2015-11-18, a Wednesday: "Monday" is 2015-11-16, "Tuesday" 2015-11-17),
// the event a word mentions, a participant's role, and descriptions of an
// extraction for failure messages.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "extract/pipeline.h"

namespace eventgraph {
namespace {

inline Extraction run(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.info.id = "t";
  doc.info.dct = "2015-11-18";
  return extract(doc);
}

// "source predicate target; " for each relation, for failure messages.
inline std::string describe_relations(const Extraction& x) {
  std::string all;
  for (const Relation& r : x.relations) all += r.source + " " + r.predicate + " " + r.target + "; ";
  return all;
}

// The event `word` mentions (its trigger or another mention), or null.
inline const Event* event_with_trigger(const Extraction& x, const std::string& word) {
  for (const Event& e : x.events) {
    if (e.trigger.text == word) return &e;
    for (const Mention& m : e.mentions) {
      if (m.text == word) return &e;
    }
  }
  return nullptr;
}

inline std::string role_of(const Event& e, const std::string& entity) {
  for (const Participant& p : e.participants) {
    if (p.entity == entity) return p.role;
  }
  return "";
}

inline std::string describe(const Extraction& x) {
  std::string all;
  for (const Event& e : x.events) {
    all += e.type + ":" + e.trigger.text + "@" + e.date + "[";
    for (const Participant& p : e.participants) all += p.entity + "/" + p.role + " ";
    all += "] ";
  }
  return all;
}

// The extraction of `text` and the event `trigger` mentions in it; the test
// case stops when there is none.
struct Read {
  Extraction x;
  const Event* event = nullptr;  // into x.events
};
inline Read read_event(const std::string& text, const std::string& trigger) {
  Read read{run(text)};
  read.event = event_with_trigger(read.x, trigger);
  INFO(describe(read.x));
  REQUIRE(read.event != nullptr);
  return read;
}

}  // namespace
}  // namespace eventgraph
