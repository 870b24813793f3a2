// The actors of the events read through the parse: an argument phrase's
// actor (a name, a pronoun or "the company" for the last actor of its kind),
// a run of proper nouns no lexicon knows made a new actor, and the roles a
// person's apposition gives ("X, chief executive of Y").
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/actors/actor_lexicon.h"
#include "extract/actors/parsed_actors.h"
#include "extract/events/event_finder.h"
#include "extract/events/event_words.h"
#include "extract/text/word_list.h"

namespace eventgraph {
namespace {

using namespace event_words;

// Whether `noun` is one of the words of `label`, of any case: "union" of
// "Letter Carriers Union of Canada".
bool holds_word(std::string_view label, std::string_view noun) {
  for (size_t at = 0; at <= label.size();) {
    const size_t space = std::min(label.find(' ', at), label.size());
    if (equals_ignore_case(label.substr(at, space - at), noun)) return true;
    at = space + 1;
  }
  return false;
}

}  // namespace

// The last actor mentioned before the pronoun or noun: a person for "he", a
// group for "it", an organization for "the company" (a country is no company;
// "the government" may be either).
int EventFinder::antecedent(std::string_view word, size_t before_token, bool topic) const {
  // A pronoun or "the company" opening a sentence (or `topic`: the subject
  // of "..., it said") continues the last sentence's topic, the first actor
  // of its kind there ("Chrysler said Electrospace will help its Gulfstream
  // unit. But it said ...": Chrysler, not Gulfstream); else the nearest
  // before it.
  // (The last sentence with an actor of the kind, three back at most; a
  // pronoun resolved there counts as its actor: "It said ... . Encor will
  // use the proceeds to retire debt incurred in the Aberford deal, it said.")
  const size_t s = t_.sentence_of(before_token);
  const bool opens_clause = before_token <= t_.sentences[s].first_token + 1;
  for (size_t back = 1; (opens_clause || topic) && back <= 3 && back <= s; ++back) {
    const Sentence& last = t_.sentences[s - back];
    for (size_t k = last.first_token; k < last.end_token; ++k) {
      const int e = entity_at(k) >= 0 ? entity_at(k) : k < resolved_pronoun_.size() ? resolved_pronoun_[k] : -1;
      if (e >= 0 && stands_for(word, e)) return e;
    }
  }
  for (size_t k = before_token; k-- > 0 && k + 400 > before_token;) {
    const int e = entity_at(k);
    if (e >= 0 && stands_for(word, e)) return e;
  }
  return -1;
}

int EventFinder::organization_named_by(std::string_view noun, size_t before_token) const {
  if (noun.size() < 3) return -1;
  for (size_t k = before_token; k-- > 0 && k + 400 > before_token;) {
    const int e = entity_at(k);
    if (e < 0 || kind_of(e) != EntityKind::kOrganization) continue;
    if (holds_word(entities_[e].label, noun)) return e;
  }
  return -1;
}

bool EventFinder::stands_for(std::string_view word, int e) const {
  const EntityKind kind = kind_of(e);
  if (kPersonPronouns.contains(word)) return kind == EntityKind::kPerson;
  const bool any_group = kGroupPronouns.contains(word) || kStateNouns.contains(word);
  return kind == EntityKind::kOrganization || (any_group && kind == EntityKind::kCountry);
}

int EventFinder::entity_of_phrase(const syntax::SentenceSyntax& parse, const std::vector<int>& names, bool actor,
                                  bool agent) const {
  // "the Italian company, Fiat, will appoint": a name set beside a common
  // noun is who it is, before the noun's modifiers ("Italian").
  if (actor && !names.empty() && parse.words[names.front()].upos == syntax::Upos::kNoun) {
    for (const int w : names) {
      if (parse.words[w].deprel != "appos" || parse.words[w].head != names.front()) continue;
      const int e = entity_at(token_at_offset(t_, parse.words[w].span.start));
      if (e >= 0 && is_actor(e)) return e;
    }
  }
  for (const int w : names) {
    const size_t k = token_at_offset(t_, parse.words[w].span.start);
    const int e = entity_at(k);
    if (e >= 0 && (!actor || is_actor(e))) {
      // "Apple Inc. co-founder Steve Jobs dies": in a run of names the
      // person named last is who acts, whatever word the parser made head.
      if (actor && kind_of(e) != EntityKind::kPerson) {
        for (const int x : names) {
          const syntax::SyntaxWord& word = parse.words[x];
          if (x <= w || (word.deprel != "flat" && word.deprel != "compound")) continue;
          const int later = entity_at(token_at_offset(t_, word.span.start));
          if (later >= 0 && kind_of(later) == EntityKind::kPerson) return later;
        }
      }
      return e;
    }
    // A pronoun stands for an actor as the phrase's head ("they met") or, for
    // who acts, its possessor ("its jets attacked"; in "repeated his pledge"
    // the pledge's owner is not what was repeated).
    const bool possessor = parse.words[w].deprel == "nmod:poss" &&
                           (agent || event_words::kOwnBodyNouns.contains(parse.words[names.front()].lemma));
    if ((w != names.front() && !possessor) || !actor) continue;
    // "His father Mohamed El-Hassan Mohamed said": a name in apposition is
    // who acts, not the possessor of the noun it names.
    if (possessor && std::any_of(names.begin(), names.end(), [&](int x) {
          if (parse.words[x].deprel != "appos") return false;
          const int named = entity_at(token_at_offset(t_, parse.words[x].span.start));
          return named >= 0 && is_actor(named);
        })) {
      continue;
    }
    const std::string_view f = k < folded_.size() ? folded_[k] : std::string_view();
    if (parse.words[w].upos == syntax::Upos::kPron) {
      // "it" and "them" stand for things as often as for groups: only a
      // subject or a possessor ("it said", "its purchase") is taken for the last group.
      const bool subject = parse.words[w].deprel.starts_with("nsubj") || parse.words[w].deprel == "nmod:poss";
      if (!kPersonPronouns.contains(f) && !(subject && kGroupPronouns.contains(f))) return -1;
      // "..., it said": who reports is the story's topic, as a pronoun
      // opening a sentence is (not the subject of what it reports).
      const int verb = parse.words[w].head;
      bool reporter = false;  // what it reports comes first
      if (verb >= 0 && parse.words[w].deprel == "nsubj" && EventLexicon::is_speech_verb(parse.words[verb].lemma)) {
        reporter = parse.words[verb].deprel == "parataxis";
        for (int c = 0; c < w && !reporter; ++c) {
          reporter = parse.words[c].head == verb && (parse.words[c].deprel == "ccomp" || parse.words[c].deprel == "parataxis");
        }
      }
      // Else the sentence's own subject before it first ("Russia, which began
      // its campaign on Sept. 30, has said most of its strikes..."), then the
      // last actor of the kind told before.
      for (int x = w; !reporter && x-- > 0;) {
        if (!parse.words[x].deprel.starts_with("nsubj")) continue;
        const int e = entity_at(token_at_offset(t_, parse.words[x].span.start));
        if (e >= 0 && stands_for(f, e)) return e;
      }
      const int e = antecedent(f, k, reporter);
      if (e >= 0) {
        if (resolved_pronoun_.size() != t_.tokens.size()) resolved_pronoun_.assign(t_.tokens.size(), -1);
        resolved_pronoun_[k] = e;
      }
      return e;
    }
    // "the company", "the postal union", "the subcommittee": a definite
    // noun stands for the last organization whose name holds it, else, for
    // a noun any group is, the last group.
    const bool definite = std::any_of(parse.words.begin(), parse.words.end(), [&](const syntax::SyntaxWord& x) {
      return x.head == w && x.deprel == "det" && (x.lemma == "the" || x.lemma == "this");
    });
    // (Not when a name of the phrase says whose it is: "the French aircraft
    // carrier" is France's, not the last airline's.)
    const bool named_in_phrase = std::any_of(names.begin(), names.end(), [&](int x) {
      return x != w && entity_at(token_at_offset(t_, parse.words[x].span.start)) >= 0;
    });
    if (parse.words[w].upos == syntax::Upos::kNoun && definite && !named_in_phrase) {
      if (const int named = organization_named_by(parse.words[w].lemma, k); named >= 0) return named;
      if (is_group_noun(parse.words[w].lemma)) return antecedent(parse.words[w].lemma, k);
    }
    // "The South retaliated": of a divided country the document names ("South
    // Korea", "North Korea"), "the North" and "the South" are its halves.
    if (parse.words[w].upos == syntax::Upos::kPropn && k > 0 && folded_[k - 1] == "the" &&
        (folded_[k] == "south" || folded_[k] == "north")) {
      const std::string half = std::string(t_.text(k)) + " ";
      for (size_t e = 0; e < entities_.size(); ++e) {
        if (entities_[e].kind == EntityKind::kCountry && entities_[e].label.starts_with(half)) return static_cast<int>(e);
      }
    }
  }
  return -1;
}

// Whether the word is the plural of a noun WordNet (the tagger's lexicon)
// knows: "gunmen" is "gunman", "rebels" "rebel". (A singular may well be a
// company's name: "Cisco", "Fiat" and "Bank" are WordNet nouns too.)
bool EventFinder::is_common_noun(std::string_view word) const {
  constexpr uint16_t kNounBits = 1 | 16;  // a noun; an irregular plural (data/syntax/wordnet_pos.tsv)
  const auto noun = [&](const std::string& w) { return (syntax_->tagger().lexicon_entry(w) & kNounBits) != 0; };
  const std::string w(word);
  const auto ends = [&](std::string_view tail) { return w.size() > tail.size() + 1 && w.ends_with(tail); };
  if (ends("men")) return noun(w.substr(0, w.size() - 3) + "man");
  if (ends("ies")) return noun(w.substr(0, w.size() - 3) + "y");
  if (ends("es") && noun(w.substr(0, w.size() - 2))) return true;
  return ends("s") && noun(w.substr(0, w.size() - 1));
}

// "Louis Gallois, the Airbus chief executive", "Mark Papermaster, chief
// executive of Zentrix", "The US commander in Iraq, General David Petraeus":
// a person in apposition to a title and an organization or country holds that
// title there. The person takes the title and affiliation where the actor
// stage gave none, and the relation "<title> of" is drawn.
void EventFinder::add_apposition_roles(const syntax::SentenceSyntax& parse) {
  const ActorLexicon& lexicon = ActorLexicon::get();
  const int n = static_cast<int>(parse.words.size());
  const auto token_of = [&](int w) { return token_at_offset(t_, parse.words[w].span.start); };
  std::vector<std::vector<int>> children;  // made when the first apposition is met (most sentences have none)
  std::vector<int> roled;  // the persons given a role here
  for (int a = 0; a < n; ++a) {
    const int h = parse.words[a].head;
    // (The parser reads some appositions as a clause or a conjunct: "X, the
    // Airbus chief executive, said", "X, chief executive of Y, resigned";
    // those count when a comma sets them off.)
    const std::string_view rel = parse.words[a].deprel;
    // ("Khoo is a major shareholder of the National Bank of Brunei": the
    // subject of a copula and the noun it is.)
    const bool copula = rel == "nsubj" && h >= 0 && parse.words[h].upos == syntax::Upos::kNoun &&
                        std::any_of(parse.words.begin(), parse.words.end(), [&](const syntax::SyntaxWord& x) {
                          return x.head == h && x.deprel == "cop";
                        });
    if ((rel != "appos" && rel != "parataxis" && rel != "conj" && !copula) || h < 0) continue;
    // Which side names the person, which describes them.
    int person = entity_at(token_of(h)), description = a;
    if (person < 0 || kind_of(person) != EntityKind::kPerson) person = entity_at(token_of(a)), description = h;
    if (person < 0 || kind_of(person) != EntityKind::kPerson) continue;
    // The description's words: its subtree, less the person's phrase
    // ("General David Petraeus" hangs on "commander") and punctuation.
    const int person_word = description == a ? h : a;
    if (children.empty()) {
      children.resize(n);
      for (int w = 0; w < n; ++w) {
        if (parse.words[w].head >= 0) children[parse.words[w].head].push_back(w);
      }
    }
    // (Twelve levels down at most: a description is a noun phrase.)
    int lo = description, hi = description;
    std::vector<std::pair<int, int>> stack{{description, 0}};  // word, depth below the description
    while (!stack.empty()) {
      const auto [w, depth] = stack.back();
      stack.pop_back();
      if (w == person_word) continue;
      if (entity_at(token_of(w)) != person && parse.words[w].upos != syntax::Upos::kPunct) {
        lo = std::min(lo, w), hi = std::max(hi, w);
      }
      if (depth < 12) {
        for (const int c : children[w]) stack.push_back({c, depth + 1});
      }
    }
    const size_t first = token_of(lo);
    // The comma sets off the later of the two: "X, the president of Y" or
    // "the president of Y, X".
    size_t person_first = token_of(person_word);
    while (person_first > 0 && entity_at(person_first - 1) == person) --person_first;
    const size_t later = person_word > description ? person_first : first;
    if (rel != "appos" && !copula && (later == 0 || t_.text(later - 1) != ",")) continue;
    if (add_role(parse, person, lo, hi, std::min(first, token_of(std::min(a, h))))) roled.push_back(person);
  }
  // "The secretary general of CEI (Italian Episcopal Conference), Nunzio
  // Galantino, said": a description an article opens with a title, then a
  // comma and the person, where the parse made no apposition of it.
  for (int w = 1; w + 1 < n; ++w) {
    const size_t k = token_of(w);
    const int person = entity_at(k);
    if (person < 0 || kind_of(person) != EntityKind::kPerson || k == 0 || entity_at(k - 1) == person ||
        t_.text(k - 1) != "," || std::find(roled.begin(), roled.end(), person) != roled.end()) {
      continue;
    }
    // Back to the article, over at most eleven words of one phrase.
    for (int d = w - 2; d >= 0 && d >= w - 12; --d) {
      const std::string_view f = parse.words[d].form;
      if (parse.words[d].upos == syntax::Upos::kPunct && f != "(" && f != ")") break;
      if (parse.words[d].upos == syntax::Upos::kVerb || parse.words[d].upos == syntax::Upos::kAux) break;
      // (The title may come a few words after the article: "the company's chairman".)
      bool titled = false;
      for (int t = d + 1; t <= d + 3 && t < w - 1 && !titled; ++t) titled = lexicon.may_start_title(tokens_.hash[token_of(t)]);
      if (parse.words[d].upos != syntax::Upos::kDet || !titled) continue;
      if (add_role(parse, person, d + 1, w - 2, token_of(d))) roled.push_back(person);
      break;
    }
  }
}

// The role that the description in words [lo, hi] gives `person`: its title
// and the organization or country it names; whether one was drawn.
bool EventFinder::add_role(const syntax::SentenceSyntax& parse, int person, int lo, int hi, size_t evidence_first) {
  const ActorLexicon& lexicon = ActorLexicon::get();
  const auto token_of = [&](int w) { return token_at_offset(t_, parse.words[w].span.start); };
  const size_t first = token_of(lo), end = token_of(hi) + 1;
  std::string_view title;
  size_t title_first = 0, title_end = 0;
  int group = -1;
  // "Putin, Defense Minister Sergei Shoigu and ...": a list, and a title
  // before a name is that name's.
  bool other_person = end < t_.tokens.size() && entity_at(end) >= 0 && entity_at(end) != person &&
                      kind_of(entity_at(end)) == EntityKind::kPerson;
  for (size_t k = first; k < end && k < t_.tokens.size(); ++k) {
    if (entity_at(k) >= 0 && entity_at(k) != person && kind_of(entity_at(k)) == EntityKind::kPerson) other_person = true;
    // (A lower-case title word before another title is an adjective: "a
    // major shareholder", "a general counsel"; the later title is the role.)
    const bool adjective_before = !title.empty() && k == title_end && !(t_.tokens[title_first].flags & kCapitalized);
    if ((title.empty() || adjective_before) && lexicon.may_start_title(tokens_.hash[k])) {
      const auto [form, length] = lexicon.match_title(tokens_, k, end);
      if (length > 0) title = form, title_first = k, title_end = k + length;
    }
    const int x = entity_at(k);
    // A place is what the title governs only after "of": "the president of
    // the Lombardy region", not "a spokesman in Washington".
    const bool of_place = x >= 0 && kind_of(x) == EntityKind::kLocation && k > first &&
                          (folded_[k - 1] == "of" || (k > first + 1 && folded_[k - 1] == "the" && folded_[k - 2] == "of"));
    // An organization first, a country or place else: "head of Thailand's
    // Board of Investment" heads the board.
    if (x >= 0 && x != person && kind_of(x) == EntityKind::kOrganization &&
        (group < 0 || kind_of(group) != EntityKind::kOrganization)) {
      group = x;
    } else if (group < 0 && x >= 0 && x != person && (kind_of(x) == EntityKind::kCountry || of_place)) {
      group = x;
    }
  }
  if (other_person) return false;
  // "chief executive of Zentrix": a name no lexicon knows may be the organization.
  for (int w = lo; w <= hi && group < 0 && !title.empty(); ++w) {
    const size_t k = token_of(w);
    if (k >= title_first && k < title_end) continue;  // "Defense" of "Defense Minister" is the title's
    if (parse.words[w].upos == syntax::Upos::kPropn && entity_at(k) < 0) group = new_actor(parse, w);
    if (group >= 0 && kind_of(group) == EntityKind::kLocation) group = -1;
  }
  // "the company's chairman, Khoo Teck Puat", "its chief executive": the
  // organization told of before.
  for (size_t k = first; k < end && group < 0 && !title.empty(); ++k) {
    const bool possessive = k + 1 < end && (t_.text(k + 1) == "'s" || t_.text(k + 1) == "\xE2\x80\x99s");
    if ((possessive && kCompanyNouns.contains(folded_[k]) && k > 0 && folded_[k - 1] == "the") ||
        folded_[k] == "its") {
      group = antecedent(folded_[k] == "its" ? std::string_view("it") : folded_[k], k);
    }
  }
  if (title.empty() || group < 0) return false;
  Entity& who = entities_[person];
  if (who.title.empty()) who.title = std::string(title);
  if (who.affiliation.empty()) who.affiliation = entities_[group].id;
  const Span evidence{t_.tokens[evidence_first].start, t_.tokens[end - 1].end};
  roles_.push_back({who.id, entities_[group].id, fold_name(title) + " of", "", evidence, ""});
  return true;
}

void EventFinder::add_link_relations(const syntax::SentenceSyntax& parse, const std::vector<Predicate>& links) {
  for (const Predicate& p : links) {
    // Asserted acts only: not "wants to buy", "did not pass", "could run".
    if (p.background || (p.modality != Modality::kAsserted && p.modality != Modality::kFuture)) continue;
    int agent = -1, patient = -1;
    for (const PredicateArgument& a : p.arguments) {
      const bool is_agent = a.role == std::string_view("agent");
      const int e = entity_of_phrase(parse, a.names, true, is_agent);
      // The phrase must name the actor itself: "completed its purchase of
      // Rexnord" relates no one to Rexnord by "completed".
      if (e < 0 || entity_at(token_at_offset(t_, parse.words[a.word].span.start)) != e) continue;
      if (is_agent && agent < 0) agent = e;
      if (!is_agent && patient < 0) patient = e;
    }
    if (agent < 0 || patient < 0 || agent == patient) continue;
    const syntax::SyntaxWord& verb = parse.words[p.word];
    // The predicate as the text tells it happened ("passed"), else its lemma ("run").
    std::string predicate = verb.xpos == "VBD" || verb.xpos == "VBN" ? fold_name(verb.form) : std::string(verb.lemma);
    std::string date;
    for (const int w : p.own_words) {
      if (const Timex* x = dating_timex_at(token_at_offset(t_, parse.words[w].span.start))) {
        date = date_part(x->value);
        break;
      }
    }
    int lo = p.word, hi = p.word;
    for (const PredicateArgument& a : p.arguments) lo = std::min(lo, a.word), hi = std::max(hi, a.word);
    const Span evidence{parse.words[lo].span.start, parse.words[hi].span.end};
    roles_.push_back({entities_[agent].id, entities_[patient].id, std::move(predicate), std::move(date), evidence, ""});
  }
}

bool EventFinder::person_pronoun_near(size_t token) const {
  const size_t s = t_.sentence_of(token);
  return has_person_pronoun(folded_, t_.sentences[s].first_token,
                            t_.sentences[std::min(s + 1, t_.sentences.size() - 1)].end_token);
}

int EventFinder::new_actor(const syntax::SentenceSyntax& parse, int head) {
  if (title_case_) return -1;
  std::optional<NameRun> run = proper_noun_run(parse, head, t_, features_, index_.entity, index_.timex);
  if (!run || in_dateline_[run->first_token]) return -1;
  // "Romelu Lukaku scored": two or three words no dictionary knows (WordNet,
  // through the tagger's lexicon) and no organization word make a person's
  // name; a company's name holds words ("Best Buy", "Penske Automotive").
  const size_t length = run->end_token - run->first_token;
  if (run->kind == EntityKind::kOrganization && length >= 2 && length <= 3) {
    const ActorLexicon& actors = ActorLexicon::get();
    bool unknown_words = true;
    for (size_t k = run->first_token; k < run->end_token && unknown_words; ++k) {
      const std::string_view w = t_.text(k);
      unknown_words = t_.tokens[k].kind == TokenKind::kWord && t_.tokens[k].has(kCapitalized) &&
                      !t_.tokens[k].has(kAllCaps) && syntax_->tagger().lexicon_entry(folded_[k]) == 0 &&
                      !actors.is_common_word(folded_[k]) && !actors.is_org_tail(w) && !actors.is_org_lead(w);
    }
    if (unknown_words && person_pronoun_near(run->first_token)) run->kind = EntityKind::kPerson;
  }
  // "Gunmen attacked": a plural common noun capitalized to open a sentence is no name.
  const size_t first = run->first_token;
  const bool opens_sentence = first == 0 || t_.sentence_of(first) != t_.sentence_of(first - 1);
  if (opens_sentence && run->end_token == first + 1 && is_common_noun(folded_[first])) return -1;
  Entity found = entity_of(*run, t_);
  // Named before in this document: one more mention of that actor.
  int e = entity_index(found.id);
  if (e < 0) {
    e = static_cast<int>(entities_.size());
    entities_.push_back(std::move(found));
  } else {
    entities_[e].mentions.push_back(found.mentions.front());
  }
  for (size_t k = run->first_token; k < run->end_token; ++k) index_.entity[k] = e;
  return e;
}

}  // namespace eventgraph
