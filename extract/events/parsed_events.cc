// The event stage's reading through the dependency parse: predicates the
// lexicon phrases did not find, what names no event, statements, dates, and
// definite event nouns kept as mentions of an event told before. Their
// actors: parsed_event_actors.cc.
#include <algorithm>

#include "extract/actors/actor_lexicon.h"
#include "extract/events/event_finder.h"
#include "extract/events/event_words.h"
#include "extract/events/parsed_predicates.h"
#include "extract/events/predicate_words.h"
#include "extract/syntax/ud_words.h"
#include "extract/text/word_list.h"

namespace eventgraph {
namespace {

using event_words::is_group_noun;
using event_words::kGroupPronouns;
using event_words::kPersonPronouns;

constexpr auto kDefiniteDeterminers = make_word_list({"the", "this", "that", "these", "those"});
// Types whose event needs no actor when it has a place ("a blast in Ankara").
constexpr auto kPlaceEnough = make_word_list({"attack", "bombing", "explosion", "crash", "disaster", "shooting",
                                               "killing", "massacre", "assault", "protest", "death", "election",
                                               "outbreak", "evacuation", "coup"});
// People named by their trade or part, whose acts are news without a name
// ("workers", "directors", "protesters"; plural, as collectives act).
constexpr auto kPeopleNouns = make_word_list(
    {"worker", "employee", "director", "shareholder", "protester", "demonstrator", "farmer", "student", "soldier",
     "rebel", "militant", "gunman", "voter", "resident", "villager", "miner", "pilot", "teacher", "doctor", "nurse",
     "lawmaker", "legislator", "senator", "prosecutor", "investigator", "rescuer", "firefighter", "seaman", "striker",
     "union", "troop", "fisherman", "pilgrim", "police", "activist", "refugee", "migrant", "passenger", "driver",
     "parent", "child", "girl", "boy", "woman", "man", "teenager", "executive", "lawyer", "officer", "guard",
     "suspect", "prisoner", "detainee", "hostage", "victim",
     // and collectives of states or parties: "many major nations intervened", "both sides requested a mediator"
     "nation", "country", "ally", "side"});
// Verbs that take "to" and a verb, which after a name are the sentence's
// verb: "Sony plans to", "Ford wants to", "Howe and Shultz plan to".
constexpr auto kIntentVerbs =
    make_word_list({"plans", "hopes", "wants", "aims", "seeks", "intends", "expects", "needs", "vows", "threatens",
                    "pledges", "promises", "agrees", "refuses", "fails", "tries", "decides", "declines", "offers",
                    "proposes", "continues", "begins", "starts", "prepares", "moves", "votes",
                    // the same after a plural subject: "Howe and Shultz plan to discuss"
                    "plan", "hope", "want", "aim", "seek", "intend", "expect", "vow", "threaten", "pledge",
                    "promise", "agree", "refuse", "decide", "propose", "prepare", "vote"});
// People in the plural whose saying attributes rather than acts: "French
// military officials said", "traders said".
constexpr auto kAttributingNouns =
    make_word_list({"official", "diplomat", "analyst", "observer", "expert", "economist", "trader", "dealer",
                    "banker", "aide", "insider"});
// Bodies that decide and act as one ("the court has ruled", "the committee voted").
constexpr auto kBodyNouns = make_word_list({"court", "committee", "subcommittee", "board", "panel", "jury", "cabinet",
                                            "tribunal", "commission", "council", "parliament", "legislature"});
// Types of a happening specific enough to stand on the timeline with no
// actor when a time expression of their own dates them ("The database was
// unveiled in 1999", "the vote was postponed last week"); not the broad
// classes (statement, social, production, cooperation, travel...), whose
// actorless verbs are mostly market moves and generic acts.
constexpr auto kDatedEnough = make_word_list(
    {"launch", "acquisition", "merger", "arrest", "occupation", "destruction", "delivery", "appointment",
     "expulsion", "charge", "abduction", "layoff", "resignation", "earnings", "dismissal", "stake sale", "loss",
     "lawsuit", "arrival", "rate change", "founding", "filing", "conviction", "bankruptcy", "legislation",
     "handover", "rating change", "departure", "resolution", "closure", "buyback", "vote", "sentencing", "sale",
     "release", "recall", "extradition", "ceasefire", "withdrawal", "trial", "summit", "blockade", "acquittal",
     "selection"});

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
  bool main_clause = rel == "root" || rel == "parataxis" ||
                     (rel == "conj" && head >= 0 && parse.words[head].deprel == "root");
  // "..., Venezuelan Energy Minister Arturo Hernandez Grisanti said on
  // Monday.": a reporting clause closing the sentence is a main clause
  // however the parser hung it.
  main_clause = main_clause || p.closing_report;
  if (p.object < 0 && !main_clause) return false;
  if (p.modality == Modality::kNegated) return false;  // "officials have not said why"
  // "French sources said": unnamed sources attribute, they make no statement;
  // nor does a news agency ("the official Tanjug news agency said").
  for (const PredicateArgument& a : p.arguments) {
    if (a.role != std::string_view("agent")) continue;
    const syntax::SyntaxWord& w = parse.words[a.word];
    if (w.lemma == "source") return false;  // in either number: "a source said"
    // ("French military officials said", "analysts said": unnamed people in
    // the plural attribute, whoever they work for.)
    if (kAttributingNouns.contains(w.lemma) && w.form != w.lemma) return false;
    if (w.lemma == "agency" && std::any_of(parse.words.begin(), parse.words.end(), [&](const syntax::SyntaxWord& x) {
          return &x != &w && x.head == a.word && (x.lemma == "news" || x.lemma == "press");
        })) {
      return false;
    }
  }
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
  // parse is the costliest step of extraction) or two actors, and an actor, a
  // pronoun that stands for one, or a definite noun that names an event or a
  // group told before ("the crash", "the company").
  const EventLexicon& lexicon = EventLexicon::get();
  const ActorLexicon& actors = ActorLexicon::get();
  const uint64_t* const hash = tokens_.hash.data();
  bool event_word = false;
  bool actor = false;
  int first_actor = -1;  // two actors make a sentence worth parsing too: a verb may relate them
  bool report = false;   // and a speech verb with a named actor: "X commented, ..." may be a statement
  for (size_t k = s.first_token; k < s.end_token && !(event_word && actor); ++k) {
    const std::string_view f = folded_[k];
    if (!event_word && lexicon.may_name_event(f, hash[k])) event_word = true;
    if (!report && lexicon.may_report(f, hash[k])) {
      report = true;
      if (first_actor >= 0) event_word = true;
    }
    if (const int e = entity_at(k); e >= 0 && is_actor(e)) {
      if ((first_actor >= 0 && e != first_actor) || report) event_word = true;
      if (first_actor < 0) first_actor = e;
    }
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

std::vector<size_t> EventFinder::other_clause_dates(const Sentence& s, const syntax::SentenceSyntax& parse,
                                                    int trigger) const {
  // "Russia, which began its air campaign on Sept. 30, has been accused": the
  // date is when the campaign began, told as the backstory of a noun, not
  // when Russia was accused. A relative clause dates its own verb only: one
  // the parse labels so (acl:relcl), or one whose subject is a relative
  // pronoun ("which", "who"; the parser often hangs such a clause on the main
  // verb as advcl); a participle on another event noun ("accused Moscow
  // of breaking a truce agreed in February") and a passive participle on any
  // noun ("laws passed by Congress last fall"). Other clauses keep their
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
  // A passive participle with its own agent ("laws passed by Congress last
  // fall", however the parser hung it) is a clause of its own too.
  std::vector<uint8_t> passive_with_agent(parse.words.size(), 0);
  for (const syntax::SyntaxWord& x : parse.words) {
    if (x.head >= 0 && x.deprel == "obl:agent" && parse.words[x.head].xpos == "VBN" &&
        parse.words[x.head].deprel != "root") {
      passive_with_agent[x.head] = 1;
    }
  }
  std::vector<uint8_t> finite_clause(parse.words.size(), 0);  // a verb with a subject of its own
  for (const syntax::SyntaxWord& x : parse.words) {
    if (x.head >= 0 && x.deprel.starts_with("nsubj") && parse.words[x.head].upos == syntax::Upos::kVerb) {
      finite_clause[x.head] = 1;
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
      if (rel == "acl:relcl" || relative_subject_of[c] || passive_with_agent[c]) break;
      // A clause with a subject of its own, not one on the trigger: "said it
      // proposed the imports because it felt Congress had not intended
      // [that] when it passed the bill last fall" (last fall is the bill's).
      // A report's date stays ("X said at a press conference, the agency
      // reported Monday": when it was said).
      if (c != static_cast<int>(w) && c != trigger && finite_clause[c] && parse.words[c].head != trigger &&
          !is_ancestor_or_self(c, trigger) && !EventLexicon::is_speech_verb(parse.words[c].lemma)) {
        break;
      }
      if (rel == "acl" && parse.words[c].head >= 0) {  // "a truce agreed in February": the truce's date
        const size_t noun = token_at_offset(t_, parse.words[parse.words[c].head].span.start);
        if (noun < folded_.size() && lexicon.may_name_event(folded_[noun], tokens_.hash[noun])) break;
        // A passive participle is a relative clause too: "laws passed by
        // Congress last fall" (a gerund may be the accusation's: above).
        if (parse.words[c].xpos == "VBN") break;
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
  // Wire markup around a company's name ("<Sony Corp> of Japan plans"): the
  // brackets are no words of the sentence, and the parser reads the name
  // as a clause of its own with them.
  std::erase_if(parse.words, [](const syntax::SyntaxWord& w) { return w.form == "<" || w.form == ">"; });
  if (parse.words.empty()) return;
  // The actor stage knows which words are names; the tagger is told.
  std::vector<uint8_t> hints(parse.words.size());
  for (size_t w = 0; w < parse.words.size(); ++w) {
    if (entity_at(token_at_offset(t_, parse.words[w].span.start)) >= 0) hints[w] = syntax::SyntaxModel::kName;
  }
  // "Sony Corp of Japan plans to launch": after a name, a verb of intent
  // in -s before "to" is the verb, which the tagger takes for a plural noun
  // ("Japan plans" read as a compound).
  // So is a verb of saying in the past right after a name ("professor Marc
  // Lamont Hill commented, ..."), which the tagger read as a participle.
  const EventLexicon& speech = EventLexicon::get();
  for (size_t w = 1; w + 1 < parse.words.size(); ++w) {
    if (hints[w - 1] != syntax::SyntaxModel::kName || hints[w] != 0) continue;
    const std::string_view form = parse.words[w].form;
    const bool intent = kIntentVerbs.contains(form) && parse.words[w + 1].form == "to";
    const size_t k = token_at_offset(t_, parse.words[w].span.start);
    const bool said = k < folded_.size() && (form.ends_with("ed") || form == "said" || form == "told") &&
                      speech.may_report(folded_[k], tokens_.hash[k]);
    if (intent || said) hints[w] = syntax::SyntaxModel::kFiniteVerb;
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
  std::vector<Predicate> links;
  for (const Predicate& p : read_predicates(parse, EventLexicon::get(), &links)) {
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
      // (Not where the token scan read the verb with its particle already:
      // "handed over the aircraft" is its delivery.)
      if (p.retyped && known->trigger.span.start == span.start &&
          !(p.particle >= 0 && known->trigger.span.end >= span.end)) {
        known->type = p.info->type;
        known->cameo = p.info->cameo;
        known->predicate = p.info->predicate;
      }
      // "held talks", "the election was held": the light verb is a mention
      // too, and no event of its own ("signed a truce": the truce, which the
      // token scan found beside "signed").
      if (p.light_verb >= 0 && known->trigger.span.start == span.start) {
        const Span v = parse.words[p.light_verb].span;
        const auto verb_event = std::find_if(events.begin(), events.end(), [&](const Event& x) {
          return x.trigger.span.start == v.start && x.sentence.start == s.span.start;
        });
        if (verb_event != events.end() && &*verb_event != known) {
          const Event verb = std::move(*verb_event);
          const size_t at = static_cast<size_t>(known - events.data());
          const bool before = verb_event < events.begin() + static_cast<std::ptrdiff_t>(at);
          events.erase(verb_event);
          known = &events[before ? at - 1 : at];
          fold_into(*known, verb);
        }
        if (std::none_of(known->mentions.begin(), known->mentions.end(),
                         [&](const Mention& m) { return m.span.start == v.start; })) {
          known->mentions.push_back({v, std::string(t_.source.substr(v.start, v.end - v.start))});
        }
      }
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
    // (Not a verb that acts on the event: "criticized the ruling", "called
    // the ruling dangerous" are acts of their own.)
    if (p.object >= 0 && taken(parse.words[p.object].span) && !predicate_words::kReactionVerbs.contains(word.lemma)) {
      continue;
    }
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
    // Who reports it does not make it an event: someone must take part. A
    // body of people named by its trade does act ("bank workers voted to
    // strike", "directors postponed the vote"), though what it says is no
    // statement ("analysts said").
    const bool people_act = !p.speech && std::any_of(p.arguments.begin(), p.arguments.end(), [&](const PredicateArgument& a) {
      const syntax::SyntaxWord& w = parse.words[a.word];
      const bool who = a.role == std::string_view("agent") || a.role == std::string_view("patient");
      // People in the plural ("directors", not "the director"; "two students
      // were arrested"), or a body that decides ("the court ruled").
      return who && ((kPeopleNouns.contains(w.lemma) && w.form != w.lemma) || kBodyNouns.contains(w.lemma));
    });
    const bool has_actor = people_act || std::any_of(e.participants.begin(), e.participants.end(), [](const Participant& q) {
                             return q.role != std::string_view("source");
                           });
    const size_t end = end_of(i, span);
    if (anaphoric && p.light_verb < 0) {
      if (Event* told = told_before(e, nullptr)) {
        e.mentions.insert(e.mentions.begin(), e.trigger);
        adopt_date(*told, p);
        fold_into(*told, e);
        continue;
      }
    }
    // Dated by a time expression in its own phrase, else as the window
    // reading dates; of two, the more exact ("Yesterday, day five of the
    // 2018 World Cup, Sweden defeated ...": yesterday, not 2018).
    for (const int w : p.own_words) {
      if (const Timex* x = dating_timex_at(token_at_offset(t_, parse.words[w].span.start))) {
        const std::string date = date_part(x->value);
        if (e.date_source != "timex" || date.size() > e.date.size()) {
          e.date = date;
          e.date_source = "timex";
        }
      }
    }
    if (!has_actor && e.location.empty() && kPlaceEnough.contains(e.type)) add_location(e, s, i, end);
    if (!has_actor && !(e.date_source == "timex" && kDatedEnough.contains(e.type))) {
      if (anaphoric) anaphora_.push_back({e.type, e.trigger});
      if (!kPlaceEnough.contains(e.type)) continue;
      // "76 people were killed when the hotel collapsed": no actor, no place,
      // a toll; "the referendum is to be held from November 20": a date of its own.
      if (e.location.empty() && e.date_source != "timex") {
        add_casualties_and_source(e, s);
        if (e.killed <= 0 && e.injured <= 0) continue;
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
  add_link_relations(parse, links);
  fold_told_again(parse, s, events);
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
// its own ("held talks, offering military support to Lebanon"); nor does
// what only may happen ("it may retaliate", "could cut jobs if ...": the
// warning is the news, not the act), save a statement.
bool EventFinder::names_no_event(const Predicate& p, const syntax::SentenceSyntax& parse) const {
  if (p.modality == Modality::kHypothetical && !p.speech) return true;
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

}  // namespace eventgraph
