// actor_finder.h: the actor stage's working parts, shared by its three files:
// actors.cc finds mentions (scanning), person_names.cc reads the runs of name
// words and the titles around them, actor_resolution.cc turns mentions into
// entities (coreference, ids, title relations). Internal to extract/actors;
// actors.h is the module's interface.
#pragma once

#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/actors/actor_lexicon.h"
#include "extract/token_features.h"
#include "extract/text/name_folding.h"
#include "read/document.h"
#include "extract/extraction.h"
#include "extract/text/text.h"

namespace eventgraph {

// Lower-case words that stay inside a name: "Jean-Yves Le Drian", "Bashar al-Assad".
bool is_name_particle(std::string_view w);
// Suffixes a company's name may carry or drop: "Chrysler LLC" is "Chrysler",
// and so is "CHRYSLER CORP" (`folded`: the word in lower case).
bool is_legal_suffix(std::string_view folded);

// One mention as found, before mentions are grouped into entities.
struct RawMention {
  size_t first = 0;  // token range
  size_t end = 0;
  EntityKind kind = EntityKind::kOrganization;
  bool kind_known = true;  // false for bare capitalized words still to be resolved
  bool candidate_only = false;  // kept only if coreference resolves it
  bool acronym_alias = false;   // "(CFT)" after the name it abbreviates
  std::string id;  // set for lexicon names; derived for the rest
  // Views into the lexicon (which lives as long as the program) or into the
  // document's text: a mention copies no strings.
  std::string_view label;
  std::string_view title;
  std::string_view affiliation;
  // The mention of an organization no lexicon knows that is the affiliation
  // ("Environment Canada spokeswoman X"), whose id resolution gives; -1 for none.
  int affiliation_mention = -1;
  std::string_view org_type;  // lexicon organizations: "international", "armed group", ...
};

// Finds the actors of one document. Not copyable or movable: it holds
// references to the document and its tokens.
class ActorFinder {
 public:
  ActorFinder(const ActorFinder&) = delete;
  ActorFinder& operator=(const ActorFinder&) = delete;
  ActorFinder(const Document& doc, const TokenizedText& text, const TokenFeatures& features)
      : doc_(doc), text_(text), tokens_begin_(text.tokens.data()), token_count_(text.tokens.size()),
        lex_(ActorLexicon::get()), features_(features), blocked_(features.in_url()),
        folded_(features.folded()), hashes_(features.hashes()), tokens_(features.tokens()) {
    surface_.reserve(text.tokens.size());
    word_kinds_.assign(text.tokens.size(), 0);
    name_slot_.assign(text.tokens.size(), kNotLooked);
    for (size_t i = 0; i < text.tokens.size(); ++i) surface_.push_back(text.text(i));
    // The first token of each sentence not counting opening quotes and
    // brackets (which are marked too).
    for (const Sentence& s : text.sentences) {
      for (size_t k = s.first_token; k < s.end_token; ++k) {
        word_kinds_[k] |= kOpensSentence;
        if (text.tokens[k].kind != TokenKind::kPunct) break;
      }
    }
    mark_byline();
    mark_dateline_credits();
  }

  std::vector<Entity> run(std::vector<Relation>* relations);

 private:
  // Through tokens_begin_ and token_count_, fixed at construction: read
  // through text_, the vector's size is divided out again at every call.
  bool word(size_t i) const { return i < token_count_ && tokens_begin_[i].kind == TokenKind::kWord && !blocked_[i]; }
  bool capitalized(size_t i) const { return word(i) && (tokens_begin_[i].flags & kCapitalized); }
  bool all_caps(size_t i) const { return word(i) && (tokens_begin_[i].flags & kAllCaps); }
  bool is(size_t i, std::string_view lower) const { return i < folded_.size() && folded_[i] == lower; }
  // "Jr", "Sr": a suffix after a surname, never a name of its own.
  bool name_suffix(size_t i) const { return is(i, "jr") || is(i, "sr"); }
  // Whether token i opens a sentence or a line, or follows a colon ("Note:Full
  // company name"). Arithmetic, not branches: run() asks it of every token.
  bool sentence_initial(size_t i) const {
    const Token& before = tokens_begin_[i - (i > 0)];  // token 0 is itself, and initial anyway
    const bool after_colon = (before.end - before.start == 1) & (text_.source[before.start] == ':');
    return (i == 0) | tokens_begin_[i].has(kNewlineBefore) | ((word_kinds_[i] & kOpensSentence) != 0) | after_colon;
  }
  bool in_header(size_t i) const { return tokens_begin_[i].start < doc_.body_start; }
  // What token i is as a word, computed on first use: a weekday or month
  // name, a word that never starts a name; and (computed separately) an
  // organization cue word that ends ("Ministry") or opens ("Bank of") a name.
  enum WordKind : uint8_t {
    kKindKnown = 1, kWeekdayOrMonth = 2, kNotAName = 4, kOrgKnown = 8, kOrgTail = 16, kOrgLead = 32,
    kOpensSentence = 64  // set by the constructor: see sentence_initial()
  };
  uint8_t word_kind(size_t i) const;
  uint8_t org_kind(size_t i) const;
  bool not_a_name(size_t i) const { return word_kind(i) & kNotAName; }
  bool org_tail(size_t i) const { return org_kind(i) & kOrgTail; }
  bool org_lead(size_t i) const { return org_kind(i) & kOrgLead; }
  size_t name_end(size_t i, size_t limit) const;
  void mark_byline();
  void mark_dateline_credits();

  // The tokens that may open a name: words, not blocked, capitalized or
  // possibly a title's first word; in order. Made without branches.
  std::vector<uint32_t> name_openers() const;
  // Scans sentence s from openers[*next_opener] on, advancing it.
  void scan_sentence(const Sentence& s, const std::vector<uint32_t>& openers, size_t* next_opener);
  size_t titled_person(size_t i, size_t end);
  size_t lexicon_name(size_t i, size_t end);
  size_t unknown_name(size_t i, size_t end);
  void apposition(size_t person_mention, size_t after, size_t end);
  void add_lexicon_mention(size_t i, size_t length, const LexEntry& e);
  // Appends to mentions_ and indexes it by its end token (mentions_by_end_).
  void add_mention(RawMention m);
  std::string_view label_of(size_t first, size_t end) const;  // the text of tokens [first, end)

  bool contains_title_or_cue(size_t first, size_t end) const;
  bool listed_with_organization(size_t first, size_t end, size_t line_end) const;
  bool is_apposition_title(size_t after, size_t end) const;
  bool follows_title_phrase(size_t first) const;
  bool follows_kin_noun(size_t first) const;
  bool is_media_tail(size_t end) const;
  // Whether "news agency" or "news service" opens at token `i`: the name
  // before it is a medium's ("the official Tanjug news agency").
  bool is_news_agency(size_t i) const { return is(i, "news") && (is(i + 1, "agency") || is(i + 1, "service")); }
  // Whether "she", "he", "her", "his" or "him" follows token `first` in its sentence or the next.
  bool person_pronoun_after(size_t first) const;
  // The end of a company's name less its legal suffixes ("Chrysler LLC",
  // "Chrysler Group" and "Chrysler" are one company): its id is made from it.
  size_t company_core_end(size_t first, size_t end) const;
  void resolve_names();
  std::vector<Entity> assemble(std::vector<Relation>* relations) const;

  const Document& doc_;
  const TokenizedText& text_;
  const Token* tokens_begin_;
  size_t token_count_;
  const ActorLexicon& lex_;
  const TokenFeatures& features_;
  std::vector<uint8_t> blocked_;
  // Spans rather than references to the vectors: one load less per look.
  std::span<const std::string_view> folded_;
  std::span<const uint64_t> hashes_;  // folded_token_hash of each folded_ entry
  const FoldedTokens tokens_;            // both together, for the lexicon tries
  std::vector<std::string_view> surface_;
  mutable std::vector<uint8_t> word_kinds_;  // word_kind() per token, 0 until computed
  std::vector<RawMention> mentions_;
  // The mentions ending at each token, as chains: the latest mention ending
  // at token t is mentions_[last_ending_at_[t] - 1] (0: none), the one before
  // it mentions_[earlier_same_end_[that] - 1]. "Which mention ends here?" was
  // a walk over every mention so far: quadratic in a long document (a 200 MB
  // document took 233 s).
  std::vector<uint32_t> last_ending_at_;
  std::vector<uint32_t> earlier_same_end_;
  std::unordered_map<std::string_view, std::string> acronyms_;  // "IS" -> entity id
  // Capitalized tokens not opening a sentence, ordered by (hash, folded form)
  // so that equal words sit together: how often a word is capitalized
  // mid-sentence is the length of its run.
  std::vector<uint32_t> mid_sentence_;
  bool mid_sentence_less(uint32_t a, uint32_t b) const {
    return hashes_[a] != hashes_[b] ? hashes_[a] < hashes_[b] : folded_[a] < folded_[b];
  }
  size_t mid_sentence_count(size_t i) const;
  // match_name() per token, computed once (every caller passes the line's end):
  // name_slot_[i] is kNotLooked, kNoName, or the index of the match in
  // names_found_, a deque so that references to earlier matches stay valid.
  static constexpr int32_t kNotLooked = -2, kNoName = -1;
  mutable std::vector<int32_t> name_slot_;
  mutable std::deque<NameMatch> names_found_;
  const NameMatch& name_at(size_t i, size_t end) const {
    static const NameMatch kNone;
    if (i >= end || i >= folded_.size()) return kNone;
    int32_t& slot = name_slot_[i];
    if (slot == kNotLooked) {
      NameMatch m = lex_.match_name(tokens_, surface_, i, end);
      if (m.length == 0) {
        slot = kNoName;
      } else {
        slot = static_cast<int32_t>(names_found_.size());
        names_found_.push_back(std::move(m));
      }
    }
    return slot == kNoName ? kNone : names_found_[slot];
  }
  std::unordered_map<std::string, const LexEntry*> acronym_entries_;
};

}  // namespace eventgraph
