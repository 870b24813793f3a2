#include "extract/events/parsed_predicates.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/events/predicate_words.h"
#include "extract/text/date_words.h"
#include "extract/text/word_list.h"

namespace eventgraph {
namespace {

using namespace predicate_words;
using syntax::SentenceSyntax;
using syntax::Upos;

// "obl:agent" is an "obl"; "obl" is not an "obl:agent".
bool rel_is(std::string_view deprel, std::string_view base) {
  return deprel.size() >= base.size() && deprel.compare(0, base.size(), base) == 0 &&
         (deprel.size() == base.size() || deprel[base.size()] == ':');
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_violent(std::string_view type) {
  return type == "attack" || type == "assault" || type == "bombing" || type == "shooting" || type == "killing";
}

class TreeReader {
 public:
  TreeReader(const SentenceSyntax& s, const EventLexicon& lexicon) : s_(s), lex_(lexicon), children_(s.words.size()) {
    for (size_t i = 0; i < s.words.size(); ++i) {
      const int h = s.words[i].head;
      if (h >= 0 && static_cast<size_t>(h) < s.words.size()) children_[h].push_back(static_cast<int>(i));
    }
    lemmas_.reserve(s.words.size());
    for (const auto& w : s.words) {
      std::string lemma = lower(w.lemma.empty() ? w.form : w.lemma);
      // Where the lemmatizer errs ("downgraded" -> "downgrad"), the lexicon's
      // own forms say which of its words this is.
      const std::string form = lower(w.form);
      if (w.upos == Upos::kVerb && !lexicon.verb(lemma, "") && !lexicon.verb_lemma_of(form).empty()) {
        lemma = std::string(lexicon.verb_lemma_of(form));
      } else if (w.upos == Upos::kNoun && !lexicon.noun(lemma) && !lexicon.noun_lemma_of(form).empty()) {
        lemma = std::string(lexicon.noun_lemma_of(form));
      }
      lemmas_.push_back(std::move(lemma));
    }
  }

  std::vector<Predicate> run(std::vector<Predicate>* links) const;

 private:
  const syntax::SyntaxWord& w(int i) const { return s_.words[i]; }
  std::string_view rel(int i) const { return s_.words[i].deprel; }
  int child(int i, std::string_view deprel) const {
    for (const int c : children_[i]) {
      if (rel(c) == deprel) return c;
    }
    return -1;
  }
  // The lemma of the preposition ("case") of a noun phrase, or "".
  std::string_view case_of(int i) const {
    for (const int c : children_[i]) {
      if (rel_is(rel(c), "case")) return lemmas_[c];
    }
    return {};
  }
  bool is_relative_pronoun(int i) const {
    const auto x = w(i).xpos;
    return x == "WP" || x == "WDT" || (x == "IN" && lemmas_[i] == "that");
  }
  // The subject a verb has, or inherits from its controller, first
  // conjunct or the noun of its relative clause. Role is agent unless passive.
  void add_subject(int v, Predicate& p, int depth) const;
  bool add_closing_reporter(int v, Predicate& p) const;
  void add_arguments_of_verb(int v, Predicate& p) const;
  void add_places_of_trip(int phrase, Predicate& p) const;
  void add_arguments_of_noun(int n, Predicate& p) const;
  void add(Predicate& p, int word, const char* role) const;
  void add_place(Predicate& p, int word) const { p.places.push_back({word, "place", name_words(word)}); }
  std::vector<int> name_words(int word) const;
  Modality modality_of(int v) const;
  bool is_background(int v) const;
  void collect_own_words(int i, int top, std::vector<int>& out) const;
  int speaker_of(int v) const;
  const EventWord* strike_noun(int n) const;
  // The word's context gives it the type of the verb `lemma`, which wins over
  // the token scan's reading ("fired his minister" is "sacked" him).
  void retype(Predicate& p, std::string_view lemma) const {
    if (const EventWord* as = lex_.verb(lemma, "")) p.info = as, p.retyped = true;
  }

  const SentenceSyntax& s_;
  const EventLexicon& lex_;
  std::vector<std::vector<int>> children_;
  std::vector<std::string> lemmas_;
};

// The noun "strike" is an attack when it lands on something or comes from
// the air ("a strike on Raqqa", "a drone strike"), a walkout (CAMEO 143,
// under protest) when something says labor ("the 14-day-old strike by
// Canada's letter carriers", "a general strike", "rotating strikes"), and
// neither else ("most of its strikes target the Islamic State": the verb
// tells that one).
const EventWord* TreeReader::strike_noun(int n) const {
  bool attack = false, labor = false;
  for (const int c : children_[n]) {
    const std::string_view r = rel(c);
    attack = attack || (rel_is(r, "nmod") && kTargetCases.contains(case_of(c))) ||
             ((r == "compound" || r == "amod") && kArmedStrikeModifiers.contains(lemmas_[c]));
    labor = labor || (rel_is(r, "nmod") && case_of(c) == "by") ||
            ((r == "compound" || r == "amod") &&
             (kLaborStrikeModifiers.contains(lemmas_[c]) || kLaborStrikeModifiers.contains(w(c).form)));
  }
  // "went on strike", "are on strike"; "began a strike", "called a strike".
  labor = labor || std::any_of(children_[n].begin(), children_[n].end(),
                               [&](int c) { return rel(c) == "case" && lemmas_[c] == "on"; });
  labor = labor || (rel(n) == "obj" && w(n).head >= 0 && kStrikeCallingVerbs.contains(lemmas_[w(n).head]));
  // A union or workers in the sentence: "the postal union said it would
  // maintain its strategy of selected rotating strikes".
  for (size_t k = 0; k < lemmas_.size() && !labor && !attack; ++k) labor = kLaborWords.contains(lemmas_[k]);
  if (attack) return lex_.noun("attack");
  return labor ? lex_.verb("protest", "") : nullptr;
}

void TreeReader::add(Predicate& p, int word, const char* role) const {
  if (word < 0) return;
  // "who" and "which" stand for the noun their clause hangs on.
  if (is_relative_pronoun(word)) {
    int k = word;
    while (k >= 0 && !rel_is(rel(k), "acl") && w(k).head >= 0) k = w(k).head;
    if (k < 0 || !rel_is(rel(k), "acl") || w(k).head < 0) return;
    word = w(k).head;
  }
  for (const PredicateArgument& a : p.arguments) {
    if (a.word == word) return;
  }
  p.arguments.push_back({word, role, name_words(word)});
  // "Russia and Turkey met": every conjunct takes the role.
  for (const int c : children_[word]) {
    if (rel(c) == "conj" && w(c).upos != Upos::kVerb) add(p, c, role);
  }
}

void TreeReader::add_subject(int v, Predicate& p, int depth) const {
  if (depth > 4) return;
  const int subject = child(v, "nsubj");
  const int passive = child(v, "nsubj:pass");
  if (subject >= 0) {
    // (Two subjects are a misparse of one: "The co-founder ... Steve Jobs has
    // died". A name among them is who acts, not the noun before it that
    // titles him: "His father Mohamed El-Hassan Mohamed said so".)
    bool named = false;
    for (const int c : children_[v]) named = named || (rel(c) == "nsubj" && w(c).upos == Upos::kPropn && c != subject);
    for (const int c : children_[v]) {
      if (rel(c) == "nsubj" && !(named && c == subject && w(c).upos == Upos::kNoun)) add(p, c, "agent");
    }
    return;
  }
  if (passive >= 0) return add(p, passive, "patient");
  const int h = w(v).head;
  if (h < 0) return;
  const std::string_view r = rel(v);
  if (r == "xcomp") {
    // The controller does what the infinitive says, or undergoes it when
    // the infinitive is passive ("wants to be elected"). Object control:
    // "ordered the navy to cooperate"; a passive controller's subject:
    // "Penske was selected to buy Saturn" (Penske buys).
    const char* role = child(v, "aux:pass") >= 0 ? "patient" : "agent";
    const int controller_object = child(h, "obj");
    if (controller_object >= 0) return add(p, controller_object, role);
    const int passive_controller = child(h, "nsubj:pass");
    if (passive_controller >= 0) return add(p, passive_controller, role);
    if (role == std::string_view("patient") && child(h, "nsubj") >= 0) {
      for (const int c : children_[h]) {
        if (rel(c) == "nsubj") add(p, c, role);
      }
      return;
    }
    return add_subject(h, p, depth + 1);
  }
  // "Apple released X and announced Y", "Apple is the maker of X and launched Y".
  if (r == "conj") return add_subject(h, p, depth + 1);
  if (r == "acl:relcl") return add(p, h, "agent");
  // "the reason for Cisco to file a lawsuit": "for X" before an infinitive is its subject.
  if ((r == "acl" || r == "advcl" || r == "xcomp") && child(v, "mark") >= 0 && lemmas_[child(v, "mark")] == "to") {
    for (const int c : children_[h]) {
      if (c < v && (rel_is(rel(c), "nmod") || rel_is(rel(c), "obl")) && case_of(c) == "for") return add(p, c, "agent");
    }
    for (const int c : children_[v]) {
      if (c < v && (rel_is(rel(c), "obl") || rel_is(rel(c), "nmod")) && case_of(c) == "for") return add(p, c, "agent");
    }
  }
  if (r == "acl") {
    // "The company cut 2,000 jobs." read as a noun with a reduced relative
    // (the sentence then has no verb of its own): the noun does it.
    if (rel(h) == "root" && child(v, "obj") >= 0) return add(p, h, "agent");
    // "the plane brought down by X": the noun undergoes a past participle.
    return add(p, h, w(v).xpos == "VBN" ? "patient" : "agent");
  }
  // "after meeting Y, X announced": a gerund or participle clause has the main clause's subject.
  if (r == "advcl" && (w(v).xpos == "VBG" || w(v).xpos == "VBN")) return add_subject(h, p, depth + 1);
}

// "during a visit to Beirut", "on a trip to Paris": where the visit went,
// the clause happened.
void TreeReader::add_places_of_trip(int phrase, Predicate& p) const {
  for (const int d : children_[phrase]) {
    const std::string_view prep = rel_is(rel(d), "nmod") ? case_of(d) : std::string_view();
    if (prep == "to" || kPlaceCases.contains(prep)) add_place(p, d);
  }
}

void TreeReader::add_arguments_of_verb(int v, Predicate& p) const {
  add_subject(v, p, 0);
  bool has_object = false;
  for (const int c : children_[v]) {
    const std::string_view r = rel(c);
    if (r == "obj") {
      add(p, c, "patient");
      has_object = true;
      // "examined the refineries in Iran": where the object is, it happens.
      for (const int d : children_[c]) {
        if (rel_is(rel(d), "nmod") && kPlaceCases.contains(case_of(d))) add_place(p, d);
      }
    } else if (r == "iobj") {
      add(p, c, "participant");
    } else if (r == "obl:agent") {
      add(p, c, "agent");
    }
  }
  for (const int c : children_[v]) {
    if (!rel_is(rel(c), "obl")) continue;
    const std::string_view prep = case_of(c);
    if (prep == "by" && rel(c) != "obl:agent" && child(v, "aux:pass") >= 0) add(p, c, "agent");
    else if (prep == "during") add_places_of_trip(c, p);
    else if (kTargetCases.contains(prep) || (prep == "at" && p.info && is_violent(p.info->type)))
      add(p, c, has_object ? "participant" : "patient");  // "fired at it": "at" aims
    else if (kPartnerCases.contains(prep)) {
      add(p, c, "participant");
      if (prep == "from") add_place(p, c);  // "fired from the Gaza Strip": where it came from
    } else if (kPlaceCases.contains(prep)) {
      add_place(p, c);
    }
  }
}

bool TreeReader::add_closing_reporter(int v, Predicate& p) const {
  // The noun phrase ending before word `end`, back to a comma: its first word.
  const auto phrase_start = [&](int end, bool of_too) {
    int first = end;
    while (first > 0) {
      const Upos u = w(first - 1).upos;
      const bool inner_of = of_too && w(first - 1).form == "of";  // "head of the Board"
      if (u != Upos::kPropn && u != Upos::kNoun && u != Upos::kAdj && u != Upos::kDet && u != Upos::kNum &&
          w(first - 1).form != "'s" && !inner_of) {
        break;
      }
      --first;
    }
    return first;
  };
  // ", the minister said": the phrase right before the verb; ", Chira
  // Phanupong, head of Thailand's Board of Investment, said": the one before
  // the apposition.
  int end = v;
  if (v > 0 && w(v - 1).form == ",") {
    const int apposition = phrase_start(v - 1, true);
    if (apposition == v - 1 || apposition == 0 || w(apposition - 1).form != ",") return false;
    end = apposition - 1;
  }
  const int first = phrase_start(end, false);
  if (first == end || first == 0 || w(first - 1).form != ",") return false;
  // ...and nothing but the verb's own phrase after it.
  for (int k = v + 1; k < static_cast<int>(s_.words.size()); ++k) {
    if (w(k).form == "," || w(k).upos == Upos::kVerb) return false;
  }
  int head = end - 1;  // the phrase's last noun says it ("Grisanti", "ministry")
  while (head >= first && w(head).upos != Upos::kPropn && w(head).upos != Upos::kNoun) --head;
  if (head < first) return false;
  add(p, head, "agent");
  return true;
}

void TreeReader::add_arguments_of_noun(int n, Predicate& p) const {
  for (const int c : children_[n]) {
    const std::string_view r = rel(c);
    // A name or a proper adjective before the noun does it ("Russian
    // strikes", "Apple's purchase"); a common word there only says what kind
    // ("share buyback", "quarterly loss").
    const bool named = w(c).upos == Upos::kPropn || (!w(c).form.empty() && w(c).form[0] >= 'A' && w(c).form[0] <= 'Z');
    if (r == "nmod:poss" || ((r == "compound" || r == "amod") && c < n && named)) {
      // A name before a meeting is what it is about or who sits at it
      // ("a Syria conference"); before an act, who acts ("Russian strikes").
      const bool about = r == "compound" && p.info && kTripTypes.contains(p.info->type);
      add(p, c, about ? "participant" : "agent");
    } else if (rel_is(r, "nmod")) {
      const std::string_view prep = case_of(c);
      if (prep == "by") add(p, c, "agent");
      else if (prep == "of" || kTargetCases.contains(prep)) add(p, c, "patient");
      else if (prep == "to" && p.info && kTripTypes.contains(p.info->type)) add_place(p, c);  // "a visit to Beirut"
      else if (kPartnerCases.contains(prep)) add(p, c, "participant");
      else if (kPlaceCases.contains(prep)) add_place(p, c);
    }
  }
  // "X held talks", "X made the announcement": the light verb's subject (of
  // the phrase's head for a compound: "Turkey foiled a coup attempt").
  const int phrase = rel(n) == "compound" && w(n).head >= 0 && w(w(n).head).upos == Upos::kNoun ? w(n).head : n;
  const int h = w(phrase).head;
  // (A possessive pronoun is no agent of its own here: in "Samsung sold its
  // stake" the seller is the verb's subject, whom "its" stands for.)
  const bool has_agent = std::any_of(p.arguments.begin(), p.arguments.end(), [&](const PredicateArgument& a) {
    return a.role[0] == 'a' && !(w(a.word).upos == Upos::kPron && rel(a.word) == "nmod:poss");
  });
  // ("Workers went on strike", "were on trial": the subject of going or
  // being on it.)
  const bool on_it = h >= 0 && rel_is(rel(phrase), "obl") && case_of(phrase) == "on" && kBeingOnVerbs.contains(lemmas_[h]);
  // (Not who judges it or tells of it: in "Russia condemned the attack" or
  // "the Straits Times noted the protests" they did not do it; "Ford
  // reported a loss" is Ford's loss, "report" being a light verb too.)
  const bool tells_of = h >= 0 && (kReactionVerbs.contains(lemmas_[h]) ||
                                   (EventLexicon::is_speech_verb(lemmas_[h]) && !kLightLemmas.contains(lemmas_[h])));
  if (h >= 0 && !has_agent && (rel(phrase) == "obj" || rel(phrase) == "nsubj:pass" || on_it) && !tells_of &&
      (w(h).upos == Upos::kVerb || w(h).upos == Upos::kAux)) {
    Predicate light;
    add_subject(h, light, 0);
    // ...and the possessive pronoun is that subject's: no argument of its own.
    if (!light.arguments.empty()) {
      std::erase_if(p.arguments, [&](const PredicateArgument& a) {
        return a.role[0] == 'a' && w(a.word).upos == Upos::kPron && rel(a.word) == "nmod:poss";
      });
    }
    for (const PredicateArgument& a : light.arguments) add(p, a.word, a.role[0] == 'a' ? "agent" : "patient");
    for (const int c : children_[h]) {
      if (rel_is(rel(c), "obl")) {
        const std::string_view prep = case_of(c);
        if (kPartnerCases.contains(prep) || kTargetCases.contains(prep)) add(p, c, "participant");
        else if (kPlaceCases.contains(prep)) add_place(p, c);
        else if (prep == "during") add_places_of_trip(c, p);
      }
    }
  }
}

Modality TreeReader::modality_of(int v) const {
  Modality m = Modality::kAsserted;
  for (const int c : children_[v]) {
    const std::string_view r = rel(c);
    const std::string& l = lemmas_[c];
    const std::string form = lower(w(c).form);
    if ((r == "advmod" || r == "det") && (kNegators.contains(l) || kNegators.contains(form))) return Modality::kNegated;
    if (rel_is(r, "aux") && kFutureAux.contains(form)) m = Modality::kFuture;
    else if (rel_is(r, "aux") && (kHypotheticalAux.contains(form)) && m == Modality::kAsserted) m = Modality::kHypothetical;
    else if (r == "mark" && kConditionals.contains(l)) m = Modality::kHypothetical;
    else if (r == "mark" && l == "to" && m == Modality::kAsserted) m = Modality::kFuture;
  }
  if (m != Modality::kAsserted) return m;
  // "plans to buy", "if X attacks": what governs the clause.
  const int h = w(v).head;
  if (h >= 0 && rel(v) == "xcomp" && kPlanVerbs.contains(lemmas_[h])) return Modality::kFuture;
  if (h >= 0 && (rel(v) == "conj" || rel(v) == "xcomp")) {
    const Modality up = modality_of(h);
    if (up != Modality::kAsserted) return up;
  }
  return m;
}

bool TreeReader::is_background(int v) const {
  const std::string_view r = rel(v);
  const int h = w(v).head;
  const int mark = child(v, "mark");
  // ("in order to meet": "to" is the clause's second mark.)
  const bool infinitive = std::any_of(children_[v].begin(), children_[v].end(),
                                      [&](int c) { return rel(c) == "mark" && lemmas_[c] == "to"; });
  const bool gerund = w(v).xpos == "VBG";
  // "flew to Florida to meet him": the purpose, not an event. After a verb
  // of deciding the parser's advcl is the complement ("agreed on Monday to
  // acquire Shazam"): the news.
  if (r == "advcl" && infinitive) {
    return h < 0 || !(kPlanVerbs.contains(lemmas_[h]) || kCommitVerbs.contains(lemmas_[h]));
  }
  // "Muslims traveling to the U.S.", "a collaboration combining collections".
  if (r == "acl" && gerund) return true;
  // "a plan to bail out", "the decision to ban": the content of a noun. In a
  // headline "GM to close 1,100 dealerships" hangs on the root noun and is
  // the news.
  // "ordered the navy to cooperate" read as a clause on "navy": the
  // object of a verb of ordering does what it was told, an event.
  if (r == "acl" && infinitive) {
    if (h < 0 || rel(h) == "root") return false;
    return !(rel(h) == "obj" && w(h).head >= 0 && kObjectControlVerbs.contains(lemmas_[w(h).head]) &&
             !kRequestVerbs.contains(lemmas_[w(h).head]));
  }
  // "Citing privacy rules, officials said", "leaving them two weeks": how
  // or with what result; the caller keeps one that acts on someone
  // ("held talks, offering support to Lebanon"). One placed in time
  // ("before leaving for Beijing", "later revealing") is an event, and a
  // statement's own participle ("Speaking to the press, X described ...")
  // is the statement itself.
  if (r == "advcl" && gerund) {
    // "reacted by proposing counter-measures": the means is what was done.
    if (mark >= 0 && (kTimeSubordinators.contains(lemmas_[mark]) || lemmas_[mark] == "by")) return false;
    for (const int c : children_[v]) {
      if ((rel(c) == "advmod" && kThenAdverbs.contains(lemmas_[c])) || rel(c) == "obl:tmod") return false;
    }
    return !(EventLexicon::is_speech_verb(lemmas_[v]) && h >= 0 && EventLexicon::is_speech_verb(lemmas_[h]));
  }
  if (r == "xcomp" && h >= 0 && (kUnrealizedComplement.contains(lemmas_[h]) || kRequestVerbs.contains(lemmas_[h]))) {
    return true;
  }
  return false;
}

void TreeReader::collect_own_words(int i, int top, std::vector<int>& out) const {
  for (const int c : children_[i]) {
    // A clause below is an event of its own with its own time ("until it
    // fulfills obligations under a deal reached in February"), except a
    // participle on an event noun itself ("the talks held on Monday").
    const bool noun_participle = i == top && w(top).upos == Upos::kNoun && rel(c) == "acl";
    if (kOwnClauses.contains(rel(c)) && !noun_participle) continue;
    out.push_back(c);
    collect_own_words(c, top, out);
  }
}

int TreeReader::speaker_of(int v) const {
  // Up through conjuncts to the clause a speech verb takes as complement...
  int k = v;
  for (int depth = 0; depth < 4 && k >= 0 && rel(k) == "conj"; ++depth) k = w(k).head;
  if (k >= 0 && rel(k) == "ccomp" && w(k).head >= 0 && EventLexicon::is_speech_verb(lemmas_[w(k).head])) {
    return child(w(k).head, "nsubj");
  }
  // ...or a speech verb added to the clause: "X attacked Y, the ministry said".
  for (const int c : children_[v]) {
    if (rel(c) == "parataxis" && EventLexicon::is_speech_verb(lemmas_[c])) return child(c, "nsubj");
  }
  return -1;
}

std::vector<int> TreeReader::name_words(int word) const {
  std::vector<int> out{word};
  const auto expand = [&](size_t from) {
    for (size_t k = from; k < out.size() && out.size() < 16; ++k) {
      for (const int c : children_[out[k]]) {
        const std::string_view r = rel(c);
        if (r == "flat" || r == "compound" || r == "amod" || r == "nmod:poss" || r == "appos" || r == "flat:name") {
          out.push_back(c);
        }
      }
    }
  };
  expand(0);
  // Last, who a common noun belongs to: "dissidents from Egypt", "the
  // president of Lebanon", "hundreds of UN troops" (a name of the phrase's
  // own comes first; the parser tags some titles as proper nouns: "Minister
  // of Education Stefania Giannini").
  if (w(word).upos == Upos::kNoun || w(word).upos == Upos::kPropn) {
    const size_t own = out.size();
    for (const int c : children_[word]) {
      const std::string_view prep = rel_is(rel(c), "nmod") ? case_of(c) : std::string_view();
      if (prep == "of" || prep == "from") out.push_back(c);
    }
    expand(own);
  }
  return out;
}

std::vector<Predicate> TreeReader::run(std::vector<Predicate>* links) const {
  std::vector<Predicate> out;
  for (int i = 0; i < static_cast<int>(s_.words.size()); ++i) {
    const Upos u = w(i).upos;
    Predicate p;
    p.word = i;
    // "the privately-held Gull", "government-owned Canada Post": a
    // participle an adverb or a common noun joins with a hyphen describes a
    // thing, it tells no act. (Not one joined to a name or with an agent:
    // "the Al Qaeda-linked group", "48 pct-owned by Dome" relate two actors.)
    if (u == Upos::kVerb && i >= 2 && w(i - 1).form == "-" && w(i - 1).span.end == w(i).span.start &&
        w(i - 2).span.end == w(i - 1).span.start &&
        (w(i - 2).upos == Upos::kAdv || (w(i - 2).upos == Upos::kNoun && !w(i - 2).form.empty() &&
                                         w(i - 2).form[0] >= 'a' && w(i - 2).form[0] <= 'z')) &&
        std::none_of(children_[i].begin(), children_[i].end(), [&](int c) { return rel_is(rel(c), "obl"); })) {
      continue;
    }
    if (u == Upos::kVerb) {
      int prt = child(i, "compound:prt");
      // "stepping down": the parser may call the particle an adverb.
      if (prt < 0 && i + 1 < static_cast<int>(s_.words.size()) && w(i + 1).head == i && rel(i + 1) == "advmod") prt = i + 1;
      if (prt >= 0) {
        p.info = lex_.phrasal_verb(lemmas_[i], lemmas_[prt]);
        if (p.info) p.particle = prt;
      }
      int object = child(i, "obj");
      // "struck down the law" parsed as "struck [down the law]": a phrasal
      // verb's particle read as the preposition of its object.
      if (!p.info && object < 0 && i + 1 < static_cast<int>(s_.words.size()) && rel(i + 1) == "case" &&
          w(i + 1).head > i + 1 && w(w(i + 1).head).head == i) {
        if (const EventWord* phrasal = lex_.phrasal_verb(lemmas_[i], lemmas_[i + 1])) {
          p.info = phrasal;
          p.particle = i + 1;
          p.retyped = true;  // the verb with its particle, not the verb alone the token scan read
          object = w(i + 1).head;
        }
      }
      const EventWord* plain = lex_.verb(lemmas_[i], "");  // the verb without a pattern
      if (!p.info) {
        // CAMEO's patterns name their objects as written ("sanctions"), ours by lemma.
        if (object >= 0) p.info = lex_.verb(lemmas_[i], lower(w(object).form));
        if (!p.info || p.info == plain) {
          const EventWord* by_lemma =
              lex_.verb(lemmas_[i], object >= 0 ? std::string_view(lemmas_[object]) : std::string_view());
          if (by_lemma) p.info = by_lemma;
        }
      }
      // A pattern may name the noun of an oblique ("filed for bankruptcy")
      // or its preposition ("called for a coalition").
      for (const int c : children_[i]) {
        if (!rel_is(rel(c), "obl")) continue;
        const EventWord* by_noun = lex_.verb(lemmas_[i], lemmas_[c]);
        // ("filed for bankruptcy protection": the noun's compound names it.)
        if (const int compound = child(c, "compound"); (!by_noun || by_noun == plain) && compound >= 0) {
          by_noun = lex_.verb(lemmas_[i], lemmas_[compound]);
        }
        const EventWord* by_case = case_of(c).empty() ? nullptr : lex_.verb(lemmas_[i], case_of(c));
        if (by_noun && by_noun != plain) p.info = by_noun;
        else if (by_case && by_case != plain) p.info = by_case;
        else if (!p.info) p.info = by_noun;
        if (p.info && p.info != plain) break;
      }
      // "the proposed deal", "an armed group": an adjective, not an event.
      if (rel(i) == "amod") continue;
      if (!p.info) {
        // (A verb with a clause of its own took it for its object: "Sutro
        // believes Brazil will pay" is no link of Sutro and Brazil.)
        if (links && object >= 0 && !kNoLinkVerbs.contains(lemmas_[i]) && !EventLexicon::is_speech_verb(lemmas_[i]) &&
            w(i).xpos.starts_with("VB") && lemmas_[i].size() >= 3 && child(i, "ccomp") < 0 && child(i, "xcomp") < 0) {
          add_subject(i, p, 0);
          add(p, object, "patient");
          p.object = object;
          p.modality = modality_of(i);
          p.background = is_background(i);
          collect_own_words(i, i, p.own_words);
          links->push_back(std::move(p));
        }
        continue;
      }
      // "is expected to reach", "was said to be": a raising verb frames another.
      if (child(i, "aux:pass") >= 0 && child(i, "xcomp") >= 0) continue;
      // "unless their demand is met", "met its target": meeting a standard
      // is no meeting (background, so that the token scan's "met" goes too).
      const int met = lemmas_[i] == "meet" ? (object >= 0 ? object : child(i, "nsubj:pass")) : -1;
      const bool standard_met = met >= 0 && kStandardNouns.contains(lemmas_[met]);
      // "workers voted to strike": without an object or a target a strike is
      // a walkout (CAMEO 143, under protest), not an attack.
      if (lemmas_[i] == "strike" && object < 0 && p.particle < 0 &&
          std::none_of(children_[i].begin(), children_[i].end(), [&](int c) {
            // (a target, not a time: "struck at dawn" aims nowhere, "strike on Monday" neither)
            const bool time = weekday_from_word(w(c).form) != 0 || month_from_word(w(c).form) != 0 ||
                              w(c).upos == Upos::kNum || lemmas_[c] == "dawn" || lemmas_[c] == "night";
            return rel_is(rel(c), "obl") && !time && (kTargetCases.contains(case_of(c)) || case_of(c) == "at");
          })) {
        retype(p, "protest");
      }
      // "demonstrated iOS 5", "an experimental chip": showing a thing is
      // presenting it, no protest.
      if (lemmas_[i] == "demonstrate" && object >= 0) {
        retype(p, "unveil");
      }
      // "fired his defense minister": from a post, not a gun.
      if (lemmas_[i] == "fire" && object >= 0 &&
          (w(object).upos == Upos::kPropn || kStaffNouns.contains(lemmas_[object]))) {
        retype(p, "sack");
      }
      // Bare "call" is a telephone call ("Obama called Putin"), which has a
      // subject: not "a group called the Sea Org". With a second predicate
      // it describes ("called the ruling dangerous"), a statement.
      if (p.info == plain && lemmas_[i] == "call") {
        if (child(i, "nsubj") < 0) continue;
        if (child(i, "xcomp") >= 0) p.info = lex_.verb("describe", "");
      }
      // "gave the order", "posted a loss": the noun names the event, the verb
      // is a mention of it (a statement's object is what was stated, and a
      // judgement of an event is an act of its own: "welcomed the truce").
      if (object >= 0 && w(object).upos == Upos::kNoun && lex_.noun(lemmas_[object]) &&
          !EventLexicon::is_speech_verb(lemmas_[i]) && p.info->type != "statement" &&
          !kReactionVerbs.contains(lemmas_[i])) {
        continue;
      }
      if (const int passive = child(i, "nsubj:pass");
          passive >= 0 && w(passive).upos == Upos::kNoun && lex_.noun(lemmas_[passive]) &&
          kHoldingVerbs.contains(lemmas_[i])) {
        continue;  // "the election was held", "talks were postponed"
      }
      add_arguments_of_verb(i, p);
      p.speech = EventLexicon::is_speech_verb(lemmas_[i]);
      if (p.speech && child(i, "nsubj") < 0) {
        p.closing_report = add_closing_reporter(i, p);
        // "American academic and professor Marc Lamont Hill commented, ...",
        // parsed with another root: the name right before the verb says it.
        if (!p.closing_report && i > 0 && w(i - 1).upos == Upos::kPropn) {
          const int name = rel(i - 1).starts_with("flat") && w(i - 1).head >= 0 ? w(i - 1).head : i - 1;
          add(p, name, "agent");
        }
      }
      p.object = object;
      p.modality = modality_of(i);
      p.background = is_background(i) || standard_met;
      // Bare: "..., killing 107"; "accused of targeting", "for helping" tell what about.
      p.circumstance = p.background && rel(i) == "advcl" && w(i).xpos == "VBG" && child(i, "mark") < 0 &&
                       child(i, "case") < 0;
    } else if (u == Upos::kNoun) {
      // "job cuts": a noun's pattern names its compound modifier.
      const int modifier = child(i, "compound");
      p.info = lex_.noun(lemmas_[i], modifier >= 0 ? std::string_view(lemmas_[modifier]) : std::string_view());
      if (!p.info && lemmas_[i] == "strike") p.info = strike_noun(i), p.retyped = p.info != nullptr;
      if (!p.info) continue;
      // "Japan's ruling party", "the ruling and opposition parties": the
      // participle that says who governs, not a court's ruling.
      if (lemmas_[i] == "ruling" && i + 1 < static_cast<int>(s_.words.size()) &&
          (w(i + 1).upos == Upos::kNoun || w(i + 1).upos == Upos::kPropn || w(i + 1).upos == Upos::kAdj ||
           w(i + 1).upos == Upos::kCconj)) {
        continue;
      }
      // A noun that only says what kind of thing its head is ("opposition
      // groups", "election campaign") names no event; one before "attempt"
      // or "plot" does ("a coup attempt").
      if (rel(i) == "compound" && w(i).head >= 0 && !kAttemptNouns.contains(lemmas_[w(i).head])) continue;
      p.noun = true;
      add_arguments_of_noun(i, p);
      const int h = w(i).head;
      // "held talks", "the election was held on Sunday": the verb's
      // phrase is the noun's too.
      // (Not a verb that judges the event: "called the ruling dangerous",
      // "condemned the attack" are acts of their own about it.)
      const bool verb_of_noun = h >= 0 && w(h).upos == Upos::kVerb &&
                                ((rel(i) == "obj" && !kReactionVerbs.contains(lemmas_[h])) ||
                                 (rel(i) == "nsubj:pass" && kHoldingVerbs.contains(lemmas_[h])));
      // A light verb's modality is its noun's ("did not hold talks"); another
      // verb's is its own ("did not reflect its acquisition of Aberford").
      p.modality = verb_of_noun && kLightLemmas.contains(lemmas_[h]) ? modality_of(h) : Modality::kAsserted;
      if (verb_of_noun) p.light_verb = h;
      for (const int c : children_[i]) {
        if (rel(c) == "det" && lemmas_[c] == "no") p.modality = Modality::kNegated;
      }
    } else {
      continue;
    }
    collect_own_words(i, i, p.own_words);
    // "On Tuesday, Ford posted a loss": the light verb's phrase dates its noun.
    if (p.light_verb >= 0) collect_own_words(p.light_verb, p.light_verb, p.own_words);
    p.speaker = speaker_of(p.noun && w(i).head >= 0 ? w(i).head : i);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

std::vector<Predicate> read_predicates(const SentenceSyntax& s, const EventLexicon& lexicon,
                                       std::vector<Predicate>* links) {
  return TreeReader(s, lexicon).run(links);
}

}  // namespace eventgraph
