#include "extract/actors/actor_lexicon.h"

#include <algorithm>

#include "data/lexicons.h"
#include "extract/text/name_folding.h"

namespace eventgraph {
namespace {

std::vector<std::string_view> split_list(std::string_view field) {
  std::vector<std::string_view> out;
  while (!field.empty()) {
    const size_t semi = field.find(';');
    std::string_view item = field.substr(0, semi);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.push_back(item);
    if (semi == std::string_view::npos) break;
    field.remove_prefix(semi + 1);
  }
  return out;
}

// Short all-capital aliases ("US", "IS", "AP") are words in other cases.
bool needs_exact_case(std::string_view alias) {
  int letters = 0;
  for (const char c : alias) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 1 && letters <= 4;
}

// Fields are views into the lexicon compiled into the binary, valid for the whole run.
std::string_view field(const LexiconRecord& r, size_t i) { return i < r.fields.size() ? r.fields[i] : std::string_view(); }

// "raqqa" -> "raqa": transliterations double letters freely.
std::string collapse_doubles(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

// Distance one: one substitution, insertion or deletion.
bool one_edit_apart(const std::string& a, const std::string& b) {
  if (a == b) return false;
  const size_t la = a.size(), lb = b.size();
  if (la + 1 < lb || lb + 1 < la) return false;
  size_t i = 0, j = 0, edits = 0;
  while (i < la && j < lb) {
    if (a[i] == b[j]) {
      ++i, ++j;
      continue;
    }
    if (++edits > 1) return false;
    if (la > lb) ++i;
    else if (lb > la) ++j;
    else ++i, ++j;
  }
  return edits + (la - i) + (lb - j) <= 1;
}

// "country:FRA" for the ISO code in a lexicon field; "" for "-" or nothing.
std::string country_id_of(std::string_view iso) {
  return iso.empty() || iso == "-" ? std::string() : "country:" + std::string(iso);
}

}  // namespace

std::string entity_id(EntityKind kind, std::string_view name) {
  const std::string_view prefix = kind == EntityKind::kPerson     ? "person:"
                                  : kind == EntityKind::kLocation ? "location:"
                                                                  : "org:";
  std::string id;
  id.reserve(prefix.size() + name.size());
  id = prefix;
  append_name_key(id, name);
  return id;
}

const ActorLexicon& ActorLexicon::get() {
  static const ActorLexicon lexicon;
  return lexicon;
}

ActorLexicon::ActorLexicon() {
  entries_.reserve(4096);
  load_countries();
  load_places();
  load_organizations();
  load_people();
  for (const size_t index : place_entries_) place_collapsed_.push_back(collapse_doubles(fold_name(entries_[index].label)));
  for (size_t k = 0; k < place_collapsed_.size(); ++k) {
    if (!place_collapsed_[k].empty()) {
      places_by_initial_[static_cast<unsigned char>(place_collapsed_[k][0])].push_back(static_cast<uint32_t>(k));
    }
  }
  for (const LexiconRecord& r : read_lexicon("titles.txt")) add_title(r.fields[0], field(r, 1));
  for (const LexiconRecord& r : read_lexicon("given_names.txt")) given_names_.insert(fold_name(r.fields[0]));
  // Both lists keep a capitalized word from starting an unknown name.
  for (const LexiconRecord& r : read_lexicon("common_words.txt")) common_words_.insert(fold_name(r.fields[0]));
  for (const LexiconRecord& r : read_lexicon("not_actors.txt")) common_words_.insert(fold_name(r.fields[0]));
  for (const LexiconRecord& r : read_lexicon("org_cues.txt")) {
    const std::string_view pos = field(r, 1);
    if (pos == "tail" || pos == "both") org_tails_.insert(std::string(r.fields[0]));
    if (pos == "lead" || pos == "both") org_leads_.insert(std::string(r.fields[0]));
    if (pos == "place") {
      place_tails_.insert(std::string(r.fields[0]));
      continue;
    }
    org_cues_folded_.insert(fold_name(r.fields[0]));
  }
}

void ActorLexicon::add_name(std::string_view phrase, const LexEntry& entry) {
  LexEntry e = entry;
  if (needs_exact_case(phrase)) e.exact_surface = std::string(phrase);
  names_.add(fold_tokens(phrase), static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(e));
}

void ActorLexicon::add_names(const LexEntry& entry, std::string_view aliases) {
  add_name(entry.label, entry);
  for (const std::string_view alias : split_list(aliases)) add_name(alias, entry);
}

void ActorLexicon::add_title(std::string_view phrase, std::string_view canonical) {
  titles_.add(fold_tokens(phrase), static_cast<uint32_t>(title_forms_.size()));
  title_forms_.emplace_back(canonical);
}

void ActorLexicon::load_countries() {
  for (const LexiconRecord& r : read_lexicon("countries.txt")) {
    LexEntry country;
    country.kind = EntityKind::kCountry;
    country.id = country_id_of(field(r, 0));
    country.label = std::string(field(r, 1));
    country.country = country.id;
    countries_by_id_[country.id] = entries_.size();
    add_names(country, field(r, 2));
    LexEntry demonym = country;
    demonym.demonym = true;
    for (const std::string_view adjective : split_list(field(r, 3))) add_name(adjective, demonym);
    for (const std::string_view capital : split_list(field(r, 4))) {
      LexEntry city;
      city.kind = EntityKind::kLocation;
      city.label = std::string(split_list(field(r, 4)).front());
      city.id = entity_id(EntityKind::kLocation, city.label);
      city.country = country.id;
      city.capital = true;
      place_entries_.push_back(entries_.size());
      add_name(capital, city);
    }
  }
}

void ActorLexicon::load_places() {
  for (const LexiconRecord& r : read_lexicon("places.txt")) {
    LexEntry place;
    place.kind = EntityKind::kLocation;
    place.label = std::string(field(r, 0));
    place.id = entity_id(EntityKind::kLocation, place.label);
    place.country = country_id_of(field(r, 1));
    place_entries_.push_back(entries_.size());
    add_names(place, field(r, 3));
  }
}

void ActorLexicon::load_organizations() {
  for (const LexiconRecord& r : read_lexicon("organizations.txt")) {
    LexEntry org;
    org.kind = EntityKind::kOrganization;
    org.label = std::string(field(r, 0));
    org.id = entity_id(EntityKind::kOrganization, org.label);
    org.country = country_id_of(field(r, 2));
    org.org_type = std::string(field(r, 3));
    add_names(org, field(r, 1));
  }
}

void ActorLexicon::load_people() {
  for (const LexiconRecord& r : read_lexicon("people.txt")) {
    LexEntry person;
    person.kind = EntityKind::kPerson;
    person.label = std::string(field(r, 0));
    person.id = entity_id(EntityKind::kPerson, person.label);
    person.country = country_id_of(field(r, 2));
    add_names(person, field(r, 1));
  }
}

NameMatch ActorLexicon::match_name(const FoldedTokens& folded, const std::vector<std::string_view>& surface, size_t i,
                                   size_t end) const {
  NameMatch m;
  const auto [node, length] = names_.longest(folded, i, end);
  if (length == 0) return m;
  // Exact-case entries check the surface ("US" the country, not "us"),
  // ignoring the spaces between tokens (the tokenizer may have split a name).
  std::string written;  // the tokens' text without spaces, made when first needed
  for (const uint32_t index : names_.payloads(node)) {
    const LexEntry& e = entries_[index];
    if (!e.exact_surface.empty()) {
      if (written.empty()) {
        for (size_t k = i; k < i + length; ++k) {
          for (const char c : surface[k]) if (c != ' ') written += c;
        }
      }
      std::string expected;
      for (const char c : e.exact_surface) if (c != ' ') expected += c;
      if (written != expected) continue;
    }
    m.entries.push_back(&e);
  }
  if (!m.entries.empty()) m.length = length;
  return m;
}

std::vector<const LexEntry*> ActorLexicon::near_places(std::string_view folded_view) const {
  std::vector<const LexEntry*> found;
  if (folded_view.size() < 5) return found;
  const std::string b = collapse_doubles(std::string(folded_view));
  for (const uint32_t k : places_by_initial_[static_cast<unsigned char>(b[0])]) {
    const std::string& a = place_collapsed_[k];
    if (a.size() + 1 < b.size() || b.size() + 1 < a.size()) continue;  // cheap tests first
    if (a != b && !one_edit_apart(a, b)) continue;
    const LexEntry& e = entries_[place_entries_[k]];
    if (std::none_of(found.begin(), found.end(), [&](const LexEntry* f) { return f->id == e.id; })) found.push_back(&e);
  }
  return found;
}

const LexEntry* ActorLexicon::country(const std::string& id) const {
  const auto it = countries_by_id_.find(id);
  return it == countries_by_id_.end() ? nullptr : &entries_[it->second];
}

}  // namespace eventgraph
