// Within one sentence, the words that tell an event named beside them are
// its mentions, not events of their own (called once a sentence's parsed
// events are read):
// - a verb whose subject is an event of its type ("an earthquake struck
//   Nepal");
// - a verb of intent or commitment whose complement names it ("Sony plans
//   to launch a project", "workers voted to go on strike": the plan is the
//   news of what is planned);
// - a light verb another event lists as its mention ("Ford announced 3,000
//   job cuts", "thousands attended the funeral"), whose actors go to it.
#include <algorithm>
#include <vector>

#include "extract/events/event_finder.h"
#include "extract/events/predicate_words.h"

namespace eventgraph {

void EventFinder::fold_told_again(const syntax::SentenceSyntax& parse, const Sentence& s, std::vector<Event>& events) {
  size_t first = events.size();
  while (first > 0 && events[first - 1].sentence.start == s.span.start) --first;
  if (events.size() - first < 2) return;
  const auto event_at_word = [&](int w) -> int {
    for (size_t k = first; k < events.size(); ++k) {
      if (events[k].trigger.span.start == parse.words[w].span.start) return static_cast<int>(k);
    }
    return -1;
  };
  // Event `from` becomes a mention of event `into`, its actors with it;
  // false when fewer than two events of the sentence are left.
  const auto tell_again = [&](int into, int from) {
    events[into].mentions.push_back(events[from].trigger);
    fold_into(events[into], events[from]);
    events.erase(events.begin() + from);
    return events.size() - first >= 2;
  };
  // "A magnitude 7.8 earthquake struck Nepal": a verb whose subject is an
  // event of the same type is that event told again (its mention), its
  // actors the event's.
  for (size_t w = 0; w < parse.words.size(); ++w) {
    const syntax::SyntaxWord& c = parse.words[w];
    if (c.head < 0 || c.deprel != "nsubj" || parse.words[c.head].upos != syntax::Upos::kVerb) continue;
    const int noun = event_at_word(static_cast<int>(w));
    const int verb = event_at_word(c.head);
    if (noun < 0 || verb < 0 || noun == verb || events[noun].type != events[verb].type) continue;
    if (!tell_again(noun, verb)) return;
  }
  for (size_t w = 0; w < parse.words.size(); ++w) {
    const syntax::SyntaxWord& c = parse.words[w];
    if (c.head < 0 || !(c.deprel == "xcomp" || c.deprel == "advcl")) continue;
    const syntax::SyntaxWord& verb = parse.words[c.head];
    if (verb.upos != syntax::Upos::kVerb ||
        !(predicate_words::kPlanVerbs.contains(verb.lemma) || predicate_words::kCommitVerbs.contains(verb.lemma))) {
      continue;
    }
    const int intent = event_at_word(c.head);
    int planned = event_at_word(static_cast<int>(w));
    // ("voted to go on strike", "plans to hold talks": the complement's own
    // event noun, when the verb itself names none.)
    for (size_t k = 0; planned < 0 && k < parse.words.size(); ++k) {
      const syntax::SyntaxWord& x = parse.words[k];
      if (x.head == static_cast<int>(w) && (x.deprel == "obj" || x.deprel.starts_with("obl"))) {
        planned = event_at_word(static_cast<int>(k));
      }
    }
    if (intent < 0 || planned < 0 || intent == planned) continue;
    if (!tell_again(planned, intent)) return;
  }
  // "Ford announced 3,000 job cuts", "thousands attended the funeral": the
  // light verb is a mention of the event its noun names, not an event beside
  // it; its actors go to that event.
  // (This sentence's events only: a walk over the document's for each
  // sentence made extraction 5% slower.)
  bool any_mention = false;
  for (size_t k = first; k < events.size() && !any_mention; ++k) any_mention = !events[k].mentions.empty();
  if (!any_mention) return;
  std::vector<uint8_t> folded(events.size() - first, 0);
  for (size_t k = first; k < events.size(); ++k) {
    if (!events[k].mentions.empty()) continue;
    for (size_t y = first; y < events.size(); ++y) {
      if (y == k || folded[y - first]) continue;
      const bool told = std::any_of(events[y].mentions.begin(), events[y].mentions.end(), [&](const Mention& m) {
        return m.span.start == events[k].trigger.span.start;
      });
      if (!told) continue;
      for (const Participant& q : events[k].participants) {
        if (q.role == "source") continue;
        if (std::none_of(events[y].participants.begin(), events[y].participants.end(),
                         [&](const Participant& r) { return r.entity == q.entity; })) {
          events[y].participants.push_back(q);
        }
      }
      folded[k - first] = 1;
      break;
    }
  }
  size_t kept = first;
  for (size_t k = first; k < events.size(); ++k) {
    if (folded[k - first]) continue;
    if (kept != k) events[kept] = std::move(events[k]);
    ++kept;
  }
  events.resize(kept);
}

}  // namespace eventgraph
