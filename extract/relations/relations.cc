#include "extract/relations/relations.h"

#include <algorithm>
#include <string>
#include <utility>

#include "extract/actors/kinship.h"
#include "extract/text/date_words.h"
#include "extract/events/event_context.h"
#include "extract/events/events.h"

namespace eventgraph {
namespace {

// Relations drawn from events: each agent to each patient.
void event_relations(const std::vector<Event>& events, std::vector<Relation>& out) {
  for (const Event& e : events) {
    if (e.modality == Modality::kHypothetical) continue;
    // An agent and someone else first: the predicate is looked up again from
    // the trigger's text, which most events need not pay for.
    const bool agent = std::any_of(e.participants.begin(), e.participants.end(),
                                   [](const Participant& p) { return p.role == "agent"; });
    if (e.participants.size() < 2) continue;
    // "The talks between the Letter Carriers Union and Canada Post": no one
    // acts on the other; the first party is related to each other one. (Of
    // a meeting or an accord any party counts; of another act, two patients
    // are no parties to each other: "X and Y were attacked".)
    if (!agent) {
      const bool mutual = e.type == "meeting" || e.type == "agreement" || e.type == "cooperation" ||
                          e.type == "ceasefire";
      const auto party = [&](const Participant& p) {
        return (p.role == "participant" || (mutual && p.role == "patient")) && p.entity != e.location;
      };
      const auto first = std::find_if(e.participants.begin(), e.participants.end(), party);
      if (first == e.participants.end() || std::count_if(e.participants.begin(), e.participants.end(), party) < 2) {
        continue;
      }
      const std::string predicate = event_predicate(e);
      if (predicate.empty()) continue;
      for (const Participant& p : e.participants) {
        if (&p == &*first || !party(p) || p.entity == first->entity) continue;
        out.push_back({first->entity, p.entity, e.modality == Modality::kNegated ? "not " + predicate : predicate,
                       e.date, e.sentence, e.id});
      }
      continue;
    }
    const std::string predicate = event_predicate(e);
    if (predicate.empty()) continue;
    for (const Participant& a : e.participants) {
      if (a.role != "agent") continue;
      for (const Participant& p : e.participants) {
        // The place where it happened is no party to it ("a summit in Chile").
        // Nor is who reports it ("the US said that ISIL attacked Iraq").
        if (p.role == "agent" || p.role == "source" || p.entity == a.entity || p.entity == e.location) continue;
        const std::string said = e.modality == Modality::kNegated ? "not " + predicate : predicate;
        out.push_back({a.entity, p.entity, said, e.date, e.sentence, e.id});
      }
    }
  }
}

// "Bashar Assad - a longtime Moscow ally", "X, a close ally of Y", "Kremlin ally Ramzan Kadyrov",
// "Esso UK, a member of Exxon Corp".
void ally_relations(const TokenizedText& t, const std::vector<Entity>& entities, const std::vector<uint64_t>& hashes,
                    std::vector<Relation>& out) {
  // The entity each token belongs to, made when the first description shows
  // up (most texts have none).
  std::vector<int> owner;
  const auto owner_at = [&](size_t k) { return k < owner.size() ? owner[k] : -1; };
  const auto is = [&](size_t k, std::string_view lower) { return k < t.tokens.size() && equals_ignore_case(t.text(k), lower); };
  // Descriptions that relate two actors: "ally", "rival", "partner", "enemy".
  struct Noun {
    std::string_view word, predicate;
  };
  // And what one belongs to: "Esso UK, a member of Exxon Corp", "Shell UK,
  // part of the Shell Transport and Trading group", "Exxon unit Esso".
  static constexpr Noun kNouns[] = {{"ally", "ally of"},       {"allies", "ally of"},  {"rival", "rival of"},
                                    {"rivals", "rival of"},   {"partner", "partner of"}, {"enemy", "enemy of"},
                                    {"foe", "enemy of"},      {"adversary", "rival of"}, {"unit", "unit of"},
                                    {"subsidiary", "unit of"}, {"division", "unit of"}, {"affiliate", "unit of"},
                                    {"arm", "unit of"},       {"member", "member of"}, {"part", "part of"}};
  // The quick test every token takes: a bit for the low bits of its folded
  // hash, read from the hashes TokenFeatures made (one sequential read per
  // token). Almost no token passes, so the branch is all but always right.
  static const auto kNounHashes = [] {
    FoldedHashBits<1024> bits;
    for (const Noun& n : kNouns) bits.add(folded_token_hash(n.word));
    return bits;
  }();
  // The predicate token k describes, or "" (for tokens past the hash test).
  const auto relation_noun = [&](size_t k) -> std::string_view {
    if (t.tokens[k].kind != TokenKind::kWord) return {};
    const std::string_view w = t.text(k);
    for (const Noun& n : kNouns) {
      if (equals_ignore_case(w, n.word)) return n.predicate;
    }
    return {};
  };
  const uint64_t* const hash = hashes.data();
  const size_t count = hashes.size();
  for (size_t k = 0; k < count; ++k) {
    // The hot loop: one load and one bit test per token, with nothing else
    // in it to keep `k` out of a register.
    if (!kNounHashes.may_contain(hash[k])) continue;
    const std::string_view predicate = relation_noun(k);
    if (predicate.empty()) continue;
    if (owner.empty()) owner = index_tokens(t, {}, entities).entity;
    int of = -1, who = -1;
    size_t evidence_start = t.tokens[k].start;
    if (k > 0 && owner_at(k - 1) >= 0) {
      of = owner_at(k - 1);  // "a longtime Moscow ally", "Kremlin ally"
    } else if (is(k + 1, "of") && owner_at(k + 2) >= 0) {
      of = owner_at(k + 2);  // "an ally of Russia"
    } else if (is(k + 1, "of") && is(k + 2, "the") && owner_at(k + 3) >= 0) {
      of = owner_at(k + 3);
    }
    if (of < 0) continue;
    // Who is the ally: the name right after ("Kremlin ally Ramzan Kadyrov"), or the
    // actor the description is set beside ("Assad - a longtime Moscow ally").
    size_t after = k + 1;
    if (owner_at(after) >= 0 && owner_at(after) != of) {
      who = owner_at(after);
    } else {
      size_t j = k;
      while (j > 0 && owner_at(j - 1) == of) --j;
      while (j > 0 && (t.tokens[j - 1].kind == TokenKind::kWord && owner_at(j - 1) < 0 &&
                       (is(j - 1, "a") || is(j - 1, "an") || is(j - 1, "longtime") || is(j - 1, "long-time") ||
                        is(j - 1, "close") || is(j - 1, "key") || is(j - 1, "staunch") || is(j - 1, "loyal") ||
                        is(j - 1, "old") || is(j - 1, "traditional") || is(j - 1, "main") ||
                        is(j - 1, "wholly-owned") || is(j - 1, "majority-owned") || is(j - 1, "founding")))) {
        --j;
      }
      if (j > 0 && t.tokens[j - 1].kind == TokenKind::kPunct) --j;  // the dash or comma
      if (j > 0 && owner_at(j - 1) >= 0 && owner_at(j - 1) != of) {
        who = owner_at(j - 1);
        evidence_start = entities[who].mentions.front().span.start;
        for (const Mention& m : entities[who].mentions) {
          if (m.span.end <= t.tokens[j].start) evidence_start = m.span.start;
        }
      }
    }
    if (who < 0) continue;
    out.push_back({entities[who].id, entities[of].id, std::string(predicate), "", {static_cast<uint32_t>(evidence_start), t.tokens[k].end}, ""});
  }
}

// "his wife Manju Sam", "Putin's daughter Maria Vorontsova", "his
// then-girlfriend Julie Couillard": a kin noun between its possessor and
// the person it names. "his" or "her" is the person named last before it.
void kin_relations(const TokenizedText& t, const std::vector<Entity>& entities, const TokenFeatures& features,
                   std::vector<Relation>& out) {
  const std::vector<uint64_t>& hashes = features.hashes();
  const std::vector<std::string_view>& folded = features.folded();
  static const auto kKinHashes = [] {
    FoldedHashBits<1024> bits;
    for (const std::string_view w : kKinNouns.words()) bits.add(folded_token_hash(w));
    return bits;
  }();
  const auto is = [&](size_t k, std::string_view lower) { return k < t.tokens.size() && equals_ignore_case(t.text(k), lower); };
  std::vector<int> owner;  // made at the first kin noun (most texts have none)
  const auto person_at = [&](size_t k) {
    const int e = k < owner.size() ? owner[k] : -1;
    return e >= 0 && entities[e].kind == EntityKind::kPerson ? e : -1;
  };
  const uint64_t* const hash = hashes.data();
  for (size_t k = 1; k + 1 < hashes.size(); ++k) {
    if (!kKinHashes.may_contain(hash[k]) && !t.tokens[k].has(kHyphenated)) continue;
    if (t.tokens[k].kind != TokenKind::kWord) continue;
    const std::string_view kin = kin_noun(t.text(k));
    if (kin.empty()) continue;
    if (owner.empty()) owner = index_tokens(t, {}, entities).entity;
    // The person named: right after, or after a comma ("his wife, Manju Sam").
    const size_t named_at = is(k + 1, ",") ? k + 2 : k + 1;
    const int named = person_at(named_at);
    if (named < 0) continue;
    // Whose: "X's", else "his"/"her"/"their" (words like "former", "late" between).
    const size_t whose = kin_possessor(folded, k);
    if (whose == SIZE_MAX) continue;
    int of = -1;
    size_t evidence_start = t.tokens[whose].start;
    if (folded[whose] == "'s") {
      of = whose >= 1 ? person_at(whose - 1) : -1;
      if (of >= 0) {
        for (const Mention& m : entities[of].mentions) {
          if (m.span.end <= t.tokens[whose].start) evidence_start = m.span.start;
        }
      }
    } else {
      for (size_t b = whose; b-- > 0 && b + 200 > whose + 1;) {
        if (const int e = person_at(b); e >= 0 && e != named) {
          of = e;
          break;
        }
      }
    }
    if (of < 0 || of == named) continue;
    const uint32_t end = t.tokens[named_at].end;
    out.push_back({entities[named].id, entities[of].id, std::string(kin) + " of", "",
                   {static_cast<uint32_t>(evidence_start), end}, ""});
  }
}

}  // namespace

std::vector<Relation> find_relations(const TokenizedText& text, const std::vector<Entity>& entities,
                                     const std::vector<Event>& events, const TokenFeatures* features) {
  std::vector<Relation> out;
  event_relations(events, out);
  if (features) {
    ally_relations(text, entities, features->hashes(), out);
    kin_relations(text, entities, *features, out);
  } else {
    const TokenFeatures own(text);
    ally_relations(text, entities, own.hashes(), out);
    kin_relations(text, entities, own, out);
  }
  return out;
}

}  // namespace eventgraph
