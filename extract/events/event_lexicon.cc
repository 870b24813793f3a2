#include "extract/events/event_lexicon.h"

#include "data/lexicons.h"

namespace eventgraph {
namespace {

std::string key_of(std::string_view kind, std::string_view lemma, std::string_view object) {
  std::string key(kind);
  key += '\x1f';
  key += lemma;
  if (!object.empty()) {
    key += '\x1f';
    key += object;
  }
  return key;
}

}  // namespace

const EventLexicon& EventLexicon::get() {
  static const EventLexicon lexicon;
  return lexicon;
}

EventLexicon::EventLexicon() {
  for (const LexiconRecord& r : read_lexicon("event_lexicon.txt")) {
    if (r.fields.size() < 6) continue;
    EventWord w;
    w.type = std::string(r.fields[2]);
    w.cameo = r.fields[3] == "-" ? "" : std::string(r.fields[3]);
    w.predicate = r.fields[4] == "-" ? "" : std::string(r.fields[4]);
    const std::string_view object = r.fields[5] == "-" ? std::string_view() : r.fields[5];
    words_.emplace(key_of(r.fields[1] == "verb" ? "v" : "n", r.fields[0], object), std::move(w));
  }
}

const EventWord* EventLexicon::find(std::string_view kind, std::string_view lemma, std::string_view object) const {
  const auto it = words_.find(key_of(kind, lemma, object));
  return it == words_.end() ? nullptr : &it->second;
}

const EventWord* EventLexicon::verb(std::string_view lemma, std::string_view object) const {
  if (!object.empty()) {
    if (const EventWord* w = find("v", lemma, object)) return w;
  }
  return find("v", lemma, "");
}

const EventWord* EventLexicon::phrasal_verb(std::string_view lemma, std::string_view particle) const {
  std::string phrase(lemma);
  phrase += ' ';
  phrase += particle;
  return find("v", phrase, "");
}

const EventWord* EventLexicon::noun(std::string_view lemma) const { return find("n", lemma, ""); }

}  // namespace eventgraph
