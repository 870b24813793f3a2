// event_finder.h: the event stage's working state for one document. Internal
// to extract/events: events.cc reads triggers from the lexicon phrases and
// token windows, parsed_events.cc from the dependency parse; both fill the
// same Events, dated, placed and merged the same way.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/events/event_context.h"
#include "extract/events/parsed_predicates.h"
#include "extract/events/sentence_facts.h"
#include "extract/events/trigger_lexicon.h"
#include "extract/extraction.h"
#include "extract/syntax/syntax_model.h"
#include "extract/text/civil_date.h"
#include "extract/text/text.h"
#include "extract/token_features.h"

namespace eventgraph {

class EventFinder {
 public:
  EventFinder(const TokenizedText& text, const std::vector<Timex>& timexes, std::vector<Entity>& entities,
              const std::optional<CivilDate>& dct, const TokenFeatures& features, const syntax::SyntaxModel* syntax)
      : t_(text), timexes_(timexes), entities_(entities), dct_(dct), lex_(TriggerLexicon::get()), syntax_(syntax),
        index_(index_tokens(text, timexes, entities)), in_dateline_(features.in_dateline()),
        folded_(features.folded()), tokens_(features.tokens()), features_(features) {}

  std::vector<Event> run();
  // Relations read from appositions ("X, chief executive of Y") during run().
  const std::vector<Relation>& roles() const { return roles_; }

 private:
  std::string_view w(size_t i) const { return i < t_.tokens.size() ? t_.text(i) : std::string_view(); }
  bool is(size_t i, std::string_view lower) const { return i < folded_.size() && folded_[i] == lower; }
  // The actor mentioned at token i; none inside a wire dateline ("WASHINGTON (Reuters) -").
  int entity_at(size_t i) const {
    return i < index_.entity.size() && !in_dateline_[i] ? index_.entity[i] : -1;
  }
  EntityKind kind_of(int e) const { return entities_[e].kind; }
  // Whether a time expression starts at token k.
  bool timex_starts_at(size_t k) const {
    return k < index_.timex.size() && index_.timex[k] >= 0 && (k == 0 || index_.timex[k - 1] != index_.timex[k]);
  }
  // The index of the entity with this id, or -1.
  int entity_index(const std::string& id) const;
  bool is_actor(int e) const { return e >= 0 && kind_of(e) != EntityKind::kLocation; }
  // Whether the time expression starting at token `first` is one to compare
  // with ("the most since October 1982", "until 2012"), not an event's date.
  bool compares_time(size_t first) const {
    return first > 0 && (is(first - 1, "since") || is(first - 1, "until") || is(first - 1, "till"));
  }
  // The time expression covering token `k` when it can date an event (a
  // date, not the dateline's, not one compared with), or null.
  const Timex* dating_timex_at(size_t k) const;
  size_t clause_start(const Sentence& s, size_t trigger) const;
  size_t clause_end(const Sentence& s, size_t trigger_end) const;
  bool preceded_by_preposition(size_t first) const;
  bool qualifies_person(int entity, size_t at) const;

  std::optional<Event> event_at(const Sentence& s, size_t i, size_t length, const TriggerInfo& info);

  // Read through the parse (parsed_events.cc): the predicates of sentence
  // `s` that no lexicon phrase already found; anaphoric nouns ("the deal")
  // are kept for attach_anaphora().
  void add_parsed_events(const Sentence& s, const std::vector<uint8_t>& quoted, std::vector<Event>& events);
  bool worth_parsing(const Sentence& s) const;
  bool statement_is_news(const Predicate& p, const syntax::SentenceSyntax& parse, const Event& e) const;
  // The entity a phrase names (an actor only when `actor`); `agent`: the
  // phrase is who acts, so a pronoun possessor stands for it too.
  int entity_of_phrase(const syntax::SentenceSyntax& parse, const std::vector<int>& names, bool actor,
                       bool agent = false) const;
  // An actor the lexicons did not know, named by the proper nouns at `head`
  // (added to entities_ and to the token index), or -1.
  int new_actor(const syntax::SentenceSyntax& parse, int head);
  // Whether "he", "she", "his", "her" or "him" is in the sentence of `token` or the next.
  bool person_pronoun_near(size_t token) const;
  void add_apposition_roles(const syntax::SentenceSyntax& parse);
  bool add_role(const syntax::SentenceSyntax& parse, int person, int lo, int hi, size_t evidence_first);
  // "Apple passed Wal-Mart": a relation from each verb the event lexicon
  // does not know whose subject and object are two actors.
  void add_link_relations(const syntax::SentenceSyntax& parse, const std::vector<Predicate>& links);
  // Folds the events of sentence `s` that tell another of its events again into it (told_again.cc).
  void fold_told_again(const syntax::SentenceSyntax& parse, const Sentence& s, std::vector<Event>& events);
  bool is_common_noun(std::string_view folded_word) const;  // a plural one: "gunmen"
  int antecedent(std::string_view word, size_t before_token, bool topic = false) const;
  // The organization named last before `before_token` whose name holds the
  // noun ("the subcommittee": the Energy and Commerce Subcommittee on
  // Commerce; "the postal union": the Letter Carriers Union of Canada), -1 for none.
  int organization_named_by(std::string_view noun, size_t before_token) const;
  // Whether entity e is of the kind a pronoun or group noun names.
  bool stands_for(std::string_view word, int e) const;
  void add_parse_to(Event& e, const Predicate& p, const syntax::SentenceSyntax& parse);
  // Whether predicate p is background (a purpose, "tried to meet") with no
  // actor of its own, and so names no event (parsed_events.cc).
  bool names_no_event(const Predicate& p, const syntax::SentenceSyntax& parse) const;
  void add_participants(Event& e, const Sentence& s, size_t i, size_t end, const TriggerInfo& info) const;
  void add_location(Event& e, const Sentence& s, size_t i, size_t end) const;
  // Dates event e (trigger tokens [i, end)) from the time expressions around
  // it; none that starts at a token in `excluded` (another clause's dates).
  void add_date(Event& e, const Sentence& s, size_t i, size_t end, const std::vector<size_t>& excluded = {}) const;
  // The first tokens of the time expressions of sentence `s` (parsed as
  // `parse`) that lie in a relative clause not holding word `trigger`
  // (parsed_events.cc).
  std::vector<size_t> other_clause_dates(const Sentence& s, const syntax::SentenceSyntax& parse, int trigger) const;
  void add_modality(Event& e, const Sentence& s, size_t i, const TriggerInfo& info) const;
  void add_casualties_and_source(Event& e, const Sentence& s) const;
  std::string label_of(const Event& e) const;
  // The document's events once every sentence is read (document_events.cc).
  // Whether `mention` may tell `told` again as far as actors go: a shared
  // place or actor (not only a country: "French"), or every actor of the
  // mention among the other's, countries too ("Britain sanctions Iran" and
  // "Britain imposed sanctions on Iran on Monday").
  static bool shares_actors(const Event& mention, const Event& told);
  // Folds event `from` into `into`: its actors, its place if `into` has
  // none, its mentions after those of `into`, the larger death toll.
  static void fold_into(Event& into, const Event& from);
  static void merge_duplicates(std::vector<Event>& events);
  static void merge_into_dated(std::vector<Event>& events);
  void date_headline_events(std::vector<Event>& events) const;
  void keep_tolls_with_killings(std::vector<Event>& events) const;
  void attach_anaphora(std::vector<Event>& events) const;

  const TokenizedText& t_;
  const std::vector<Timex>& timexes_;
  std::vector<Entity>& entities_;  // grows by the actors found through the parse
  const std::optional<CivilDate>& dct_;
  const TriggerLexicon& lex_;
  const syntax::SyntaxModel* syntax_;  // null: no parse, the window reading alone
  TokenIndex index_;
  const std::vector<uint8_t>& in_dateline_;
  const std::vector<std::string_view>& folded_;
  const FoldedTokens tokens_;  // folded_ with hashes, for the trigger trie
  const TokenFeatures& features_;
  std::string narrative_;  // the story's current date: the last dated expression read
  // The last read_sentence_facts() answer, for the next event of the same sentence.
  mutable uint32_t facts_first_token_ = UINT32_MAX;
  mutable SentenceFacts facts_;
  // Definite event nouns with nothing of their own ("the crash"): mentions
  // of an event told before, attached by attach_anaphora().
  struct Anaphor {
    std::string type;
    Mention mention;
  };
  std::vector<Anaphor> anaphora_;
  std::vector<Relation> roles_;
  // Per token, the actor a pronoun there was read as (-1: none), for the
  // next sentences' "it" (a memo the const readers fill).
  mutable std::vector<int> resolved_pronoun_;
  bool title_case_ = false;  // the sentence being parsed is a title-case headline
  // Entity ids to indexes, filled as entity_index() is asked (entities_ grows).
  mutable std::unordered_map<std::string, int> entity_by_id_;
  mutable size_t entities_indexed_ = 0;
};


}  // namespace eventgraph
