// event_lexicon.h: data/event_lexicon.txt, the event words the parse reads by
// lemma: verbs and nouns with their type, CAMEO code and relation predicate,
// derived from PETRARCH2's CAMEO dictionary, VerbNet and WordNet by
// data/make_event_lexicon.py. Internal to extract/events.
//
//   const EventLexicon& lex = EventLexicon::get();
//   const EventWord* w = lex.verb("sue", "");           // lawsuit, 173, "sued"
//   const EventWord* v = lex.verb("file", "lawsuit");   // criticism, 115: the object gives the code
//   const EventWord* n = lex.noun("arrival");           // travel
//   const EventWord* c = lex.noun("cut", "job");        // layoff ("job cuts")
//
// A verb's pattern (a CAMEO code that needs a given object) is asked with the
// object's lemma; without a pattern for it the verb's own entry answers.
// Loaded once, read-only, shared across threads; not copyable.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/text/folded_word_set.h"

namespace eventgraph {

struct EventWord {
  std::string type;       // taxonomy type (docs/event_types.md)
  std::string cameo;      // CAMEO code, "" where none fits
  std::string predicate;  // agent-to-patient relation: "sued"
};

class EventLexicon {
 public:
  static const EventLexicon& get();
  EventLexicon(const EventLexicon&) = delete;
  EventLexicon& operator=(const EventLexicon&) = delete;

  // Null when the lemma names no event. `object` may be "".
  const EventWord* verb(std::string_view lemma, std::string_view object) const;
  // The lemma the lexicon lists `lower_form` as a form of ("downgraded" ->
  // "downgrade"), for words the lemmatizer gets wrong; "" when none.
  std::string_view verb_lemma_of(std::string_view lower_form) const;
  std::string_view noun_lemma_of(std::string_view lower_form) const;
  // "shoot down", "step down": a verb with its particle.
  const EventWord* phrasal_verb(std::string_view lemma, std::string_view particle) const;
  // A noun's pattern is asked with its modifier's lemma ("cut", "job": a
  // layoff); without one for it the noun's own entry answers.
  const EventWord* noun(std::string_view lemma, std::string_view modifier = {}) const;
  size_t size() const { return words_.size(); }

  // Whether a folded token may be a written form of an event word ("sued",
  // "arrivals"): a sentence without one holds no event to parse for. Speech
  // verbs do not count: saying alone reports, it is rarely the event.
  bool may_name_event(std::string_view folded, uint64_t hash) const { return forms_.contains(folded, hash); }
  // "say", "tell", "claim", ...: verbs that report what someone said; their
  // subject is a source.
  static bool is_speech_verb(std::string_view lemma);
  // Whether a folded token may be a written form of a speech verb ("said",
  // "tweeted"): with a named actor in the sentence, a statement to parse for.
  bool may_report(std::string_view folded, uint64_t hash) const { return speech_forms_.contains(folded, hash); }

 private:
  EventLexicon();
  // Keys: "v\x1f" lemma ["\x1f" object], "n\x1f" lemma.
  const EventWord* find(std::string_view kind, std::string_view lemma, std::string_view object) const;
  std::unordered_map<std::string, EventWord> words_;
  FoldedWordSet forms_;
  FoldedWordSet speech_forms_;
  std::unordered_map<std::string, std::string> verb_lemmas_, noun_lemmas_;  // written form -> lemma
};

}  // namespace eventgraph
