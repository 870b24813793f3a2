// The event stage's reading through the dependency parse: predicates the
// lexicon phrases did not find, their actors mapped from argument phrases,
// pronouns resolved to the last actor of their kind, and definite event
// nouns kept as mentions of an event told before.
#include <algorithm>

#include "extract/actors/actor_lexicon.h"
#include "extract/actors/parsed_actors.h"
#include "extract/events/event_finder.h"
#include "extract/events/parsed_predicates.h"
#include "extract/syntax/ud_words.h"
#include "extract/text/word_list.h"

namespace eventgraph {
namespace {

constexpr auto kPersonPronouns = make_word_list({"he", "she", "him", "her", "his"});
constexpr auto kGroupPronouns = make_word_list({"it", "they", "them", "its", "their", "we"});
constexpr auto kSingularPersonPronouns = make_word_list({"he", "she", "his", "her", "him", "himself", "herself"});
constexpr auto kDefiniteDeterminers = make_word_list({"the", "this", "that", "these", "those"});
// "The company said": a definite noun of this kind names the last
// organization told of; of the second kind, the last organization or country.
constexpr auto kStateNouns = make_word_list({"government", "administration", "ministry", "country", "nation"});
constexpr auto kCompanyNouns =
    make_word_list({"company", "firm", "group", "automaker", "carmaker", "maker", "manufacturer", "airline",
                    "carrier", "bank", "corporation", "retailer", "giant", "insurer", "lender", "producer",
                    "conglomerate", "agency", "organization", "organisation", "party", "union", "club", "team",
                    "network", "studio", "publisher", "startup"});
bool is_group_noun(std::string_view w) { return kCompanyNouns.contains(w) || kStateNouns.contains(w); }
// Types whose event needs no actor when it has a place ("a blast in Ankara").
constexpr auto kPlaceEnough = make_word_list({"attack", "bombing", "explosion", "crash", "disaster", "shooting",
                                               "killing", "massacre", "assault", "protest", "death", "election",
                                               "outbreak", "evacuation", "coup"});

}  // namespace

// A speech verb is a statement of its own (CAMEO 01) when an actor says it
// in a main clause: "Ford said it cut 3,000 jobs" is a statement by Ford and
// a layoff whose source is Ford. Not when a news agency reports or is told
// ("Interfax reported", "told the Associated Press"), when the saying only frames a clause ("..., he was cited as
// saying"), nor when it takes up a statement told before ("his statement was
// echoed by Hollande").
bool EventFinder::statement_is_news(const Predicate& p, const syntax::SentenceSyntax& parse, const Event& e) const {
  const std::string_view rel = parse.words[p.word].deprel;
  const int head = parse.words[p.word].head;
  const bool main_clause = rel == "root" || rel == "parataxis" ||
                           (rel == "conj" && head >= 0 && parse.words[head].deprel == "root");
  if (p.object < 0 && !main_clause) return false;
  // (Nor when it is said to a news agency: "an official told the
  // Associated Press that ...".)
  for (const Participant& q : e.participants) {
    const int k = entity_index(q.entity);
    if (k >= 0 && entities_[k].org_type == "media") return false;
  }
  for (const PredicateArgument& a : p.arguments) {
    if (a.role == std::string_view("agent")) continue;
    const syntax::SyntaxWord& w = parse.words[a.word];
    const EventWord* noun = w.upos == syntax::Upos::kNoun ? EventLexicon::get().noun(w.lemma) : nullptr;
    if (noun && noun->type == "statement") return false;
  }
  return true;
}

bool EventFinder::worth_parsing(const Sentence& s) const {
  // A sentence is parsed when it may hold an event word (most do not: the
  // parse is the costliest step of extraction) and an actor, a pronoun that
  // stands for one, or a definite noun that names an event or a group told
  // before ("the crash", "the company").
  const EventLexicon& lexicon = EventLexicon::get();
  const ActorLexicon& actors = ActorLexicon::get();
  const uint64_t* const hash = tokens_.hash.data();
  bool event_word = false;
  bool actor = false;
  for (size_t k = s.first_token; k < s.end_token && !(event_word && actor); ++k) {
    const std::string_view f = folded_[k];
    if (!event_word && lexicon.may_name_event(f, hash[k])) event_word = true;
    // (A capitalized word may be a name no lexicon knows: inside the
    // sentence, or opening it when it is no common word, as "Scotland".)
    const bool inner_name = t_.tokens[k].has(kCapitalized) && t_.tokens[k].kind == TokenKind::kWord &&
                            (k > s.first_token || !actors.is_common_word(f, hash[k]));
    if (!actor && (entity_at(k) >= 0 || inner_name || kPersonPronouns.contains(f) || kGroupPronouns.contains(f) ||
                   (k + 1 < s.end_token && kDefiniteDeterminers.contains(f) &&
                    (lexicon.noun(folded_[k + 1]) || is_group_noun(folded_[k + 1]))))) {
      actor = true;
    }
  }
  return event_word && actor;
}

// The last actor mentioned before the pronoun or noun: a person for "he", a
// group for "it", an organization for "the company" (a country is no company;
// "the government" may be either).
int EventFinder::antecedent(std::string_view word, size_t before_token) const {
  for (size_t k = before_token; k-- > 0 && k + 400 > before_token;) {
    const int e = entity_at(k);
    if (e >= 0 && stands_for(word, e)) return e;
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
    const bool possessor = agent && parse.words[w].deprel == "nmod:poss";
    if ((w != names.front() && !possessor) || !actor) continue;
    const std::string_view f = k < folded_.size() ? folded_[k] : std::string_view();
    if (parse.words[w].upos == syntax::Upos::kPron) {
      // "it" and "them" stand for things as often as for groups: only a
      // subject or a possessor ("it said", "its purchase") is taken for the last group.
      const bool subject = parse.words[w].deprel.starts_with("nsubj") || parse.words[w].deprel == "nmod:poss";
      if (!kPersonPronouns.contains(f) && !(subject && kGroupPronouns.contains(f))) return -1;
      // The sentence's own subject before it first ("Russia, which began its
      // campaign on Sept. 30, has said most of its strikes..."), then the
      // last actor of the kind told before.
      for (int x = w; x-- > 0;) {
        if (!parse.words[x].deprel.starts_with("nsubj")) continue;
        const int e = entity_at(token_at_offset(t_, parse.words[x].span.start));
        if (e >= 0 && stands_for(f, e)) return e;
      }
      return antecedent(f, k);
    }
    if (parse.words[w].upos == syntax::Upos::kNoun && is_group_noun(parse.words[w].lemma) && k > 0 &&
        (folded_[k - 1] == "the" || folded_[k - 1] == "this")) {
      return antecedent(parse.words[w].lemma, k);
    }
  }
  return -1;
}

std::vector<size_t> EventFinder::other_clause_dates(const Sentence& s, const syntax::SentenceSyntax& parse,
                                                    int trigger) const {
  // "Russia, which began its air campaign on Sept. 30, has been accused": the
  // date is when the campaign began, told as the backstory of a noun, not
  // when Russia was accused. A relative clause dates its own verb only: one
  // the parse labels so (acl:relcl), or one whose subject is a relative
  // pronoun ("which", "who"; the parser often hangs such a clause on the main
  // verb as advcl); and a participle on another event noun ("accused Moscow
  // of breaking a truce agreed in February"). Other clauses keep their
  // dates: "after meeting on Monday, he ordered" is most often the same day,
  // and in "accused Turkey of lying on Friday" (a participle the parse makes
  // an acl of Turkey) Friday is when the accusation was made.
  const EventLexicon& lexicon = EventLexicon::get();
  std::vector<int> relative_subject_of(parse.words.size(), 0);
  for (const syntax::SyntaxWord& x : parse.words) {
    if (x.head >= 0 && x.deprel.starts_with("nsubj") && (x.xpos == "WDT" || x.xpos == "WP")) {
      relative_subject_of[x.head] = 1;
    }
  }
  std::vector<size_t> excluded;
  const auto is_ancestor_or_self = [&](int a, int w) {
    for (size_t steps = 0; w >= 0 && steps <= parse.words.size(); w = parse.words[w].head, ++steps) {
      if (w == a) return true;
    }
    return false;
  };
  for (size_t w = 0; w < parse.words.size(); ++w) {
    const size_t k = token_at_offset(t_, parse.words[w].span.start);
    if (!timex_starts_at(k)) continue;
    int c = static_cast<int>(w);
    for (size_t steps = 0; c >= 0 && steps <= parse.words.size(); c = parse.words[c].head, ++steps) {
      const std::string_view rel = parse.words[c].deprel;
      if (rel == "acl:relcl" || relative_subject_of[c]) break;
      if (rel == "acl" && parse.words[c].head >= 0) {  // "a truce agreed in February": the truce's date
        const size_t noun = token_at_offset(t_, parse.words[parse.words[c].head].span.start);
        if (noun < folded_.size() && lexicon.may_name_event(folded_[noun], tokens_.hash[noun])) break;
      }
    }
    // A clause on the trigger itself tells of its event: "a peace deal
    // reached in February" is dated by its clause.
    if (c >= 0 && parse.words[c].head != trigger && !is_ancestor_or_self(c, trigger)) excluded.push_back(k);
  }
  // The same read from the words, for when the parse goes astray on them:
  // ", which ... ," or ", who ... ," (to the sentence's end when no comma
  // closes it) is a relative clause, and its dates are its own, unless it
  // follows the trigger ("the deal, which was signed in February,").
  const size_t at = token_at_offset(t_, parse.words[trigger].span.start);
  for (size_t k = s.first_token + 1; k < s.end_token; ++k) {
    if (!(is(k, "which") || is(k, "who")) || w(k - 1) != ",") continue;
    size_t close = k + 1;
    while (close < s.end_token && w(close) != ",") ++close;
    if ((at < k || at >= close) && at + 2 != k) {
      for (size_t j = k; j < close; ++j) {
        if (timex_starts_at(j)) excluded.push_back(j);
      }
    }
    k = close;
  }
  return excluded;
}

void EventFinder::add_parsed_events(const Sentence& s, const std::vector<uint8_t>& quoted, std::vector<Event>& events) {
  syntax::SentenceSyntax parse;
  parse.span = s.span;
  parse.words = syntax::ud_words(t_, s);
  if (parse.words.empty()) return;
  // The actor stage knows which words are names; the tagger is told.
  std::vector<uint8_t> hints(parse.words.size());
  for (size_t w = 0; w < parse.words.size(); ++w) {
    if (entity_at(token_at_offset(t_, parse.words[w].span.start)) >= 0) hints[w] = syntax::SyntaxModel::kName;
  }
  syntax_->analyze(parse.words, hints);
  // In a title-case headline ("Putin, Hollande Agree to Coordinate Strikes")
  // a capital says nothing of a name (new_actor() asks). Title case: every
  // word of four letters or more capitalized.
  size_t long_words = 0, lower_case = 0;
  for (const syntax::SyntaxWord& x : parse.words) {
    if (x.form.size() < 4) continue;
    ++long_words;
    lower_case += x.form[0] >= 'a' && x.form[0] <= 'z';
  }
  title_case_ = long_words >= 3 && lower_case == 0;
  // A headline has no verb to the tagger ("Bank of America reports losses"):
  // the first event word after a name is its verb, read again as one.
  if (parse.words.size() <= 20 &&
      std::none_of(parse.words.begin(), parse.words.end(), [](const syntax::SyntaxWord& x) {
        return x.upos == syntax::Upos::kVerb || x.upos == syntax::Upos::kAux;
      })) {
    const EventLexicon& lexicon = EventLexicon::get();
    for (size_t w = 1; w < parse.words.size(); ++w) {
      const size_t k = token_at_offset(t_, parse.words[w].span.start);
      if (hints[w - 1] != syntax::SyntaxModel::kName || hints[w] != 0 || k >= folded_.size()) continue;
      if (!lexicon.may_name_event(folded_[k], tokens_.hash[k]) && !EventLexicon::is_speech_verb(parse.words[w].lemma)) {
        continue;
      }
      hints[w] = syntax::SyntaxModel::kFiniteVerb;
      syntax_->analyze(parse.words, hints);
      break;
    }
  }
  // The event of this sentence whose trigger overlaps `span` (the lexicon
  // phrases come first), or null.
  const auto taken_by = [&](Span span) -> Event* {
    for (auto e = events.rbegin(); e != events.rend() && e->sentence.start == s.span.start; ++e) {
      if (e->trigger.span.start < span.end && span.start < e->trigger.span.end) return &*e;
    }
    return nullptr;
  };
  const auto taken = [&](Span span) { return taken_by(span) != nullptr; };
  // The latest event of the type of `mention` in the document before
  // `self` (or before the end) whose actors agree with its own, or null:
  // "The Air Canada deal" is Air Canada's deal, not Air India's told since.
  const auto told_before = [&](const Event& mention, const Event* self) -> Event* {
    const auto end = self ? events.begin() + (self - events.data()) : events.end();
    for (auto k = end; k != events.begin();) {
      --k;
      if (k->type == mention.type &&
          (mention.participants.empty() || k->participants.empty() || shares_actors(mention, *k))) {
        return &*k;
      }
    }
    return nullptr;
  };
  // "Hackers are attacking the site ... The attack was launched on
  // Wednesday": a time expression on the verb a mention is the subject or
  // object of dates the event it names again, when that one has no time
  // expression of its own.
  const auto adopt_date = [&](Event& told, const Predicate& mention) {
    const int verb = parse.words[mention.word].head;
    const std::string_view rel = parse.words[mention.word].deprel;
    if (told.date_source == "timex" || verb < 0 || parse.words[verb].upos != syntax::Upos::kVerb ||
        !(rel.starts_with("nsubj") || rel == "obj")) {
      return;
    }
    for (size_t w = 0; w < parse.words.size(); ++w) {
      if (parse.words[w].head != verb || !(parse.words[w].deprel.starts_with("obl") || parse.words[w].deprel == "advmod")) {
        continue;
      }
      if (const Timex* x = dating_timex_at(token_at_offset(t_, parse.words[w].span.start))) {
        told.date = date_part(x->value);
        told.date_source = "timex";
        return;
      }
    }
  };
  // The token after the tokens of `span`, which starts at token `first`.
  const auto end_of = [&](size_t first, Span span) {
    size_t end = first + 1;
    while (end < s.end_token && t_.tokens[end].start < span.end) ++end;
    return end;
  };
  add_apposition_roles(parse);
  for (const Predicate& p : read_predicates(parse, EventLexicon::get())) {
    const syntax::SyntaxWord& word = parse.words[p.word];
    const size_t i = token_at_offset(t_, word.span.start);
    if (i >= t_.tokens.size() || quoted[i] || entity_at(i) >= 0) continue;
    Span span = word.span;
    if (p.particle >= 0) span.end = std::max(span.end, parse.words[p.particle].span.end);
    // "The crash", "the deal": an event told before, named again. With no
    // time of its own, even with actors or a place ("The crash near El Arish
    // killed 224": the place is more exact, not another), it is the latest
    // event of its type before it; "the crash in 2009" is another. Not the
    // object of a verb: "Turkey welcomed the deal" is Turkey's act.
    const bool anaphoric =
        p.noun && std::any_of(p.own_words.begin(), p.own_words.end(), [&](int c) {
          return parse.words[c].head == p.word && parse.words[c].deprel == "det" &&
                 kDefiniteDeterminers.contains(folded_[token_at_offset(t_, parse.words[c].span.start)]);
        }) && std::none_of(p.own_words.begin(), p.own_words.end(), [&](int c) {
          const size_t k = token_at_offset(t_, parse.words[c].span.start);
          return k < index_.timex.size() && index_.timex[k] >= 0;
        });
    if (Event* known = taken_by(span)) {
      // "arrived in Paris to meet Hollande": the token lexicon's "meet" is a purpose.
      if (known->trigger.span.start == span.start && !p.noun && !kPlaceEnough.contains(known->type) &&
          names_no_event(p, parse)) {
        events.erase(events.begin() + (known - events.data()));
        continue;
      }
      add_parse_to(*known, p, parse);
      if (anaphoric && p.light_verb < 0 && known->trigger.span.start == span.start) {
        if (Event* told = told_before(*known, known)) {
          known->mentions.insert(known->mentions.begin(), known->trigger);
          adopt_date(*told, p);
          fold_into(*told, *known);
          events.erase(events.begin() + (known - events.data()));
          continue;
        }
      }
      // Dated from a time expression of its sentence: not from a relative
      // clause of another verb (dating again changes only such a date).
      if (known->date_source == "sentence" || known->date_source == "timex") {
        const std::vector<size_t> excluded = other_clause_dates(s, parse, p.word);
        if (!excluded.empty()) {
          const size_t first = token_at_offset(t_, known->trigger.span.start);
          known->date.clear();
          known->date_source.clear();
          add_date(*known, s, first, end_of(first, known->trigger.span), excluded);
        }
      }
      continue;
    }
    // "brought down the aircraft, killing 224 people": the killing is the
    // downing told again, a mention of it, not an event of its own.
    // (And "killing 107 and wounding 238": a participle joined to one.)
    const bool joined_participle =
        word.deprel == "conj" && word.head >= 0 && parse.words[word.head].xpos == "VBG" &&
        (parse.words[word.head].deprel == "advcl" || parse.words[word.head].deprel == "xcomp");
    if (word.xpos == "VBG" && (word.deprel == "advcl" || word.deprel == "xcomp" || joined_participle) &&
        kPlaceEnough.contains(p.info->type)) {
      Event* cause = nullptr;  // the nearest violent event before it in the sentence
      for (auto k = events.rbegin(); k != events.rend() && k->sentence.start == s.span.start; ++k) {
        if (kPlaceEnough.contains(k->type) && k->trigger.span.end <= span.start &&
            (!cause || k->trigger.span.start > cause->trigger.span.start)) {
          cause = &*k;
        }
      }
      if (cause) {
        cause->mentions.push_back({span, std::string(t_.source.substr(span.start, span.end - span.start))});
        continue;
      }
    }
    // "lift sanctions", "held talks": the verb of an event noun found already.
    if (p.object >= 0 && taken(parse.words[p.object].span)) continue;
    Event e;
    e.type = p.info->type;
    e.cameo = p.info->cameo;
    e.predicate = p.info->predicate;
    e.trigger = {span, std::string(t_.source.substr(span.start, span.end - span.start))};
    e.sentence = s.span;
    e.modality = p.modality;
    // "posted a loss": the verb is a mention of the loss too.
    if (p.light_verb >= 0) {
      const Span v = parse.words[p.light_verb].span;
      e.mentions.push_back({v, std::string(t_.source.substr(v.start, v.end - v.start))});
    }
    add_parse_to(e, p, parse);
    if (p.speech && !p.noun && !statement_is_news(p, parse, e)) continue;
    if (names_no_event(p, parse)) continue;
    // Who reports it does not make it an event: someone must take part.
    const bool has_actor = std::any_of(e.participants.begin(), e.participants.end(),
                                       [](const Participant& q) { return q.role != std::string_view("source"); });
    const size_t end = end_of(i, span);
    if (anaphoric && p.light_verb < 0) {
      if (Event* told = told_before(e, nullptr)) {
        e.mentions.insert(e.mentions.begin(), e.trigger);
        adopt_date(*told, p);
        fold_into(*told, e);
        continue;
      }
    }
    if (!has_actor && e.location.empty() && kPlaceEnough.contains(e.type)) add_location(e, s, i, end);
    if (!has_actor) {
      if (anaphoric) anaphora_.push_back({e.type, e.trigger});
      if (!kPlaceEnough.contains(e.type)) continue;
      // "76 people were killed when the hotel collapsed": no actor, no place, a toll.
      if (e.location.empty()) {
        add_casualties_and_source(e, s);
        if (e.killed <= 0 && e.injured <= 0) continue;
      }
    }
    // Dated by a time expression in its own phrase, else as the window reading dates.
    for (const int w : p.own_words) {
      if (const Timex* x = dating_timex_at(token_at_offset(t_, parse.words[w].span.start))) {
        e.date = date_part(x->value);
        e.date_source = "timex";
        break;
      }
    }
    // A statement is dated and placed by its own words: the time and place
    // of what it reports are not its own ("the FSB said a bomb brought the
    // plane down over Egypt on Oct. 31").
    // Said without a time of its own, it was said for this report: the
    // publication date (not the story's current date, which is what it tells of).
    if (p.speech && e.date.empty() && dct_) {
      e.date = format_iso(*dct_);
      e.date_source = "dct";
    }
    if (e.date.empty()) add_date(e, s, i, end, other_clause_dates(s, parse, p.word));
    if (e.location.empty() && !p.speech) add_location(e, s, i, end);
    add_casualties_and_source(e, s);
    if (!kPlaceEnough.contains(e.type)) e.killed = e.injured = -1;
    e.label = label_of(e);
    events.push_back(std::move(e));
  }
  // "Ford announced 3,000 job cuts": the announcing verb is a mention of the
  // layoff it tells (its light verb), not a statement beside it.
  // (This sentence's events only: a walk over the document's for each
  // sentence made extraction 5% slower.)
  size_t first = events.size();
  while (first > 0 && events[first - 1].sentence.start == s.span.start) --first;
  std::vector<uint32_t> mentioned;  // where this sentence's events' other mentions start
  for (size_t k = first; k < events.size(); ++k) {
    for (const Mention& m : events[k].mentions) mentioned.push_back(m.span.start);
  }
  if (mentioned.empty()) return;
  events.erase(std::remove_if(events.begin() + static_cast<std::ptrdiff_t>(first), events.end(),
                              [&](const Event& x) {
                                return x.type == "statement" && x.mentions.empty() &&
                                       std::find(mentioned.begin(), mentioned.end(), x.trigger.span.start) !=
                                           mentioned.end();
                              }),
               events.end());
}

const Timex* EventFinder::dating_timex_at(size_t k) const {
  const int x = k < index_.timex.size() ? index_.timex[k] : -1;
  if (x < 0 || !is_date_value(timexes_[x]) || is_dateline(t_, k, k)) return nullptr;
  size_t first = k;
  while (first > 0 && index_.timex[first - 1] == x) --first;
  return compares_time(first) ? nullptr : &timexes_[x];
}

// A background predicate (a purpose, a participle on a noun, "tried to")
// names no event, except an adverbial participle that acts on an actor of
// its own ("held talks, offering military support to Lebanon").
bool EventFinder::names_no_event(const Predicate& p, const syntax::SentenceSyntax& parse) const {
  // "a storm caused a crane to fall, killing 107": violence and disaster
  // as a result are news ("to fight terrorism", a purpose, is not).
  if (!p.background || (p.circumstance && p.info && kPlaceEnough.contains(p.info->type))) return false;
  if (!p.circumstance) return true;
  return std::none_of(p.own_words.begin(), p.own_words.end(), [&](int w) {
    return entity_at(token_at_offset(t_, parse.words[w].span.start)) >= 0;
  });
}

// The actors the parse gives a predicate, added to its event where missing,
// its place when the event has none, and the speaker who reports it as its source ("The US claimed that ISIL
// attacked Iraq": the US takes part as the source).
void EventFinder::add_parse_to(Event& e, const Predicate& p, const syntax::SentenceSyntax& parse) {
  const auto add = [&](const std::string& id, const char* role) {
    if (std::none_of(e.participants.begin(), e.participants.end(), [&](const Participant& q) { return q.entity == id; })) {
      e.participants.push_back({id, role});
    }
  };
  for (const PredicateArgument& a : p.arguments) {
    int ent = entity_of_phrase(parse, a.names, true, a.role == std::string_view("agent"));
    if (ent < 0) {
      // "attacked Raqqa": a place the action lands on is where it happened.
      const int place = entity_of_phrase(parse, a.names, false);
      ent = place >= 0 ? place : new_actor(parse, a.word);
    }
    if (ent < 0) continue;
    // A new name that is a place ("attacked Suvarnabhumi Airport") is where it happened.
    if (kind_of(ent) == EntityKind::kLocation) {
      if (e.location.empty()) e.location = entities_[ent].id;
      continue;
    }
    add(entities_[ent].id, a.role);
  }
  // The place the parse attaches to the predicate beats one the token
  // window found nearby ("the US commander in Iraq ... held talks during a
  // visit to Beirut": the talks were in Beirut).
  for (const PredicateArgument& a : p.places) {
    const int ent = entity_of_phrase(parse, a.names, false);
    if (ent >= 0 && (kind_of(ent) == EntityKind::kLocation || kind_of(ent) == EntityKind::kCountry)) {
      e.location = entities_[ent].id;
      break;
    }
  }
  if (p.speaker >= 0) {
    const int speaker = entity_of_phrase(parse, {p.speaker}, true);
    if (speaker >= 0) {
      e.reporter = entities_[speaker].id;
      add(e.reporter, "source");
    }
  }
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
  for (int a = 0; a < n; ++a) {
    const int h = parse.words[a].head;
    // (The parser reads some appositions as a clause or a conjunct: "X, the
    // Airbus chief executive, said", "X, chief executive of Y, resigned";
    // those count when a comma sets them off.)
    const std::string_view rel = parse.words[a].deprel;
    if ((rel != "appos" && rel != "parataxis" && rel != "conj") || h < 0) continue;
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
    const size_t first = token_of(lo), end = token_of(hi) + 1;
    if (rel != "appos" && (first == 0 || t_.text(first - 1) != ",")) continue;
    std::string_view title;
    size_t title_first = 0, title_end = 0;
    int group = -1;
    // "Putin, Defense Minister Sergei Shoigu and ...": a list, and a title
    // before a name is that name's.
    bool other_person = end < t_.tokens.size() && entity_at(end) >= 0 && entity_at(end) != person &&
                        kind_of(entity_at(end)) == EntityKind::kPerson;
    for (size_t k = first; k < end && k < t_.tokens.size(); ++k) {
      if (entity_at(k) >= 0 && entity_at(k) != person && kind_of(entity_at(k)) == EntityKind::kPerson) other_person = true;
      if (title.empty() && lexicon.may_start_title(tokens_.hash[k])) {
        const auto [form, length] = lexicon.match_title(tokens_, k, end);
        title = form, title_first = k, title_end = k + length;
      }
      const int x = entity_at(k);
      if (group < 0 && x >= 0 && x != person &&
          (kind_of(x) == EntityKind::kOrganization || kind_of(x) == EntityKind::kCountry)) {
        group = x;
      }
    }
    if (other_person) continue;
    // "chief executive of Zentrix": a name no lexicon knows may be the organization.
    for (int w = lo; w <= hi && group < 0 && !title.empty(); ++w) {
      const size_t k = token_of(w);
      if (k >= title_first && k < title_end) continue;  // "Defense" of "Defense Minister" is the title's
      if (parse.words[w].upos == syntax::Upos::kPropn && entity_at(k) < 0) group = new_actor(parse, w);
      if (group >= 0 && kind_of(group) == EntityKind::kLocation) group = -1;
    }
    if (title.empty() || group < 0) continue;
    Entity& who = entities_[person];
    if (who.title.empty()) who.title = std::string(title);
    if (who.affiliation.empty()) who.affiliation = entities_[group].id;
    const Span evidence{t_.tokens[std::min(first, token_of(std::min(a, h)))].start, t_.tokens[end - 1].end};
    roles_.push_back({who.id, entities_[group].id, fold_name(title) + " of", "", evidence, ""});
  }
}

bool EventFinder::person_pronoun_near(size_t token) const {
  const size_t s = t_.sentence_of(token);
  const size_t end = t_.sentences[std::min(s + 1, t_.sentences.size() - 1)].end_token;
  for (size_t k = t_.sentences[s].first_token; k < end; ++k) {
    if (kSingularPersonPronouns.contains(folded_[k])) return true;
  }
  return false;
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
