// The second half of the actor stage: mentions become entities.
#include <algorithm>
#include <numeric>

#include "extract/actors/actor_finder.h"
#include "extract/text/date_words.h"
#include "extract/text/indexes_where.h"
#include "extract/text/small_string_map.h"

namespace eventgraph {
size_t ActorFinder::company_core_end(size_t first, size_t end) const {
  while (end - first > 1 && is_legal_suffix(folded_[end - 1])) --end;
  return end;
}

bool is_legal_suffix(std::string_view folded) {
  return equals_any(folded, {"inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag",
                             "sa", "s.a.", "nv", "n.v.", "gmbh", "group", "holdings", "company", "bhd", "berhad", "pty",
                             "pte", "kk", "spa", "bv", "oy", "oyj", "ab", "asa"});
}

// Gives every mention its entity id: lexicon ids as they are; people by full
// name, with a shorter form of it ("Le Drian", "Putin") joining the full name;
// acronyms their definition.
void ActorFinder::resolve_names() {
  // "Encor Energy Corp Inc" is "Encor Energy" and "Encor" later in the
  // story: the first words of a company's name that carries a legal suffix
  // name it (not a common word alone: "General" of "General Motors Corp").
  std::unordered_map<std::string, std::string> company_prefix;  // folded first words -> id ("" when two own them)
  // (Keys drop periods: "Esso U.K. Plc" is "Esso UK" too.)
  const auto prefix_key = [](std::string folded) {
    folded.erase(std::remove(folded.begin(), folded.end(), '.'), folded.end());
    return folded;
  };
  for (const RawMention& m : mentions_) {
    if (m.kind != EntityKind::kOrganization || m.end - m.first < 2 || !is_legal_suffix(folded_[m.end - 1])) continue;
    const size_t core_end = company_core_end(m.first, m.end);
    const std::string id = m.id.empty() ? entity_id(m.kind, label_of(m.first, core_end)) : m.id;
    for (size_t k = m.first + 1; k <= core_end; ++k) {
      if (k == m.first + 1 && lex_.is_common_word(folded_[m.first], hashes_[m.first])) continue;
      const auto [it, fresh] = company_prefix.try_emplace(prefix_key(fold_name(label_of(m.first, k))), id);
      if (!fresh && it->second != id) it->second.clear();
    }
  }
  // "American Express and Shearson said": a country's adjective read apart
  // from the word after it, where the two open a company the story names in
  // full ("American Express Co"). The two mentions become the company's.
  if (!company_prefix.empty()) {
    for (size_t k = 0; k + 1 < mentions_.size(); ++k) {
      RawMention& adjective = mentions_[k];
      RawMention& rest = mentions_[k + 1];
      if (adjective.kind != EntityKind::kCountry || rest.first != adjective.end || rest.acronym_alias ||
          rest.kind == EntityKind::kPerson) {
        continue;
      }
      const auto c = company_prefix.find(prefix_key(fold_name(label_of(adjective.first, rest.end))));
      if (c == company_prefix.end() || c->second.empty()) continue;
      rest.first = adjective.first;
      rest.label = label_of(rest.first, rest.end);
      rest.kind = EntityKind::kOrganization;
      rest.kind_known = true;
      rest.candidate_only = false;
      rest.id = c->second;
      adjective.id.clear();  // no entity: assemble() skips a mention without an id
      adjective.candidate_only = true;
      adjective.kind_known = false;
    }
  }
  const auto names_company = [&](const RawMention& m) {
    if (company_prefix.empty()) return false;
    const auto c = company_prefix.find(prefix_key(fold_name(m.label)));
    return c != company_prefix.end() && !c->second.empty();
  };
  // People with two or more words, longest first, so that the fullest name owns its suffixes.
  std::vector<RawMention*> people;
  for (RawMention& m : mentions_) {
    if (m.id.empty() && m.kind == EntityKind::kPerson && m.end - m.first >= 2 && !names_company(m)) people.push_back(&m);
  }
  std::stable_sort(people.begin(), people.end(),
                   [](const RawMention* a, const RawMention* b) { return a->end - a->first > b->end - b->first; });
  std::unordered_map<std::string, std::string> by_suffix;  // folded name or suffix -> person id
  // A suffix two people share ("Mohamed" of "Ahmed Mohamed" and of his father
  // "Mohamed El-Hassan Mohamed") is the one named first: a story introduces
  // its subject before the people around him. The first token of the
  // owner's earliest mention, per suffix:
  std::unordered_map<std::string, size_t> suffix_from;
  for (RawMention* m : people) {
    std::string full;
    for (size_t t = m->first; t < m->end; ++t) {
      if (t > m->first) full += ' ';
      full += folded_[t];
    }
    const auto known = by_suffix.find(full);
    m->id = known != by_suffix.end() ? known->second : entity_id(EntityKind::kPerson, m->label);
    for (size_t k = m->first + 1; k < m->end; ++k) {
      std::string suffix;
      for (size_t t = k; t < m->end; ++t) {
        if (t > k) suffix += ' ';
        suffix += folded_[t];
      }
      const auto claim = [&](const std::string& key) {
        const auto [it, fresh] = by_suffix.try_emplace(key, m->id);
        size_t& from = suffix_from.try_emplace(key, m->first).first->second;
        if (!fresh && it->second != m->id && m->first < from) it->second = m->id;
        if (it->second == m->id) from = std::min(from, m->first);
      };
      claim(suffix);
      if (suffix.rfind("al-", 0) == 0 || suffix.rfind("el-", 0) == 0) claim(suffix.substr(3));
    }
  }
  // Whether a mention without an id has a kind still to learn from another
  // mention of its label; most documents have none, and then skip the steps
  // that serve only that.
  const bool kinds_to_learn = std::any_of(mentions_.begin(), mentions_.end(),
                                          [](const RawMention& m) { return m.id.empty() && !m.kind_known; });
  // The folded label of each mention without an id, computed once, when some
  // step below reads it.
  std::vector<std::string> folded_labels(mentions_.size());
  if (kinds_to_learn || !by_suffix.empty()) {
    for (size_t k = 0; k < mentions_.size(); ++k) {
      if (mentions_[k].id.empty()) folded_labels[k] = fold_name(mentions_[k].label);
    }
  }
  // A surname the lexicon knows ("Putin") is the document's own full name with
  // that surname when there is one ("Gerhard Stoltenberg", not the lexicon's).
  if (!by_suffix.empty()) {
    for (RawMention& m : mentions_) {
      if (m.kind != EntityKind::kPerson || m.id.empty() || m.end - m.first != 1) continue;
      if (const auto it = by_suffix.find(std::string(folded_[m.first])); it != by_suffix.end() && it->second != m.id) {
        m.id = it->second;
        m.label = label_of(m.first, m.end);
        m.affiliation = {};
      }
    }
  }
  // An unknown name classified somewhere (a place after "in") is that everywhere.
  SmallStringMap<EntityKind> kind_of_label;
  for (size_t k = 0; k < mentions_.size() && kinds_to_learn; ++k) {
    const RawMention& m = mentions_[k];
    if (m.id.empty() && m.kind_known && !m.candidate_only) kind_of_label.try_emplace(folded_labels[k], m.kind);
  }
  for (size_t k = 0; k < mentions_.size() && !kind_of_label.empty(); ++k) {
    RawMention& m = mentions_[k];
    if (!m.id.empty() || m.kind_known) continue;
    if (const std::optional<EntityKind> kind = kind_of_label.find(folded_labels[k])) {
      m.kind = *kind;
      m.kind_known = true;
      m.candidate_only = false;
    }
  }
  // A single word that is one of the words of exactly one full name, as a
  // nickname or first name is ("Lula" in "Luiz Inacio Lula da Silva").
  std::unordered_map<std::string, std::string> by_word;
  std::unordered_map<std::string, int> word_owners;
  for (RawMention* m : people) {
    for (size_t t = m->first; t < m->end; ++t) {
      if (is_name_particle(folded_[t])) continue;
      const std::string w(folded_[t]);
      if (by_word.emplace(w, m->id).second) ++word_owners[w];
      else if (by_word[w] != m->id) ++word_owners[w];
    }
  }
  for (RawMention& m : mentions_) {
    if (by_word.empty()) break;  // no full names: nothing to join
    if (!m.id.empty() || m.end - m.first != 1 || m.acronym_alias) continue;
    const std::string w(folded_[m.first]);
    if (by_suffix.count(w)) continue;  // surnames are handled below
    if (const auto it = by_word.find(w); it != by_word.end() && word_owners[w] == 1 && !lex_.is_common_word(w)) {
      m.id = it->second;
      m.kind = EntityKind::kPerson;
      m.kind_known = true;
      m.candidate_only = false;
    }
  }
  if (!company_prefix.empty()) {
    for (size_t k = 0; k < mentions_.size(); ++k) {
      if (mentions_[k].id.empty() && folded_labels[k].empty()) folded_labels[k] = fold_name(mentions_[k].label);
    }
  }
  for (size_t k = 0; k < mentions_.size(); ++k) {
    RawMention& m = mentions_[k];
    // The definition's id goes to its acronym, and to every later use of it.
    const auto give_alias = [&] {
      if (k + 1 < mentions_.size() && mentions_[k + 1].acronym_alias && !m.id.empty()) {
        mentions_[k + 1].id = m.id;
        acronyms_[mentions_[k + 1].label] = m.id;
      }
    };
    if (m.acronym_alias) continue;
    if (!m.id.empty()) {
      give_alias();
      continue;
    }
    if (const auto it = acronyms_.empty() ? acronyms_.end() : acronyms_.find(m.label);
        it != acronyms_.end() && !it->second.empty()) {
      m.id = it->second;
    } else if (const auto p = by_suffix.empty() ? by_suffix.end() : by_suffix.find(folded_labels[k]); p != by_suffix.end()) {
      m.id = p->second;
      m.kind = EntityKind::kPerson;
      m.kind_known = true;
    } else if (const auto c = company_prefix.empty() ? company_prefix.end()
                                                     : company_prefix.find(prefix_key(folded_labels[k]));
               c != company_prefix.end() && !c->second.empty()) {
      m.id = c->second;
      m.kind = EntityKind::kOrganization;
      m.kind_known = true;
      m.candidate_only = false;
    } else if (m.candidate_only) {
      continue;  // an unresolved sentence opener
    } else if (m.kind == EntityKind::kPerson && m.kind_known) {
      // A titled person known by one name only: the lexicon's person by that
      // name when another mention found one ("President Reagan", "Reagan").
      const auto known = std::find_if(mentions_.begin(), mentions_.end(), [&](const RawMention& o) {
        return o.kind == EntityKind::kPerson && !o.id.empty() && o.end - o.first == 1 &&
               folded_[o.first] == folded_[m.first];
      });
      m.id = known != mentions_.end() ? known->id : entity_id(EntityKind::kPerson, m.label);
    } else if (m.kind_known || m.end - m.first >= 2) {
      // "Chrysler LLC", "Chrysler Group" and "Chrysler" are one company: the id
      // leaves out legal and group suffixes.
      const size_t core_end = m.kind == EntityKind::kOrganization ? company_core_end(m.first, m.end) : m.end;
      m.id = entity_id(m.kind, label_of(m.first, core_end));
    }
    give_alias();
  }
}

// Whether the name ending before token `end` ends like a newsroom's.
bool ActorFinder::is_media_tail(size_t end) const {
  const std::string_view last = folded_[end - 1];
  if (last == "agency" || last == "service") return end >= 2 && (folded_[end - 2] == "news" || folded_[end - 2] == "press");
  return last == "news" || last == "times" || last == "post" || last == "journal" || last == "television" ||
         last == "radio" || last == "herald" || last == "tribune" || last == "gazette";
}

std::vector<Entity> ActorFinder::assemble(std::vector<Relation>* relations) const {
  std::vector<Entity> entities;
  entities.reserve(mentions_.size());  // at most one each: no entity is moved while growing
  std::vector<uint8_t> supported;  // per entity: some mention has a known kind or a title
  SmallStringMap<size_t> index;  // id -> entity; keys view the mentions' ids
  for (const RawMention& m : mentions_) {
    if (m.id.empty()) continue;
    const auto [at, fresh] = index.try_emplace(m.id, entities.size());
    if (fresh) {
      Entity& e = entities.emplace_back();
      e.id = m.id;
      e.kind = m.kind;
      e.label = m.label;
      supported.push_back(0);
    }
    if (m.kind_known || !m.title.empty()) supported[at] = 1;
    Entity& e = entities[at];
    const std::string_view surface = label_of(m.first, m.end);
    // People are named by their longest form; lexicon entities keep their canonical label.
    if (m.kind == EntityKind::kPerson && m.label.size() > e.label.size()) e.label = m.label;
    if (e.title.empty()) e.title = m.title;
    if (e.org_type.empty() && e.kind == EntityKind::kOrganization && m.kind == e.kind) e.org_type = m.org_type;
    // A name no lexicon knows that ends like a newsroom's ("Tass News
    // Agency", "the Straits Times") is a medium: what it says attributes.
    if (e.org_type.empty() && e.kind == EntityKind::kOrganization && m.end - m.first >= 2 && is_media_tail(m.end)) {
      e.org_type = "media";
    }
    if (e.affiliation.empty() && e.kind == EntityKind::kPerson) e.affiliation = m.affiliation;
    if (e.affiliation.empty() && (e.kind == EntityKind::kOrganization || e.kind == EntityKind::kLocation) &&
        m.affiliation != e.id && m.kind == e.kind) {
      e.affiliation = m.affiliation;
    }
    if (std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end()) e.aliases.emplace_back(surface);
    e.mentions.push_back({{tokens_begin_[m.first].start, tokens_begin_[m.end - 1].end}, std::string(surface)});
  }
  // An unknown single word that nothing else supports is too weak to keep.
  // Kept entities close up in place.
  size_t kept_count = 0;
  for (size_t k = 0; k < entities.size(); ++k) {
    Entity& e = entities[k];
    const bool weak = e.mentions.size() == 1 && e.kind == EntityKind::kOrganization &&
                      e.id.rfind("org:", 0) == 0 && e.label.find(' ') == std::string::npos &&
                      !(e.label.size() >= 2 && std::all_of(e.label.begin(), e.label.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }));
    if (weak && !supported[k]) continue;
    if (kept_count != k) entities[kept_count] = std::move(e);
    ++kept_count;
  }
  entities.resize(kept_count);
  if (relations) {
    // Mentions by where they start, for the look just before each name (a
    // walk over every mention for every titled person was quadratic in a
    // long document).
    std::vector<uint32_t> by_start;
    auto start_of = [&](uint32_t k) { return tokens_begin_[mentions_[k].first].start; };
    for (const Entity& e : entities) {
      if (e.kind != EntityKind::kPerson || e.title.empty() || e.affiliation.empty()) continue;
      if (by_start.empty()) {
        by_start.resize(mentions_.size());
        std::iota(by_start.begin(), by_start.end(), 0);
        std::stable_sort(by_start.begin(), by_start.end(), [&](uint32_t a, uint32_t b) { return start_of(a) < start_of(b); });
      }
      std::string predicate = fold_name(e.title) + " of";
      Relation r{e.id, e.affiliation, predicate, "", e.mentions.front().span, ""};
      // The evidence runs from the affiliation's mention to the name when
      // they are adjacent: a mention of it starting less than 80 bytes
      // before the name (the last such in mention order).
      const uint32_t name_start = e.mentions.front().span.start;
      const uint32_t from = name_start >= 79 ? name_start - 79 : 0;
      auto it = std::lower_bound(by_start.begin(), by_start.end(), from,
                                 [&](uint32_t k, uint32_t value) { return start_of(k) < value; });
      int64_t best = -1;
      for (; it != by_start.end() && start_of(*it) < name_start; ++it) {
        const RawMention& m = mentions_[*it];
        if (m.id == e.affiliation && m.end <= token_count_ && static_cast<int64_t>(*it) > best) best = *it;
      }
      if (best >= 0) r.evidence.start = start_of(static_cast<uint32_t>(best));
      relations->push_back(std::move(r));
    }
  }
  return entities;
}

std::vector<Entity> ActorFinder::run(std::vector<Relation>* relations) {
  // Capitalized words not opening a sentence, outside the header; the tests
  // combined as arithmetic (indexes_where.h).
  const Token* const tokens = tokens_begin_;
  const uint8_t* const blocked = blocked_.data();
  mid_sentence_ = indexes_where(token_count_, [&](size_t i) {
    const bool capital = (tokens[i].kind == TokenKind::kWord) & (blocked[i] == 0) & ((tokens[i].flags & kCapitalized) != 0);
    return capital & !sentence_initial(i) & !in_header(i);
  });
  std::sort(mid_sentence_.begin(), mid_sentence_.end(), [&](uint32_t a, uint32_t b) { return mid_sentence_less(a, b); });
  const std::vector<uint32_t> openers = name_openers();
  size_t next_opener = 0;
  for (const Sentence& s : text_.sentences) scan_sentence(s, openers, &next_opener);
  resolve_names();
  for (RawMention& m : mentions_) {
    if (m.affiliation_mention >= 0 && !mentions_[m.affiliation_mention].id.empty()) {
      m.affiliation = mentions_[m.affiliation_mention].id;
    }
  }
  return assemble(relations);
}

}  // namespace eventgraph
