#include "extract/events/events.h"

#include <algorithm>
#include <cstdlib>
#include <span>

#include "extract/text/name_folding.h"
#include "extract/text/civil_date.h"
#include "extract/text/date_words.h"
#include "extract/timex_value.h"
#include "extract/events/event_context.h"
#include "extract/events/event_finder.h"
#include "extract/events/event_words.h"
#include "extract/events/sentence_facts.h"
#include "extract/events/trigger_lexicon.h"

namespace eventgraph {

using namespace event_words;

namespace {

// The lists read once an event is found are is_one_of() lists where they are
// read; those asked at many tokens are WordLists (event_words.h).
bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return equals_any_ignore_case(w, words);
}

}  // namespace

// The clause a trigger sits in reaches back to the last ";" or a subordinating word.
size_t EventFinder::clause_start(const Sentence& s, size_t trigger) const {
  size_t k = trigger;
  while (k > s.first_token && !kClauseOpeners.contains(folded_[k - 1])) --k;
  return k;
}

// ...and forward to the next ";", a relative clause or a comma before a new clause.
size_t EventFinder::clause_end(const Sentence& s, size_t trigger_end) const {
  size_t k = trigger_end;
  while (k < s.end_token) {
    if (kClauseEnders.contains(folded_[k])) break;
    if (is(k, ",") && k + 1 < s.end_token && !is(k + 1, "and") && entity_at(k + 1) < 0 && index_.timex[k + 1] < 0) break;
    ++k;
  }
  return k;
}

// "Turkish President Erdogan visited": the mention of Turkey at token `at`
// only qualifies the person's title; the person is the participant.
bool EventFinder::qualifies_person(int entity, size_t at) const {
  if (kind_of(entity) != EntityKind::kCountry && kind_of(entity) != EntityKind::kOrganization) return false;
  size_t k = at;
  while (k < t_.tokens.size() && entity_at(k) == entity) ++k;
  if (k < t_.tokens.size() && (is(k, "'s") || is(k, "\xE2\x80\x99s"))) ++k;
  for (size_t j = k; j < t_.tokens.size() && j < k + 5; ++j) {
    const int next = entity_at(j);
    if (next < 0) continue;
    return next != entity && kind_of(next) == EntityKind::kPerson && entities_[next].affiliation == entities_[entity].id;
  }
  return false;
}

bool EventFinder::preceded_by_preposition(size_t first) const {
  size_t k = first;
  // Skip the article and adjectives in "in the French city of".
  while (k > 0 && (is(k - 1, "the") || is(k - 1, "a") || is(k - 1, "an") || entity_at(k - 1) == entity_at(first))) --k;
  if (k == 0) return false;
  return kPrepositions.contains(w(k - 1));
}

void EventFinder::add_participants(Event& e, const Sentence& s, size_t i, size_t end, const TriggerInfo& info) const {
  const auto add = [&](int entity, const char* role, size_t at) {
    const std::string& id = entities_[entity].id;
    if (qualifies_person(entity, at)) return;
    for (const Participant& p : e.participants) {
      if (p.entity == id) return;
    }
    e.participants.push_back({id, role});
  };
  const size_t from = clause_start(s, i);
  const size_t to = clause_end(s, end);
    // "X announced ... after meeting Y": a gerund after "after", "before" or
    // "while" has the main clause's subject.
    if (from > s.first_token && w(i).size() > 4 && w(i).substr(w(i).size() - 3) == "ing" &&
        is_one_of(w(from - 1), {"after", "before", "while", "since", "when"})) {
      for (size_t k = s.first_token; k + 1 < from; ++k) {
        const int ent = entity_at(k);
        if (!is_actor(ent) || (k > s.first_token && entity_at(k - 1) == ent) || preceded_by_preposition(k)) continue;
        add(ent, "agent", k);
        break;
      }
    }
  if (info.verb) {
    // Passive: "was brought down by X".
    bool passive = i > s.first_token && is_one_of(w(i - 1), {"was", "were", "been", "be", "being", "is", "are"});
    if (passive) {
      for (size_t k = end; k < to; ++k) {
        if (is(k, "by") && is_actor(entity_at(k + 1))) add(entity_at(k + 1), "agent", k + 1);
      }
    }
    // A relative clause's subject is the name it hangs on: "Francois Hollande, who met".
    if (from > s.first_token && is(from - 1, "who")) {
      size_t k = from - 1;
      if (k > s.first_token && is(k - 1, ",")) --k;
      if (k > s.first_token && is_actor(entity_at(k - 1))) add(entity_at(k - 1), "agent", k - 1);
    }
    // Subjects: actors before the verb in its clause that no preposition governs.
    const size_t subjects_before = e.participants.size();
    for (size_t k = from; k < i; ++k) {
      const int ent = entity_at(k);
      if (!is_actor(ent) || (k > from && entity_at(k - 1) == ent)) continue;
      if (preceded_by_preposition(k) || (k > 0 && is(k - 1, "("))) continue;  // "(Reuters)" is a byline
      add(ent, passive ? "patient" : "agent", k);
    }
    // "Obama and Putin said they will attack Iraq", "the US claimed that it had
    // attacked": a pronoun opening a reported clause is the speaker.
    if (!passive && e.participants.size() == subjects_before && is_one_of(w(from), {"he", "she", "they", "it", "we"})) {
      size_t k = from;
      if (k > s.first_token && is(k - 1, "that")) --k;
      if (k > s.first_token && is_one_of(w(k - 1), {"said", "says", "claimed", "announced", "warned", "stated",
                                                     "insisted", "threatened", "vowed", "promised", "added"})) {
        for (size_t j = clause_start(s, k - 1); j + 1 < k; ++j) {
          const int ent = entity_at(j);
          if (!is_actor(ent) || (j > s.first_token && entity_at(j - 1) == ent) || preceded_by_preposition(j)) continue;
          add(ent, "agent", j);
        }
      }
    }
    // Objects: the actors after the verb in its clause ("at the White House" is a place).
    bool first = true;
    for (size_t k = end; k < to; ++k) {
      const int ent = entity_at(k);
      if (!is_actor(ent) || (k > end && entity_at(k - 1) == ent) || (passive && k > 0 && is(k - 1, "by"))) continue;
      size_t before = k;
      while (before > end && (is(before - 1, "the") || is(before - 1, "a"))) --before;
      if (before > end && is_one_of(w(before - 1), {"at", "in", "near", "over", "inside", "outside"})) continue;
      add(ent, first && !passive ? "patient" : "participant", k);
      first = false;
    }
    return;
  }
  // Nouns: the actor right before ("Russian air strikes", "Putin's press conference", "the G20 summit").
  size_t k = i;
  while (k > from && (is(k - 1, "'s") || is(k - 1, "\xE2\x80\x99s") || is(k - 1, "peace") || is(k - 1, "military") ||
                      is(k - 1, "air") || is(k - 1, "new") || is(k - 1, "joint") || is(k - 1, "official"))) {
    --k;
  }
  if (k > from && is_actor(entity_at(k - 1))) add(entity_at(k - 1), "agent", k - 1);
  // The object of a light verb ("attend a meeting", "held talks", "gave an
  // interview") takes that verb's subjects as its agents.
  if (e.participants.empty() && i >= from + 1) {
    // The verb may stand up to three words before the noun ("lift economic sanctions").
    size_t v = i;
    for (size_t back = 0; back < 3 && v > from && !kLightVerbsReachedBack.contains(w(v - 1)); ++back) {
      --v;
    }
    // "carried out a nuclear test": the verb's particle stops the walk.
    if (v > from && (kLightVerbs.contains(w(v - 1)) || (is(v - 1, "out") && v - 1 > from && is(v - 2, "carried")))) {
      for (size_t j = from; j + 1 < v; ++j) {
        const int ent = entity_at(j);
        if (is_actor(ent) && !(j > from && entity_at(j - 1) == ent) && !preceded_by_preposition(j)) add(ent, "agent", j);
      }
    }
  }
  // Actors after "on", "against", "with", "between ... and", "by", "into" (a title may
  // stand between: "talks with President Obama").
  // A gerund takes a direct object: "after meeting Vice Premier Liu He".
  const bool gerund = w(end - 1).size() > 4 && w(end - 1).substr(w(end - 1).size() - 3) == "ing";
  size_t last_preposition = gerund ? end - 1 : SIZE_MAX;
  for (size_t j = end; j < to && j < end + 12; ++j) {
    if (kObjectPrepositions.contains(w(j))) {
      last_preposition = j;
      continue;
    }
    const int ent = entity_at(j);
    if (!is_actor(ent) || (j > end && entity_at(j - 1) == ent)) continue;
    if (j == end || (last_preposition != SIZE_MAX && j - last_preposition <= 4)) {
      add(ent, last_preposition != SIZE_MAX && is(last_preposition, "by") ? "agent" : "patient", j);
      if (gerund && last_preposition == end - 1 && !qualifies_person(ent, j)) break;  // the object only
    }
  }
  // A statement's speaker: the subject of the speech verb in the sentence
  // ("Le Drian said in an interview", "Putin said at a press conference").
  if (info.type == "statement") {
    for (size_t j = s.first_token; j < s.end_token; ++j) {
      if (!kSpeechVerbs.contains(w(j))) continue;
      for (size_t m = j; m > s.first_token && m + 12 > j; --m) {
        const int ent = entity_at(m - 1);
        if (ent >= 0 && kind_of(ent) == EntityKind::kPerson) {
          add(ent, "agent", m - 1);
          break;
        }
      }
      break;
    }
    // The medium of an interview: "an interview on the French TF1 television channel".
    for (size_t j = end; j < to && j < end + 8; ++j) {
      const int ent = entity_at(j);
      if (ent >= 0 && kind_of(ent) == EntityKind::kOrganization) add(ent, "participant", j);
    }
  }
}

void EventFinder::add_location(Event& e, const Sentence& s, size_t i, size_t end) const {
  const size_t from = clause_start(s, i);
  const size_t to = clause_end(s, end);
  int best = -1;
  size_t best_distance = SIZE_MAX;
  bool best_is_place = false;
  for (size_t k = std::max(from, i >= 8 ? i - 8 : 0); k < to; ++k) {
    const int ent = entity_at(k);
    if (ent < 0 || (k > from && entity_at(k - 1) == ent)) continue;
    const EntityKind kind = kind_of(ent);
    if (kind != EntityKind::kLocation && kind != EntityKind::kCountry) continue;
    const bool of_place = k >= 2 && is(k - 1, "of") &&
                          kPlaceNouns.contains(w(k - 2));
    // An attack "on Kobani" happens there.
    const bool target_place = k > 0 && is_one_of(w(k - 1), {"on", "against"}) &&
                              (e.type == "attack" || e.type == "bombing" || e.type == "shooting" || e.type == "massacre");
    if (!of_place && !target_place && (k == 0 || !kPlacePrepositions.contains(w(k - 1)))) {
      // "in the French city of X": allow an article before the name.
      if (!(k > 1 && is(k - 1, "the") && is_one_of(w(k - 2), {"in", "at", "over", "near"}))) continue;
    }
    const bool place = kind == EntityKind::kLocation;
    const size_t distance = k >= end ? k - end : i - k + 4;  // after the trigger is likelier
    if (best < 0 || (place && !best_is_place) || (place == best_is_place && distance < best_distance)) {
      best = ent;
      best_distance = distance;
      best_is_place = place;
    }
  }
  if (best >= 0) e.location = entities_[best].id;
}

void EventFinder::add_date(Event& e, const Sentence& s, size_t i, size_t end, const std::vector<size_t>& excluded) const {
  // Bound to the trigger: "this week's talks", "Monday's attack", "the 2014 election".
  size_t k = i;
  if (k > 0 && (is(k - 1, "'s") || is(k - 1, "\xE2\x80\x99s"))) --k;
  while (k > s.first_token && (is(k - 1, "air") || is(k - 1, "peace") || is(k - 1, "presidential"))) --k;
  if (k > 0 && index_.timex[k - 1] >= 0 && is_date_value(timexes_[index_.timex[k - 1]])) {
    e.date = date_part(timexes_[index_.timex[k - 1]].value);
    e.date_source = "timex";
    return;
  }
  // The nearest in the trigger's clause, then in its sentence; a date already
  // bound to another noun ("this week's talks") belongs to that noun.
  const auto nearest = [&](size_t from, size_t to, bool allow_bound) -> int {
    int best = -1;
    size_t best_distance = SIZE_MAX;
    for (size_t j = from; j < to; ++j) {
      const int x = index_.timex[j];
      if (x < 0 || (j > from && index_.timex[j - 1] == x) || !is_date_value(timexes_[x])) continue;
      if (std::find(excluded.begin(), excluded.end(), j) != excluded.end()) continue;
      size_t last = j;
      while (last + 1 < to && index_.timex[last + 1] == x) ++last;
      if (is_dateline(t_, j, last)) continue;
      if (compares_time(j)) continue;
      if (!allow_bound && is(last + 1, "'s") && last + 2 != i) continue;
      // "the 2018 FIFA World Cup", "the 2014 election": a year before a
      // noun names which one; it dates that noun's event only.
      if (!allow_bound && last == j && last + 1 != i && timexes_[x].value.size() == 4 && j > s.first_token &&
          (is(j - 1, "the") || is(j - 1, "a") || is(j - 1, "its") || is(j - 1, "their")) && last + 1 < to &&
          t_.tokens[last + 1].kind == TokenKind::kWord) {
        continue;
      }
      const size_t distance = j >= end ? j - end : i - last;
      if (distance < best_distance) best = x, best_distance = distance;
    }
    return best;
  };
  // "two days after Putin ordered": the date of the main clause shifted back.
  const size_t clause = clause_start(s, i);
  if (clause >= s.first_token + 2 && (is(clause - 1, "after") || is(clause - 1, "before"))) {
    const int span = index_.timex[clause - 2];
    if (span >= 0 && timexes_[span].type == TimexType::kDuration) {
      const std::string& v = timexes_[span].value;  // "P2D", "P1W"
      const char unit = v.empty() ? 0 : v.back();
      const int n = v.size() > 2 && v[0] == 'P' && v[1] != 'T' ? std::atoi(v.c_str() + 1) : 0;
      size_t first_of_span = clause - 2;
      while (first_of_span > s.first_token && index_.timex[first_of_span - 1] == span) --first_of_span;
      int anchor = -1;
      for (size_t j = s.first_token; j < first_of_span; ++j) {
        const int x = index_.timex[j];
        if (x >= 0 && is_date_value(timexes_[x]) && timexes_[x].value.size() >= 10 && !is_dateline(t_, j, j)) anchor = x;
      }
      if (anchor < 0 && dct_) anchor = -2;
      const auto base = anchor >= 0 ? parse_iso_date(timexes_[anchor].value.substr(0, 10)) : dct_;
      if (n > 0 && (unit == 'D' || unit == 'W') && base) {
        const long days = (unit == 'W' ? 7L : 1L) * n * (is(clause - 1, "after") ? -1 : 1);
        e.date = format_iso(add_days(*base, days));
        e.date_source = "timex";
        return;
      }
    }
  }
  // Right of the trigger, a sentence-level date stops at a clause of its own
  // ("the announcement that a bomb downed the plane on Oct. 31").
  size_t right = end;
  while (right < s.end_token && !kOwnClauseOpeners.contains(w(right))) ++right;
  const auto use = [&](int x, const char* source) {
    e.date = date_part(timexes_[x].value);
    e.date_source = source;
  };
  if (const int x = nearest(clause_start(s, i), clause_end(s, end), false); x >= 0) {
    use(x, "timex");
  } else if (const int y = nearest(s.first_token, right, false); y >= 0) {
    use(y, "sentence");
  } else if (const int z = nearest(s.first_token, right, true); z >= 0) {
    use(z, "sentence");
  } else if (e.modality == Modality::kFuture) {
    // "intends to hold two referendums": a plan is dated when it is told
    // (the publication), not by the story's date of something past.
    if (dct_) {
      e.date = format_iso(*dct_);
      e.date_source = "dct";
    }
  } else if (!narrative_.empty()) {
    e.date = narrative_;
    e.date_source = "narrative";
  } else if (dct_) {
    e.date = format_iso(*dct_);
    e.date_source = "dct";
  }
}

void EventFinder::add_modality(Event& e, const Sentence& s, size_t i, const TriggerInfo& info) const {
  const size_t from = i >= s.first_token + 6 ? i - 6 : s.first_token;
  for (size_t k = from; k < i; ++k) {
    if (kNegations.contains(w(k))) e.modality = Modality::kNegated;
    else if (e.modality == Modality::kAsserted && kFutureCues.contains(w(k))) e.modality = Modality::kFuture;
    else if (e.modality == Modality::kAsserted && kHypotheticalCues.contains(w(k))) e.modality = Modality::kHypothetical;
  }
  // "the deal could be signed": a modal right after a noun.
  if (!info.verb && e.modality == Modality::kAsserted) {
    for (size_t k = i + 1; k < s.end_token && k < i + 4; ++k) {
      if (is_one_of(w(k), {"could", "might", "may", "would", "should"})) e.modality = Modality::kHypothetical;
      else if (is_one_of(w(k), {"will", "shall"})) e.modality = Modality::kFuture;
    }
  }
  // "to cooperate", "to negotiate a ceasefire": an intended event.
  if (e.modality == Modality::kAsserted && info.verb && i > s.first_token && is(i - 1, "to")) e.modality = Modality::kFuture;
  if (e.modality == Modality::kAsserted && !info.verb && i >= s.first_token + 3 && is_one_of(w(i - 3), {"to"}) &&
      is_one_of(w(i - 2), {"negotiate", "reach", "sign", "hold", "carry", "form", "launch", "discuss"})) {
    e.modality = Modality::kFuture;
  }
}

void EventFinder::add_casualties_and_source(Event& e, const Sentence& s) const {
  // The counts and the source belong to the sentence: read it once for all
  // the events it holds (run() takes a sentence's events one after another).
  if (facts_first_token_ != s.first_token) {
    facts_ = read_sentence_facts(t_, features_, index_, entities_, s);
    facts_first_token_ = s.first_token;
  }
  e.killed = std::max(e.killed, facts_.killed);
  e.injured = std::max(e.injured, facts_.injured);
  if (!facts_.reporter.empty()) e.reporter = facts_.reporter;
}

int EventFinder::entity_index(const std::string& id) const {
  for (; entities_indexed_ < entities_.size(); ++entities_indexed_) {
    entity_by_id_.emplace(entities_[entities_indexed_].id, static_cast<int>(entities_indexed_));
  }
  const auto it = entity_by_id_.find(id);
  return it == entity_by_id_.end() ? -1 : it->second;
}

std::string EventFinder::label_of(const Event& e) const {
  const auto name = [&](const std::string& id) {
    const int k = entity_index(id);
    return k >= 0 ? entities_[k].label : id;
  };
  std::string agents, patients;
  for (const Participant& p : e.participants) {
    std::string& list = p.role == "agent" ? agents : patients;
    if (!list.empty()) list += ", ";
    list += name(p.entity);
  }
  std::string label = agents.empty() ? "" : agents + ": ";
  label += e.trigger.text;
  if (!patients.empty()) label += " (" + patients + ")";
  if (!e.location.empty()) label += " in " + name(e.location);
  return label;
}

std::optional<Event> EventFinder::event_at(const Sentence& s, size_t i, size_t length, const TriggerInfo& info) {
  const size_t end = i + length;
  // "strikes" is a labor action unless it lands on something or comes from the air.
  if (is(i, "strikes") && length == 1 && !is(end, "on") && !is(end, "against") &&
      !(i > 0 && is_one_of(w(i - 1), {"missile", "drone", "military", "aerial", "vigorous"}))) {
    return std::nullopt;
  }
  // A capitalized verb after a word is part of a name: "Acquired Immune
  // Deficiency Syndrome".
  if (info.verb && i > s.first_token && t_.tokens[i].has(kCapitalized) && !t_.tokens[i].has(kAllCaps) &&
      t_.tokens[i - 1].kind == TokenKind::kWord) {
    return std::nullopt;
  }
  Event e;
  e.type = info.type;
  e.cameo = info.cameo;
  // "An earthquake struck", "the storm hit": nature is no attacker.
  if (info.verb && (info.type == "attack" || info.type == "bombing")) {
    for (size_t k = clause_start(s, i); k < i; ++k) {
      if (kNaturalForces.contains(w(k))) {
        e.type = "disaster";
        e.cameo.clear();
      }
    }
  }
  // A noun form after "to" or a modal is the verb: "wants to attack", "will strike".
  TriggerInfo as_used = info;
  if (!info.verb && i > s.first_token &&
      is_one_of(w(i - 1), {"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not"})) {
    if (is(i, "deal") && is(end, "with")) return std::nullopt;  // "to deal with" a problem
    as_used.verb = true;
  }
  e.trigger = {{t_.tokens[i].start, t_.tokens[end - 1].end},
               std::string(t_.source.substr(t_.tokens[i].start, t_.tokens[end - 1].end - t_.tokens[i].start))};
  e.predicate = info.predicate;
  e.sentence = s.span;
  add_participants(e, s, i, end, as_used);
  add_location(e, s, i, end);
  // "his statement", "the announcement" point back to an event told before.
  if (!as_used.verb && i > s.first_token && is_one_of(w(i - 1), {"his", "her", "their", "its", "this", "that"})) {
    return std::nullopt;
  }
  // Casualties belong to what causes them, not to every event in the sentence.
  const bool violent = e.type == "attack" || e.type == "bombing" || e.type == "shooting" || e.type == "killing" ||
                       e.type == "massacre" || e.type == "crash" || e.type == "explosion" || e.type == "disaster";
  // Nothing to anchor the event to: no actor, no place, no toll ("76 people
  // were killed"). Statements need a speaker.
  if (e.participants.empty() && e.location.empty()) {
    if (!violent) return std::nullopt;
    add_casualties_and_source(e, s);
    if (e.killed <= 0 && e.injured <= 0) return std::nullopt;
  }
  if (info.type == "statement" &&
      std::none_of(e.participants.begin(), e.participants.end(), [](const Participant& p) { return p.role == "agent"; })) {
    return std::nullopt;
  }
  add_modality(e, s, i, as_used);  // first: a plan takes no narrative date
  add_date(e, s, i, end);
  add_casualties_and_source(e, s);
  if (!violent) e.killed = e.injured = -1;
  e.label = label_of(e);
  return e;
}

std::vector<Event> EventFinder::run() {
  std::vector<Event> events;
  // Words inside quotation marks are what someone said, not what happened.
  const std::vector<uint8_t>& quoted = features_.in_quotation();
  const std::span<const Token> tokens(t_.tokens);
  const std::string dct = dct_ ? format_iso(*dct_) : "";
  const uint64_t* const hash = tokens_.hash.data();
  for (const Sentence& s : t_.sentences) {
    for (size_t i = s.first_token; i < s.end_token;) {
      // Most tokens start no trigger, which their hash says in one read.
      if (!lex_.may_start(hash[i]) || index_.entity[i] >= 0 || tokens[i].kind != TokenKind::kWord || quoted[i]) {
        ++i;
        continue;
      }
      const auto [info, length] = lex_.match(tokens_, i, s.end_token);
      if (!info) {
        ++i;
        continue;
      }
      if (auto e = event_at(s, i, length, *info)) events.push_back(std::move(*e));
      i += length;
    }
    if (syntax_ && worth_parsing(s)) add_parsed_events(s, quoted, events);
    // The story moves to the last full date or week this sentence names
    // ("a digital clock in Texas last week ... was arrested at his school").
    for (size_t k = s.first_token; k < s.end_token && !timexes_.empty(); ++k) {
      const int x = index_.timex[k];
      // (Not a date inside a quotation: "today's game" in what a coach said
      // after the match is the day he spoke of, not the story's.)
      if (x < 0 || quoted[k] || !is_date_value(timexes_[x]) || timexes_[x].value.size() < 7) continue;
      const std::string& value = timexes_[x].value;
      // Only dates up to publication: "Elections are scheduled for May 14" is
      // no story time. A week ("2015-W38") counts from its Monday.
      const bool week = value[5] == 'W';
      const auto week_days = week && value.size() == 8 ? parse_timex_interval(value) : std::nullopt;
      if (week ? (dct_ && week_days && week_days->first <= *dct_) : (!dct_ || date_part(value) <= dct)) {
        narrative_ = date_part(value);
      }
    }
  }
  for (Event& e : events) e.mentions.insert(e.mentions.begin(), e.trigger);
  keep_tolls_with_killings(events);
  merge_duplicates(events);
  merge_into_dated(events);
  date_headline_events(events);  // those the story tells with no event of their own
  attach_anaphora(events);
  for (size_t k = 0; k < events.size(); ++k) events[k].id = "e" + std::to_string(k + 1);
  return events;
}

std::string event_predicate(const Event& e) {
  if (!e.predicate.empty()) return e.predicate;
  // The lexicon entry of the trigger's text carries the predicate.
  const std::vector<std::string> folded = fold_tokens(e.trigger.text);
  const std::vector<std::string_view> views(folded.begin(), folded.end());
  const auto [info, length] = TriggerLexicon::get().match(views, 0, views.size());
  return info ? info->predicate : "";
}

std::vector<Event> find_events(const TokenizedText& text, const std::vector<Timex>& timexes,
                               std::vector<Entity>& entities, const std::optional<CivilDate>& dct,
                               const TokenFeatures* features, const syntax::SyntaxModel* syntax,
                               std::vector<Relation>* roles) {
  std::optional<TokenFeatures> own;
  if (!features) features = &own.emplace(text);
  EventFinder finder(text, timexes, entities, dct, *features, syntax);
  std::vector<Event> events = finder.run();
  if (roles) roles->insert(roles->end(), finder.roles().begin(), finder.roles().end());
  return events;
}

}  // namespace eventgraph
