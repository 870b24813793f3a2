// People's names as the actor scan reads them: how far a run of name words
// goes ("Robert F. Kennedy", "Ursula von der Leyen", "AT&T"), the title before
// a name ("Russian President Vladimir Putin", "Mr Cameron") and the
// apposition after it ("Jean Dupont, the French defense minister,").
// Members of ActorFinder (actor_finder.h); actors.cc runs the scan.
#include <string_view>

#include "extract/actors/actor_finder.h"
#include "extract/actors/kinship.h"
#include "extract/text/date_words.h"

namespace eventgraph {

// Lower-case words that stay inside a name: "Jean-Yves Le Drian", "Bashar al-Assad",
// "Mohammed bin Salman", "Staffan de Mistura", "Ludwig van Beethoven".
bool is_name_particle(std::string_view w) {
  switch (w.size()) {  // by length: most words are ruled out without a compare
    case 2: return equals_any(w, {"de", "da", "di", "le", "la", "du", "al", "el"});
    case 3: return equals_any(w, {"del", "van", "von", "der", "den", "bin", "ibn", "abu", "ben", "dos", "das"});
    case 0: case 1: return false;
    default:
      return (w.size() == 5 && w == "della") || w.substr(0, 3) == "al-" || w.substr(0, 3) == "el-";
  }
}

// The end of a run of name tokens from i: capitalized words, with particles
// between them ("Jean-Yves Le Drian", "Bashar al-Assad").
size_t ActorFinder::name_end(size_t i, size_t limit) const {
  size_t j = i;
  while (j < limit) {
    if (capitalized(j) || all_caps(j)) {
      // A weekday or month ends a name, but "May" may be one ("Theresa May")
      // unless a day or year follows.
      const bool may_as_name = folded_[j] == "may" &&
                               !(j + 1 < token_count_ && tokens_begin_[j + 1].kind == TokenKind::kNumber);
      if (j > i && (word_kind(j) & kWeekdayOrMonth) && !may_as_name) break;
      ++j;
      continue;
    }
    if (j == i) break;
    if (word(j) && is_name_particle(folded_[j])) {
      // "Le Drian", "al-Assad" as one token, "von der Leyen" with two particles.
      if (capitalized(j + 1) || folded_[j].size() > 3) {
        ++j;
        continue;
      }
      if (word(j + 1) && is_name_particle(folded_[j + 1]) && capitalized(j + 2)) {
        j += 2;
        continue;
      }
    }
    // "Waterside Workers' Federation", "Fireman's Fund", "Korean People's
    // Army": a possessive inside an organization's name, when the name it
    // opens ends like one. A singular one only after a common word: "West
    // Germany's Siemens AG" is two names.
    const bool plural_possessive = is(j, "'") || is(j, "\xE2\x80\x99");
    const bool singular_possessive = (is(j, "'s") || is(j, "\xE2\x80\x99s")) && j > i &&
                                     lex_.is_common_word(folded_[j - 1], hashes_[j - 1]);
    if ((plural_possessive || singular_possessive) && !tokens_begin_[j].has(kSpaceBefore) && j + 1 < limit &&
        capitalized(j + 1)) {
      const size_t rest = name_end(j + 1, limit);
      if (rest > j + 1 && org_tail(rest - 1)) {
        j = rest;
        continue;
      }
      break;
    }
    // The rest join at one-character tokens only: "&" and ".".
    if (surface_[j].size() != 1) break;
    const char c = surface_[j][0];
    // An ampersand joins a company's name: "AT&T", "Procter & Gamble" (not
    // "R&D" or "M&A": single letters on both sides).
    if (c == '&' && j + 1 < limit && (capitalized(j + 1) || all_caps(j + 1)) &&
        (surface_[j - 1].size() > 1 || surface_[j + 1].size() > 1)) {
      ++j;
      continue;
    }
    if (c != '.' || tokens_begin_[j].has(kSpaceBefore) || j < i + 2) break;
    // "Jr." and "Sr." keep their period; "Martin Luther King Jr. Day" is a
    // holiday's name, read on as one run.
    if (name_suffix(j - 1)) {
      if (is(j + 1, "day")) {
        j += 2;
        continue;
      }
      ++j;
      break;
    }
    // A middle initial after a given name: "Robert F. Kennedy", "George H. W.
    // Bush" ("Vitamin D. Researchers" is no name).
    if (j + 1 < limit && surface_[j - 1].size() == 1 && capitalized(j + 1) && !not_a_name(j + 1) &&
        lex_.is_given_name(folded_[i], hashes_[i])) {
      ++j;
      continue;
    }
    break;
  }
  return j;
}

// "[Russian|France's|Kremlin] TITLE Name": a person with a title and affiliation.
size_t ActorFinder::titled_person(size_t i, size_t end) {
  size_t j = i;
  const LexEntry* affiliation = nullptr;
  size_t affiliation_length = 0;
  if (capitalized(i) || all_caps(i)) {
    const NameMatch& m = name_at(i, end);
    if (m.length > 0) {
      const LexEntry* e = m.entries.front();
      if (e->kind == EntityKind::kCountry || e->kind == EntityKind::kOrganization || e->capital) {
        affiliation = e;
        affiliation_length = m.length;
        j = i + m.length;
        if (is(j, "'s")) ++j;
      }
    }
  }
  // "Former President", "acting Defense Minister", "then-Prime Minister".
  while (j < end && (is(j, "former") || is(j, "acting") || is(j, "interim") || is(j, "outgoing") || is(j, "incoming") ||
                     is(j, "then") || is(j, "ex") || is(j, "late") || is(j, "deposed") || is(j, "exiled"))) {
    ++j;
    if (is(j, "-")) ++j;
  }
  const auto [title, title_length] = lex_.match_title(tokens_, j, end);
  if (title_length == 0) return i;
  // "MS Net", "<MS>": an honorific without its period in capitals is a
  // ticker or a product, not "Ms".
  if (title_length == 1 && all_caps(j) && (is(j, "ms") || is(j, "mr") || is(j, "mrs") || is(j, "dr"))) return i;
  size_t k = j + title_length;
  if (is(k, "]") || is(k, ")")) ++k;  // "[Russian President] Vladimir Putin"
  // "Malaysia's Prime Minister, Najib Razak": after a possessive the comma
  // sets the name beside its title (without one, "President, Vice
  // President" is a list).
  if (affiliation && is(i + affiliation_length, "'s") && is(k, ",") && capitalized(k + 1)) ++k;
  // "Minister of Education Stefania Giannini": the portfolio is common words
  // ("Foreign Affairs", "Homeland Security"); the name opens at the first
  // given name or word no dictionary has, and has two words or more.
  if (is(k, "of") && capitalized(k + 1)) {
    const size_t run_end = name_end(k + 1, end);
    for (size_t g = k + 2; g + 1 < run_end; ++g) {
      if (lex_.is_given_name(folded_[g], hashes_[g]) || !lex_.is_common_word(folded_[g], hashes_[g])) {
        k = g;
        break;
      }
    }
  }
  if (!capitalized(k)) return i;
  // The name must not itself be a lexicon name ("President Obama" is fine, "President Putin" too,
  // but "Prime Minister of Britain" is no name).
  const NameMatch& after = name_at(k, end);
  if (after.length > 0 && after.entries.front()->kind != EntityKind::kPerson) return i;
  const size_t e = name_end(k, end);
  if (e == k) return i;
  // A title alone before a capitalized common word is no person ("President Said"),
  // nor before a company ("market researcher Dataquest Inc").
  if (e == k + 1 && lex_.is_common_word(folded_[k], hashes_[k])) return i;
  if (name_suffix(k)) return i;  // "King Jr.": a suffix, not a name
  if (is_news_agency(e)) return i;  // "the official Tanjug news agency": no person
  if (org_tail(e - 1)) return i;
  if (affiliation) add_lexicon_mention(i, affiliation_length, *affiliation);
  RawMention p;
  p.first = k;
  p.end = e;
  p.kind = EntityKind::kPerson;
  p.label = label_of(k, e);
  p.title = title;
  if (affiliation) {
    p.affiliation = affiliation->kind == EntityKind::kOrganization ? affiliation->id : affiliation->country;
  } else if (j == i && i > 0 && i < last_ending_at_.size() && last_ending_at_[i] > 0) {
    // "Environment Canada spokeswoman Sujata Raisinghani": an organization
    // no lexicon knows, found just before the title, is the affiliation
    // (by the id resolution gives that mention: "WPPSS" may turn out to be
    // the Washington Public Power Supply System).
    const RawMention& before = mentions_[last_ending_at_[i] - 1];
    // (Not a sentence opener kept only if it is named again: "English
    // defender Kyle Walker" opens with no organization at all.)
    if (before.kind == EntityKind::kOrganization && before.id.empty() && !before.candidate_only) {
      p.affiliation_mention = static_cast<int>(last_ending_at_[i] - 1);
    }
  }
  add_mention(std::move(p));
  apposition(mentions_.size() - 1, e, end);
  return e;
}

// "Heidi Tagliavini, an envoy of the OSCE", "Jean Dupont, the French defense minister,".
void ActorFinder::apposition(size_t person, size_t after, size_t end) {
  size_t j = after;
  if (!is(j, ",")) return;
  ++j;
  if (is(j, "a") || is(j, "an") || is(j, "the")) ++j;
  const LexEntry* affiliation = nullptr;
  const NameMatch& adj = name_at(j, end);
  if (adj.length > 0 && (adj.entries.front()->kind == EntityKind::kCountry || adj.entries.front()->demonym)) {
    affiliation = adj.entries.front();
    add_lexicon_mention(j, adj.length, *affiliation);
    j += adj.length;
  }
  const auto [title, length] = lex_.match_title(tokens_, j, end);
  if (length == 0) return;
  j += length;
  if ((is(j, "of") || is(j, "for") || is(j, "at")) && !affiliation) {
    size_t k = j + 1;
    if (is(k, "the")) ++k;
    const NameMatch& of = name_at(k, end);
    // ("head of Thailand's Board of Investment" heads the board, not the country.)
    if (of.length > 0 && !is(k + of.length, "'s")) {
      affiliation = of.entries.front();
      add_lexicon_mention(k, of.length, *affiliation);
    }
  }
  RawMention& p = mentions_[person];
  if (p.title.empty()) p.title = title;
  if (p.affiliation.empty() && affiliation) {
    p.affiliation = affiliation->kind == EntityKind::kOrganization ? affiliation->id : affiliation->country;
  }
}

// Titles and organization words are no parts of a person's name
// ("Chief Operating Officer", "Commercial Airplanes").
bool ActorFinder::contains_title_or_cue(size_t first, size_t end) const {
  for (size_t k = first; k < end; ++k) {
    if (org_tail(k) || lex_.match_title(tokens_, k, k + 1).second > 0 || not_a_name(k)) return true;
  }
  return false;
}

// ", a spokesman for", ", the French defense minister": a title follows the name.
bool ActorFinder::is_apposition_title(size_t after, size_t end) const {
  if (!is(after, ",")) return false;
  size_t j = after + 1;
  if (is(j, "a") || is(j, "an") || is(j, "the")) ++j;
  if (const NameMatch& adj = name_at(j, end); adj.length > 0) j += adj.length;
  return lex_.match_title(tokens_, j, end).second > 0;
}

// "the president of the Lombardy region, Roberto Maroni", "a Scientology
// attorney, Kendrick Moxon": the name at `first` is set off by a comma after a
// description that an article opens and a title heads (two words may stand
// between: "a company attorney"). Eleven tokens back at most, within the
// phrase.
bool ActorFinder::follows_title_phrase(size_t first) const {
  if (first < 3 || !is(first - 1, ",")) return false;
  const size_t comma = first - 1;
  const size_t stop = comma > 11 ? comma - 11 : 0;
  for (size_t j = comma; j-- > stop;) {
    const std::string_view w = surface_[j];
    if (!word(j) && w != "(" && w != ")" && w != "-") return false;  // another comma, a quote: another phrase
    if (!(is(j, "the") || is(j, "a") || is(j, "an"))) continue;
    // The title ends the description or its head: "a company attorney,",
    // "the president of the region,".
    for (size_t k = j + 1; k < comma && k <= j + 3; ++k) {
      const size_t length = lex_.match_title(tokens_, k, comma).second;
      const size_t after = k + length;
      if (length > 0 && (after == comma || is(after, "of") || is(after, "for") || is(after, "at") || is(after, "in"))) {
        return true;
      }
    }
  }
  return false;
}

// "his wife Manju Sam", "Putin's daughter, Maria", "her late husband
// John": the name at `first` comes after a possessed kin noun.
bool ActorFinder::follows_kin_noun(size_t first) const {
  size_t k = first;
  if (k > 0 && is(k - 1, ",")) --k;
  if (k < 2 || kin_noun(surface_[k - 1]).empty()) return false;
  return kin_possessor(folded_, k - 1) != SIZE_MAX;
}

}  // namespace eventgraph
