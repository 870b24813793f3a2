#include "extract/events/event_lexicon.h"

#include "data/lexicons.h"
#include "extract/text/name_folding.h"
#include "extract/text/word_list.h"

namespace eventgraph {
namespace {

// Verbs that report what someone said: their subject is a source. (An
// announcement, a confirmation, a declaration is an act of its own: those
// verbs are not here.)
constexpr auto kSpeechVerbs =
    make_word_list({"say", "tell", "state", "report", "claim", "add", "insist", "warn", "note", "explain", "write",
                    "argue", "allege", "deny", "acknowledge", "cite", "quote", "echo", "describe", "stress",
                    "comment", "refer", "tweet", "blog"});

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
    if (r.fields.size() < 8) continue;
    auto& lemma_of = r.fields[1] == "verb" ? verb_lemmas_ : noun_lemmas_;
    const bool speech = is_speech_verb(r.fields[0]);
    std::string_view forms = r.fields[7];
    while (!forms.empty()) {
      const size_t space = forms.find(' ');
      const std::string_view form = forms.substr(0, space);
      if (!form.empty() && form != "-") {
        (speech ? speech_forms_ : forms_).insert(std::string(form));
        // A lemma without a particle: "step down" is found through "step".
        const std::string_view lemma = r.fields[0];
        if (lemma.find(' ') == std::string_view::npos) lemma_of.emplace(std::string(form), std::string(lemma));
      }
      forms = space == std::string_view::npos ? std::string_view() : forms.substr(space + 1);
    }
  }
}

bool EventLexicon::is_speech_verb(std::string_view lemma) { return kSpeechVerbs.contains(lemma); }

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

const EventWord* EventLexicon::noun(std::string_view lemma, std::string_view modifier) const {
  if (!modifier.empty()) {
    if (const EventWord* w = find("n", lemma, modifier)) return w;
  }
  return find("n", lemma, "");
}

std::string_view EventLexicon::verb_lemma_of(std::string_view lower_form) const {
  const auto it = verb_lemmas_.find(std::string(lower_form));
  return it == verb_lemmas_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view EventLexicon::noun_lemma_of(std::string_view lower_form) const {
  const auto it = noun_lemmas_.find(std::string(lower_form));
  return it == noun_lemmas_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace eventgraph
