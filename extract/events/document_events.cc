// The events of one document once every sentence is read: the mentions of
// one happening folded into one event (told twice alike, a headline and the
// story, a definite noun and the event it names again), headlines dated by
// the story, and a sentence's toll given to the killing it tells.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/events/event_finder.h"
#include "extract/events/event_lexicon.h"
#include "extract/events/sentence_facts.h"

namespace eventgraph {
namespace {

// Whether two events share a place or an actor. Sharing only a country
// ("French") does not make two mentions one event.
bool share_place_or_actor(const Event& a, const Event& b) {
  if (!a.location.empty() && a.location == b.location) return true;
  return std::any_of(a.participants.begin(), a.participants.end(), [&](const Participant& p) {
    if (p.entity.rfind("country:", 0) == 0) return false;
    return std::any_of(b.participants.begin(), b.participants.end(),
                       [&](const Participant& q) { return q.entity == p.entity; });
  });
}

// Whether both events name who acted and no one acted in both: "NASA
// tweeted support" and "Zuckerberg tweeted to Mohamed" are two statements
// however much else they share.
bool different_agents(const Event& a, const Event& b) {
  const auto is_agent = [](const Participant& p) { return p.role == "agent"; };
  if (std::none_of(a.participants.begin(), a.participants.end(), is_agent) ||
      std::none_of(b.participants.begin(), b.participants.end(), is_agent)) {
    return false;
  }
  return std::none_of(a.participants.begin(), a.participants.end(), [&](const Participant& p) {
    return is_agent(p) && std::any_of(b.participants.begin(), b.participants.end(), [&](const Participant& q) {
             return is_agent(q) && q.entity == p.entity;
           });
  });
}

// Drops the events marked in `folded` (told again in another), keeping the order of the rest.
void remove_folded(std::vector<Event>& events, const std::vector<uint8_t>& folded) {
  size_t kept = 0;
  for (size_t k = 0; k < events.size(); ++k) {
    if (!folded[k]) {
      if (kept != k) events[kept] = std::move(events[k]);
      ++kept;
    }
  }
  events.resize(kept);
}

}  // namespace

bool EventFinder::shares_actors(const Event& mention, const Event& told) {
  if (share_place_or_actor(mention, told)) return true;
  return !mention.participants.empty() &&
         std::all_of(mention.participants.begin(), mention.participants.end(), [&](const Participant& p) {
           return std::any_of(told.participants.begin(), told.participants.end(),
                              [&](const Participant& q) { return q.entity == p.entity; });
         });
}

void EventFinder::fold_into(Event& into, const Event& from) {
  for (const Participant& p : from.participants) {
    if (std::none_of(into.participants.begin(), into.participants.end(),
                     [&](const Participant& q) { return q.entity == p.entity; })) {
      into.participants.push_back(p);
    }
  }
  if (into.location.empty()) into.location = from.location;
  for (const Mention& m : from.mentions) {  // its trigger first; each span once
    if (std::none_of(into.mentions.begin(), into.mentions.end(),
                     [&](const Mention& n) { return n.span.start == m.span.start; })) {
      into.mentions.push_back(m);
    }
  }
  into.killed = std::max(into.killed, from.killed);
}

// One happening mentioned twice is one event: same type, agreeing date, a
// shared participant or place.
void EventFinder::merge_duplicates(std::vector<Event>& events) {
  std::vector<Event> out;
  // Only events of one type and date can merge: each is compared with the
  // kept events of its (type, date), in the order they were kept. Comparing
  // with every kept event made a document of many events quadratic.
  std::unordered_map<std::string, std::vector<size_t>> kept_by_key;
  for (Event& e : events) {
    bool merged = false;
    std::vector<size_t>& same_key = kept_by_key[e.type + '\x1f' + e.date];
    for (const size_t k : same_key) {
      Event& kept = out[k];
      if (!e.location.empty() && !kept.location.empty() && e.location != kept.location) continue;
      if (!share_place_or_actor(e, kept) || different_agents(e, kept)) continue;
      fold_into(kept, e);
      merged = true;
      break;
    }
    if (!merged) {
      same_key.push_back(out.size());
      out.push_back(std::move(e));
    }
  }
  events.swap(out);
}

// A happening the text gives no date of its own (dated by publication: most
// often the headline's, "Hundreds dead in Hajj stampede") is the one of its
// type the story dates ("killed in a stampede near Mecca on Thursday") when
// nothing tells them apart: the same modality, no two places, and a shared
// place or actor, or no actors on one side. Statements are not folded: each
// "said" is its own.
void EventFinder::merge_into_dated(std::vector<Event>& events) {
  std::unordered_map<std::string_view, std::vector<size_t>> dated_by_type;
  for (size_t k = 0; k < events.size(); ++k) {
    if (!events[k].date.empty() && events[k].date_source != "dct") dated_by_type[events[k].type].push_back(k);
  }
  std::vector<uint8_t> folded(events.size(), 0);
  for (size_t u = 0; u < events.size(); ++u) {
    const Event& e = events[u];
    if (e.date_source != "dct" || e.type == "statement") continue;
    const auto same_type = dated_by_type.find(e.type);
    if (same_type == dated_by_type.end()) continue;
    size_t best = events.size();
    bool best_shares = false;
    for (const size_t k : same_type->second) {
      const Event& d = events[k];
      if (d.modality != e.modality) continue;
      if (!e.location.empty() && !d.location.empty() && e.location != d.location) continue;
      const bool shares = shares_actors(e, d);
      if (!shares && !e.participants.empty() && !d.participants.empty()) continue;
      if (best == events.size() || (shares && !best_shares)) {
        best = k;
        best_shares = shares;
      }
    }
    if (best == events.size()) continue;
    fold_into(events[best], e);
    folded[u] = 1;
  }
  remove_folded(events, folded);
}

// A headline tells in the present what the story dates ("Turkey sanctions
// Russia" over "On Monday, officials announced sanctions on Russian firms").
// A headline's event dated only by publication is the event of its type the
// first sentence using its word again tells, or takes that sentence's date
// when it tells none ("Indonesia rescues 700 asylum seekers" over "On
// Friday, fishermen rescued 700 asylum seekers": no actor, no event).
void EventFinder::date_headline_events(std::vector<Event>& events) const {
  if (t_.sentences.size() < 2) return;
  const Sentence& headline = t_.sentences.front();
  const EventLexicon& lexicon = EventLexicon::get();
  const auto lemma_of = [&](size_t k) {
    const std::string_view form = folded_[k];
    if (const std::string_view verb = lexicon.verb_lemma_of(form); !verb.empty()) return verb;
    if (const std::string_view noun = lexicon.noun_lemma_of(form); !noun.empty()) return noun;
    return form;
  };
  std::vector<uint8_t> folded(events.size(), 0);
  for (size_t u = 0; u < events.size(); ++u) {
    Event& e = events[u];
    if (e.sentence.start != headline.span.start || e.date_source != "dct" || e.type == "statement") continue;
    const std::string_view word = lemma_of(token_at_offset(t_, e.trigger.span.start));
    const Sentence* retold = nullptr;
    size_t at = 0;
    for (size_t s = 1; s < t_.sentences.size() && !retold; ++s) {
      for (size_t k = t_.sentences[s].first_token; k < t_.sentences[s].end_token; ++k) {
        // (The lexicon's quick test first: most words name no event.)
        if (t_.tokens[k].kind == TokenKind::kWord && lexicon.may_name_event(folded_[k], tokens_.hash[k]) &&
            lemma_of(k) == word) {
          retold = &t_.sentences[s], at = k;
          break;
        }
      }
    }
    if (!retold) continue;
    const auto same = std::find_if(events.begin(), events.end(), [&](const Event& x) {
      return &x != &e && x.sentence.start == retold->span.start && x.type == e.type && x.modality == e.modality;
    });
    if (same != events.end()) {
      fold_into(*same, e);
      folded[u] = 1;
      continue;
    }
    Event probe;
    add_date(probe, *retold, at, at + 1);
    if (probe.date_source == "timex" || probe.date_source == "sentence") {
      e.date = probe.date;
      e.date_source = probe.date_source;
    }
  }
  remove_folded(events, folded);
}

// A sentence's toll is given to each violent event it tells. When they
// are of different dates ("air strikes on Raqqa on Sunday, two days after
// gunmen killed 130 people in Paris"), it is the toll of the one that names
// the killing, not the others'.
void EventFinder::keep_tolls_with_killings(std::vector<Event>& events) const {
  for (size_t first = 0; first < events.size();) {
    size_t end = first + 1;
    while (end < events.size() && events[end].sentence.start == events[first].sentence.start) ++end;
    const std::string* date = nullptr;  // of the first event given the toll
    bool two_dates = false;
    for (size_t k = first; k < end; ++k) {
      if (events[k].killed <= 0) continue;
      if (!date) date = &events[k].date;
      two_dates |= events[k].date != *date;
    }
    if (two_dates) {
      const size_t token = token_at_offset(t_, events[first].sentence.start);
      const SentenceFacts facts =
          read_sentence_facts(t_, features_, index_, entities_, t_.sentences[t_.sentence_of(token)]);
      const auto names_killing = [&](const Event& e) {
        return facts.killed_at < t_.tokens.size() &&
               std::any_of(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) {
                 return m.span.start <= t_.tokens[facts.killed_at].start && t_.tokens[facts.killed_at].end <= m.span.end;
               });
      };
      const auto killing = std::find_if(events.begin() + first, events.begin() + end, names_killing);
      if (killing != events.begin() + end) {
        for (size_t k = first; k < end; ++k) {
          if (&events[k] != &*killing && events[k].date != killing->date) events[k].killed = -1;
        }
      }
    }
    first = end;
  }
}

void EventFinder::attach_anaphora(std::vector<Event>& events) const {
  if (anaphora_.empty()) return;
  // Each mention goes to the latest event of its type told before it: the
  // events in order of their triggers, and the anaphora in text order (the
  // order they were read), walked together.
  std::vector<size_t> order(events.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return events[a].trigger.span.start < events[b].trigger.span.start;
  });
  std::unordered_map<std::string_view, size_t> latest;  // type -> event
  size_t next = 0;
  for (const Anaphor& a : anaphora_) {
    for (; next < order.size() && events[order[next]].trigger.span.start < a.mention.span.start; ++next) {
      // Of events starting at one place, the first read keeps it.
      const auto [it, fresh] = latest.try_emplace(events[order[next]].type, order[next]);
      if (!fresh && events[it->second].trigger.span.start < events[order[next]].trigger.span.start) {
        it->second = order[next];
      }
    }
    const auto it = latest.find(a.type);
    if (it != latest.end()) events[it->second].mentions.push_back(a.mention);
  }
}

}  // namespace eventgraph
