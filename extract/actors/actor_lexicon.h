// actor_lexicon.h: the lexicons of data/ as lookup structures for the actor stage:
// a token trie of names (countries, demonyms, capitals, places, organizations,
// people often named by surname alone),
// a trie of titles, and word sets (given names, common words, organization cues).
//
// Built once, on first use, from the lexicons compiled into the binary; shared
// read-only by every document (thread-safe after construction).
//
//   const ActorLexicon& lex = ActorLexicon::get();
//   NameMatch m = lex.match_name(features.tokens(), surfaces, i, end);
//   if (m.length) for (const LexEntry* e : m.entries) ...
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/extraction.h"
#include "extract/text/folded_word_set.h"
#include "extract/text/phrase_trie.h"

namespace eventgraph {

struct LexEntry {
  EntityKind kind = EntityKind::kOrganization;
  std::string id;       // "country:RUS", "location:raqqa", "org:islamic_state"
  std::string label;    // canonical name
  std::string country;  // id of the country it belongs to, or ""
  std::string org_type;  // organizations: "media", "armed group", ...
  bool demonym = false;  // "Russian", "French": names the country as an adjective
  bool capital = false;  // the capital city, which can stand for the government
  // The surface form this entry was listed under, for entries that must match
  // in exact case ("US", "IS", "WHO" are not "us", "is", "who").
  std::string exact_surface;
};

// The id of a person, organization or place named `name` ("person:vladimir_putin",
// "org:islamic_state", "location:raqqa"): lexicon entries and names found in the
// text get theirs from here, so the two agree.
std::string entity_id(EntityKind kind, std::string_view name);

struct NameMatch {
  size_t length = 0;  // tokens matched; 0 when none
  std::vector<const LexEntry*> entries;
};

class ActorLexicon {
 public:
  static const ActorLexicon& get();

  // Not copyable or movable: one shared instance.
  ActorLexicon(const ActorLexicon&) = delete;
  ActorLexicon& operator=(const ActorLexicon&) = delete;

  // The longest lexicon name starting at token i (before `end`). `folded` holds
  // the folded tokens, `surface` their text (for exact-case entries).
  NameMatch match_name(const FoldedTokens& folded, const std::vector<std::string_view>& surface, size_t i,
                       size_t end) const;
  // The longest title starting at token i: its canonical form and length.
  std::pair<std::string_view, size_t> match_title(const FoldedTokens& folded, size_t i, size_t end) const {
    const auto [node, length] = titles_.longest(folded, i, end);
    if (length == 0) return {std::string_view(), 0};
    return {title_forms_[titles_.payloads(node).front()], length};
  }

  // False when no title starts with a token of this folded hash.
  bool may_start_title(uint64_t hash) const { return titles_.may_start(hash); }

  // Word sets, by folded form (and its folded_token_hash when known).
  bool is_given_name(std::string_view folded, uint64_t hash) const { return given_names_.contains(folded, hash); }
  bool is_common_word(std::string_view folded, uint64_t hash) const { return common_words_.contains(folded, hash); }
  bool is_common_word(std::string_view folded) const { return common_words_.contains(folded); }
  // Organization cue words, as written (case matters: "Party", not "party").
  bool is_org_tail(std::string_view word) const { return org_tails_.contains(word); }
  // The last word of a place's name, as written: "Square", "Airport".
  bool is_place_tail(std::string_view word) const { return place_tails_.contains(word); }
  bool is_org_lead(std::string_view word) const { return org_leads_.contains(word); }
  // False when no cue word folds to `folded` (with its hash): the quick test
  // before the exact ones above.
  bool may_be_org_cue(std::string_view folded, uint64_t hash) const { return org_cues_folded_.contains(folded, hash); }
  // Known places (and capitals) one letter away from `folded` ("ragga" ->
  // Raqqa, with doubled letters counted once), for words in a place context.
  std::vector<const LexEntry*> near_places(std::string_view folded) const;
  // The country entry for an id ("country:RUS").
  const LexEntry* country(const std::string& id) const;

 private:
  ActorLexicon();
  void add_name(std::string_view phrase, const LexEntry& entry);
  // add_name() for the entry's label and each of a ";" list of other names.
  void add_names(const LexEntry& entry, std::string_view aliases);
  void add_title(std::string_view phrase, std::string_view canonical);
  void load_countries();
  void load_places();
  void load_organizations();
  void load_people();

  PhraseTrie names_;
  std::vector<LexEntry> entries_;
  PhraseTrie titles_;
  std::vector<std::string> title_forms_;
  FoldedWordSet given_names_;
  FoldedWordSet common_words_;
  FoldedWordSet org_tails_;  // holds the words as written, not folded
  FoldedWordSet org_leads_;
  FoldedWordSet place_tails_;  // as written
  FoldedWordSet org_cues_folded_;  // every cue word, folded
  std::vector<size_t> place_entries_;          // for near_places
  std::vector<std::string> place_collapsed_;   // their folded names, doubled letters once
  // Indexes into the two above by the first byte of the folded name: a near
  // place shares its first letter, so near_places() reads one bucket.
  std::array<std::vector<uint32_t>, 256> places_by_initial_;
  std::unordered_map<std::string, size_t> countries_by_id_;
};

}  // namespace eventgraph
