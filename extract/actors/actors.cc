#include "extract/actors/actors.h"

#include <algorithm>
#include <cstring>

#include "extract/actors/actor_finder.h"
#include "extract/actors/parsed_actors.h"
#include "extract/text/name_folding.h"
#include "extract/text/date_words.h"
#include "extract/text/indexes_where.h"
#include "extract/temporal/temporal_words.h"
#include "extract/text/word_list.h"

namespace eventgraph {
namespace {

constexpr auto kPlacePrepositions =
    make_word_list({"in", "at", "near", "from", "to", "into", "outside", "around", "across", "via", "toward", "towards",
                    "through", "over", "inside", "between", "within"});
bool is_place_preposition(std::string_view w) { return kPlacePrepositions.contains(w); }

// Verbs after which a capital is a destination, not an actor: "left Moscow".
constexpr auto kMotionVerbs =
    make_word_list({"left", "visited", "visit", "visiting", "visits", "arrived", "reached", "fled", "leave", "leaving",
                    "entered", "bombed", "shelled", "struck", "hit", "flew", "traveled", "travelled", "returned",
                    "return", "headed", "moved", "based"});
bool is_motion_verb(std::string_view w) { return kMotionVerbs.contains(w); }

// Nouns after a capitalized word that make it an organization: "the Metrojet aircraft".
constexpr auto kOrgContextNouns =
    make_word_list({"aircraft", "airliner", "airline", "plane", "jet", "flight", "company", "firm", "group",
                    "newspaper", "channel", "agency", "network", "militants", "fighters", "rebels", "party", "bank",
                    "corporation", "daily", "broadcaster", "website", "television", "radio", "militia", "movement",
                    "forces", "carrier", "brand"});
bool is_org_context_noun(std::string_view w) { return kOrgContextNouns.contains(w); }

// Words a company's name may carry after the name the lexicon knows: "Apple
// Computer Inc.", "Ford Motor Co" (folded).
constexpr auto kCompanyDescriptors =
    make_word_list({"computer", "computers", "electronics", "systems", "technologies", "software", "pharmaceuticals",
                    "petroleum", "communications", "semiconductor", "entertainment", "motor"});
bool is_company_descriptor(std::string_view folded) { return kCompanyDescriptors.contains(folded); }

// People who work for an organization, after its name: "Goldman Sachs
// analysts", "a Kremlin spokesman". A sentence's first word before them is
// as likely any noun ("Industry analysts", "Presidential spokesman").
constexpr auto kOrgStaffNouns = make_word_list({"analysts", "analyst", "executives", "spokesman", "spokeswoman",
                                                "spokesperson", "employees", "shareholders", "subsidiary"});
bool is_org_staff_noun(std::string_view w) { return kOrgStaffNouns.contains(w); }

constexpr auto kSpeechVerbs =
    make_word_list({"said", "says", "told", "added", "stated", "wrote", "tweeted", "announced", "insisted", "argued",
                    "warned", "claimed", "explained", "noted", "asked", "replied"});
bool is_speech_verb(std::string_view w) { return kSpeechVerbs.contains(w); }

}  // namespace

size_t ActorFinder::mid_sentence_count(size_t i) const {
  const auto less = [&](uint32_t a, uint32_t b) { return mid_sentence_less(a, b); };
  const auto [lo, hi] = std::equal_range(mid_sentence_.begin(), mid_sentence_.end(), static_cast<uint32_t>(i), less);
  return static_cast<size_t>(hi - lo);
}

uint8_t ActorFinder::org_kind(size_t i) const {
  uint8_t& kind = word_kinds_[i];
  if (kind & kOrgKnown) return kind;
  kind |= kOrgKnown;
  if (!lex_.may_be_org_cue(folded_[i], hashes_[i])) return kind;
  if (lex_.is_org_tail(surface_[i])) kind |= kOrgTail;
  if (lex_.is_org_lead(surface_[i])) kind |= kOrgLead;
  // Cue words are listed as names write them ("Corp", "Co", "PLC"); a line
  // in capitals ("TODD SHIPYARDS CORP") writes "CORP", read as "Corp".
  if (!(kind & (kOrgTail | kOrgLead)) && all_caps(i) && surface_[i].size() <= 24) {
    char written[24];
    const std::string_view w = surface_[i];
    for (size_t k = 0; k < w.size(); ++k) {
      written[k] = k > 0 && w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] | 0x20) : w[k];
    }
    const std::string_view titled(written, w.size());
    if (lex_.is_org_tail(titled)) kind |= kOrgTail;
    if (lex_.is_org_lead(titled)) kind |= kOrgLead;
  }
  return kind;
}

uint8_t ActorFinder::word_kind(size_t i) const {
  uint8_t& kind = word_kinds_[i];
  if (kind & kKindKnown) return kind;
  kind |= kKindKnown;
  const std::string_view w = surface_[i];
  // A plain ASCII word's time-word class, looked up once per document by
  // TokenFeatures, answers for it (folded, it is its lower case; every month,
  // weekday, number and ordinal word has a class). Other words ("Máy" is no
  // "May") are read from their surface.
  const bool plain =
      std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != '-' && c != '.'; });
  bool weekday, month, number;
  if (plain) {
    const TemporalWordInfo& info = features_.word_infos()[i];
    weekday = info.weekday != 0;
    month = info.month != 0;
    number = info.number >= 0 || info.ordinal >= 0;
  } else {
    weekday = weekday_from_word(w) != 0;
    month = month_from_word(w) != 0;
    number = number_word(folded_[i]) >= 0 || ordinal_word(folded_[i]) >= 0;
  }
  if (weekday || month) kind |= kWeekdayOrMonth;
  // Capitalized words that never start a name: weekdays, months ("May" may be
  // a name), numbers ("Twelve aircraft"), sentence-initial common words and
  // headline words already covered by the lexicon.
  if (weekday || (month && !equals_ignore_case(w, "may")) || number || lex_.is_common_word(folded_[i], hashes_[i])) {
    kind |= kNotAName;
  }
  return kind;
}

// Bylines ("By Daria Litvinova") name the author, not an actor.
void ActorFinder::mark_byline() {
  for (size_t i = 0; i < token_count_ && tokens_begin_[i].start < doc_.body_start; ++i) {
    if (tokens_begin_[i].has(kNewlineBefore) || i == 0) {
      if (equals_ignore_case(surface_[i], "by")) {
        for (size_t k = i; k < token_count_ && (k == i || !tokens_begin_[k].has(kNewlineBefore)); ++k) blocked_[k] = 1;
      }
    }
  }
}

// "WASHINGTON (Reuters) -": the agency credit is the report's source, not an
// actor of the story.
void ActorFinder::mark_dateline_credits() {
  const std::vector<uint8_t>& dateline = features_.in_dateline();
  bool open = false;
  for (size_t i = 0; i < dateline.size(); ++i) {
    if (!dateline[i]) {
      // Most documents have no dateline, the rest one: skip to the next mark.
      open = false;
      const void* next = std::memchr(dateline.data() + i, 1, dateline.size() - i);
      if (!next) break;
      i = static_cast<size_t>(static_cast<const uint8_t*>(next) - dateline.data());
    }
    if (surface_[i] == "(") open = true;
    else if (surface_[i] == ")") open = false;
    else if (open) blocked_[i] = 1;
  }
}

std::string_view ActorFinder::label_of(size_t first, size_t end) const {
  return text_.source.substr(tokens_begin_[first].start, tokens_begin_[end - 1].end - tokens_begin_[first].start);
}

void ActorFinder::add_lexicon_mention(size_t i, size_t length, const LexEntry& e) {
  RawMention m;
  m.first = i;
  m.end = i + length;
  m.kind = e.kind;
  m.id = e.id;
  m.label = e.label;
  m.org_type = e.org_type;
  if (e.demonym) m.kind = EntityKind::kCountry;
  // Organizations and people act for their country; places lie in theirs.
  if (e.kind != EntityKind::kCountry && !e.country.empty()) m.affiliation = e.country;
  // A capital that acts is its country ("Moscow said", "a longtime Moscow ally");
  // after "in" or a motion verb it is the city.
  if (e.capital) {
    const std::string_view before = i > 0 ? surface_[i - 1] : std::string_view();
    // "PARIS, Nov. 16 -", "WASHINGTON (Reuters) -": a dateline names where the
    // report was filed.
    const bool dateline = (i == 0 || tokens_begin_[i].has(kNewlineBefore)) && i + 1 < token_count_ &&
                          (surface_[i + 1] == "," || surface_[i + 1] == "(" || surface_[i + 1] == "-" ||
                           surface_[i + 1] == "\xE2\x80\x94");
    const bool place = dateline || (i > 0 && (is_place_preposition(before) || is_motion_verb(before)));
    if (!place && !in_header(i)) {
      if (const LexEntry* country = lex_.country(e.country)) {
        m.kind = EntityKind::kCountry;
        m.id = country->id;
        m.label = country->label;
      }
    }
  }
  add_mention(std::move(m));
}

size_t ActorFinder::lexicon_name(size_t i, size_t end) {
  const NameMatch& m = name_at(i, end);
  if (m.length == 0) return i;
  // "US$ 6 billion", "HK$", "A$": a currency, not the country.
  if (i + m.length < token_count_ && surface_[i + m.length] == "$" && !tokens_begin_[i + m.length].has(kSpaceBefore)) {
    return i + m.length;
  }
  // A given name before a lexicon word makes a person ("Michael Jordan", "Gerald Ford").
  if (lex_.is_given_name(folded_[i], hashes_[i]) && m.length == 1 && capitalized(i + 1) && !name_at(i + 1, end).length) {
    return i;
  }
  const LexEntry& entry = *m.entries.front();
  // "Singapore Airlines", "Swiss National Bank": a place or demonym opening an organization's name.
  if (entry.kind != EntityKind::kOrganization && !in_header(i)) {
    size_t run = name_end(i + m.length, end);
    // "the Greek Ministry of Culture": an organization's lead word takes its "of".
    if (run > i + m.length && org_lead(run - 1) && is(run, "of") && capitalized(run + 1) &&
        !(word_kind(run + 1) & kNotAName)) {
      run = name_end(run + 1, end);
    }
    if (run > i + m.length && (org_tail(run - 1) || org_lead(run - 1) ||
                               (run >= 2 && is(run - 2, "of") && org_lead(run - 3)))) {
      RawMention org;
      org.first = i;
      org.end = run;
      org.kind = EntityKind::kOrganization;
      org.label = label_of(i, run);
      org.affiliation = entry.country;
      add_mention(std::move(org));
      return run;
    }
  }
  size_t length = m.length;
  // "General Motors Corporation", "Aer Lingus Group PLC", "Apple Computer Inc.":
  // the same organization.
  if (m.entries.front()->kind == EntityKind::kOrganization) {
    while (i + length < end && capitalized(i + length) &&
           (org_tail(i + length) || is_company_descriptor(folded_[i + length]))) {
      ++length;
    }
  }
  add_lexicon_mention(i, length, *m.entries.front());
  size_t next = i + length;
  // An acronym defined in parentheses: "Islamic State (IS)". Not after a place
  // ("ISTANBUL (AP)" is a dateline) or when the letters name something else.
  const NameMatch& inside = name_at(next + 1, end);
  const bool other_entity = inside.length == 1 && inside.entries.front()->id != m.entries.front()->id;
  if (is(next, "(") && all_caps(next + 1) && is(next + 2, ")") && entry.kind == EntityKind::kOrganization &&
      !other_entity) {
    acronyms_[surface_[next + 1]] = mentions_.back().id;
    acronym_entries_[std::string(surface_[next + 1])] = m.entries.front();
    RawMention alias = mentions_.back();
    alias.first = next + 1;
    alias.end = next + 2;
    add_mention(alias);
    next += 3;
  }
  return next;
}

// Capitalized words no lexicon knows: people, organizations, places by their
// shape and context.
size_t ActorFinder::unknown_name(size_t i, size_t end) {
  const size_t first = i;
  // A ticker in angle brackets ("Exxon Corp <XON>") is no name of its own;
  // after a name no lexicon knows it is that name's alias (below).
  if (first > 0 && is(first - 1, "<") && is(first + 1, ">") && all_caps(first)) return i + 1;
  // Never a name by itself: a single letter ("S" of "S and P"), a wire's date
  // code ("DEC7", "MAR8"). "May" may be a name (Theresa May) only as part of
  // one: alone, after "in", "since"... ("in May") or before a day or year
  // ("May 5", whose run ends at the number) it is the month.
  const std::string_view w = surface_[first];
  const bool date_code = w.size() >= 4 && w.size() <= 5 && month_from_word(w.substr(0, 3)) != 0 &&
                         std::all_of(w.begin() + 3, w.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool month_may =
      folded_[first] == "may" &&
      (name_end(first, end) == first + 1 ||
       (first > 0 && equals_any(folded_[first - 1], {"in", "since", "until", "till", "by", "from", "to", "through",
                                                    "during", "early", "late", "mid", "last", "next", "this", "of",
                                                    "before", "after", "throughout"})));
  if (w.size() == 1 || date_code || month_may) return i + 1;
  // "the aircraft carrier Charles de Gaulle", "the tanker Exxon Valdez": a
  // vessel's name is no actor.
  if (first > 0 && equals_any(folded_[first - 1], {"carrier", "ship", "frigate", "destroyer", "submarine", "vessel",
                                                   "warship", "cruiser", "tanker", "freighter", "ferry", "yacht"})) {
    const size_t run = name_end(first, end);
    return run > first ? run : i + 1;
  }
  // "Environment Canada", "Statistics Canada", "Esso UK": a capitalized word
  // before a country's name (not its adjective) makes an organization of the
  // two, when no further name word follows. Not a region ("Northern
  // Canada"), a title, a given name or a function word.
  // Opening a sentence, any word is capitalized ("Although Brazil", "Wants
  // Japan"): the pair must have been such a name before in the document.
  // Never a month: "February U.S. sales".
  const auto named_before = [&](size_t length) {
    return std::any_of(mentions_.begin(), mentions_.end(), [&](const RawMention& m) {
      return m.kind == EntityKind::kOrganization && m.end - m.first == 1 + length &&
             std::equal(folded_.begin() + static_cast<std::ptrdiff_t>(m.first),
                        folded_.begin() + static_cast<std::ptrdiff_t>(m.end),
                        folded_.begin() + static_cast<std::ptrdiff_t>(first));
    });
  };
  if (capitalized(first) && !all_caps(first) && first + 1 < end && !lex_.is_given_name(folded_[first], hashes_[first]) &&
      lex_.match_title(tokens_, first, first + 1).second == 0 && !(word_kind(first) & kWeekdayOrMonth) &&
      !equals_any(folded_[first], {"the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "to", "of", "and",
                                   "but", "as", "after", "before", "when", "while", "northern", "southern", "eastern",
                                   "western", "central", "atlantic", "rural", "greater", "upper", "lower", "coastal",
                                   "mainland", "north", "south", "east", "west", "all", "across", "visit", "team"})) {
    const NameMatch& country = name_at(first + 1, end);
    if (country.length > 0 && country.entries.front()->kind == EntityKind::kCountry &&
        !country.entries.front()->demonym && !capitalized(first + 1 + country.length) &&
        !all_caps(first + 1 + country.length) && (!sentence_initial(first) || named_before(country.length))) {
      RawMention m;
      m.first = first;
      m.end = first + 1 + country.length;
      m.kind = EntityKind::kOrganization;
      m.label = label_of(m.first, m.end);
      m.affiliation = country.entries.front()->id;
      add_mention(std::move(m));
      return first + 1 + country.length;
    }
  }
  // A capitalized common word ("Following", "The") starts no unknown name; the
  // next word is scanned on its own, lexicon first. Mid-sentence, one may open
  // an organization's name ("the Federal Highway Police"); an acronym may
  // anywhere ("CPI Corp said"), though not in a line of capitals.
  size_t e = name_end(first, end);
  if (not_a_name(first)) {
    // Opening a sentence, a word of a company's name that ends in a legal
    // suffix ("First Bank Systems Inc said", "General Motors Corp"), not a
    // function word ("The Boeing Co said").
    const bool opens_company = e > first + 2 && is_legal_suffix(folded_[e - 1]) &&
                               !equals_any(folded_[first], {"the", "a", "an", "this", "that", "its", "their", "his",
                                                            "her", "in", "on", "at", "for", "by", "with", "from",
                                                            "after", "before", "when", "while", "but", "and", "as"});
    const bool may_open = !sentence_initial(first) || (all_caps(first) && !all_caps(first + 1)) || opens_company;
    const bool org_name = may_open && e > first + 1 && org_tail(e - 1) && !(word_kind(first) & kWeekdayOrMonth);
    // "AT&T": a common word written into a company's name.
    const bool ampersand_name = e > first + 2 && surface_[first + 1] == "&" && !tokens_begin_[first + 1].has(kSpaceBefore);
    if (!org_name && !ampersand_name) return i + 1;
  }
  if (e == first) return i + 1;
  // Stop before a lexicon name inside the run ("Obama Moscow"), though not
  // before a known surname ("Gerhard Stoltenberg" is his own name), after a
  // middle initial ("David M. Holland"), or inside a run that ends like an
  // organization's name ("Cathay Pacific Airways Ltd").
  const bool ends_as_organization = e > first + 1 && org_tail(e - 1);
  for (size_t k = first + 1; k < e && !ends_as_organization; ++k) {
    const NameMatch& inner = name_at(k, end);
    const bool after_initial = k >= first + 2 && surface_[k - 1] == "." && surface_[k - 2].size() == 1;
    if (inner.length > 0 && inner.entries.front()->kind != EntityKind::kPerson &&
        !lex_.is_given_name(folded_[k], hashes_[k]) && !after_initial) {
      e = k;
      break;
    }
  }
  // "Presiding Judge Martin Mann", "Corporate Affairs Minister Michael
  // Howard": capitalized words before a title qualify the title (a company's
  // name there is told from a portfolio by no rule here), and the titled
  // name is the person ("Ted Bates Worldwide Chairman Robert Jacoby"). Not
  // in capitals: "COPPER OFFICIAL VOLUME" is a heading.
  for (size_t k = first + 1; k + 1 < e; ++k) {
    if (all_caps(k) || !lex_.may_start_title(hashes_[k]) || lex_.match_title(tokens_, k, end).second == 0) continue;
    if (const size_t after = titled_person(k, end); after > k) return after;
    break;
  }
  // "Committee for Fair Trade (CFT)", "Union of Concerned Scientists": connectors
  // inside an organization's name, when the name ends like one.
  bool joined_as_organization = false;
  // ("Kabul Airport on Monday": a weekday or a month after the connector is a date.)
  while ((is(e, "for") || is(e, "of") || is(e, "on") || is(e, "and")) && capitalized(e + 1) &&
         !(word_kind(e + 1) & kNotAName)) {
    const size_t e2 = name_end(e + 1, end);
    const bool org_like = org_tail(e2 - 1) || org_lead(first) || org_tail(e - 1) ||
                          (is(e2, "(") && all_caps(e2 + 1) && is(e2 + 2, ")"));
    if (!org_like || e2 == e + 1) break;
    // "McLeod Young Weir Ltd and Pemberton Houston Inc": a company's legal
    // suffix ends its name; "and" lists another.
    if (is(e, "and") && is_legal_suffix(folded_[e - 1])) break;
    e = e2;
    joined_as_organization = true;
  }
  // "Bank of Japan", "Ministry of Defense", "University of Chicago", "the
  // Greek Ministry of Culture".
  if ((org_lead(first) || (e - first >= 2 && org_lead(e - 1))) && is(e, "of") && capitalized(e + 1)) {
    size_t k = e + 1;
    if (const NameMatch& place = name_at(k, end); place.length > 0) k += place.length;
    else k = name_end(k, end);
    e = k;
  }
  const size_t length = e - first;
  const bool initial = sentence_initial(first);
  // A title word last after a given name is a surname: "Stephen King",
  // "Martin Luther King Jr." (titles come before names, not after).
  size_t surname = e - 1;
  if (surname > first && is(surname, ".")) --surname;
  if (surname > first && name_suffix(surname)) --surname;
  const bool surname_is_title = surname > first && lex_.may_start_title(hashes_[surname]) && !org_tail(surname) &&
                                !not_a_name(surname) && lex_.match_title(tokens_, surname, surname + 1).second > 0;
  RawMention m;
  m.first = first;
  m.end = e;
  m.label = label_of(first, e);
  const std::string_view before = first > 0 ? surface_[first - 1] : std::string_view();
  // An acronym defined in parentheses: "Organization for ... (OSCE)" is caught by the lexicon;
  // an unknown one defines an organization.
  // (Newswires put a company's ticker in angle brackets after its name:
  // "Harcourt Brace Jovanovich Inc <HBJ>", later "HBJ said".)
  const bool defines_acronym = (is(e, "(") && all_caps(e + 1) && is(e + 2, ")")) ||
                               (length >= 2 && is(e, "<") && all_caps(e + 1) && is(e + 2, ">"));
  const bool ampersand = std::any_of(surface_.begin() + first, surface_.begin() + e, [](std::string_view w) { return w == "&"; });
  // A cue word alone ("Management offered", "the Ministry said") names nothing.
  if ((length >= 2 && (org_tail(e - 1) || org_lead(first))) || defines_acronym || joined_as_organization || ampersand) {
    m.kind = EntityKind::kOrganization;
  } else if (length >= 2 && (equals_any(folded_[e - 1], {"county", "province", "district", "township", "prefecture"}) ||
                              lex_.is_place_tail(surface_[e - 1]))) {
    m.kind = EntityKind::kLocation;  // "Marion County", "Tahrir Square": a given name opens places too
  } else if (e < token_count_ && equals_any(surface_[e], {"region", "province", "county", "district", "prefecture"})) {
    m.kind = EntityKind::kLocation;  // "the Lombardy region"
  } else if (first > 0 && (is(first - 1, "mr.") || is(first - 1, "mrs.") || is(first - 1, "ms.") || is(first - 1, "dr."))) {
    m.kind = EntityKind::kPerson;
  } else if (lex_.is_given_name(folded_[first], hashes_[first]) && length >= 2 &&
             !contains_title_or_cue(first, surname_is_title ? surname : e)) {
    m.kind = EntityKind::kPerson;
  } else if (is_news_agency(e)) {
    m.kind = EntityKind::kOrganization;  // "the official Tanjug news agency": a medium
    m.org_type = "media";
  } else if (e < token_count_ && (is_org_context_noun(surface_[e]) ||
                                   (is_org_staff_noun(surface_[e]) && (length >= 2 || !initial) &&
                                    !surface_[e - 1].ends_with("-based")))) {  // "London-based analysts"
    m.kind = EntityKind::kOrganization;
  } else if (length == 1 && all_caps(first) && surface_[first].size() >= 2) {
    m.kind = EntityKind::kOrganization;  // an acronym: "RAF", "MICEX"
  } else if (first > 1 && is(first - 1, "of") &&
             (is(first - 2, "province") || is(first - 2, "city") || is(first - 2, "town") || is(first - 2, "village") ||
              is(first - 2, "region") || is(first - 2, "district") || is(first - 2, "state") || is(first - 2, "capital"))) {
    m.kind = EntityKind::kLocation;  // "the province of Malatya"
  } else if (first > 1 && is(first - 1, "in") &&
             (is(first - 2, "shares") || is(first - 2, "stake") || is(first - 2, "stakes") || is(first - 2, "investment"))) {
    m.kind = EntityKind::kOrganization;  // "shares in Chrysler": a company
  } else if (first > 0 && is_place_preposition(before) && !initial && !org_tail(e - 1)) {
    m.kind = EntityKind::kLocation;
    // A known place spelled one letter differently: "strongholds in Ragga".
    // Several places can be one letter away ("Ragga": Raqqa, Riga); the one in
    // a country the document names wins.
    if (length == 1) {
      const LexEntry* place = nullptr;
      int fitting = 0;
      for (const LexEntry* candidate : lex_.near_places(folded_[first])) {
        const LexEntry* country = lex_.country(candidate->country);
        const std::string country_folded = country ? fold_name(country->label) : std::string();
        const bool country_named = std::any_of(mentions_.begin(), mentions_.end(), [&](const RawMention& r) {
          return r.kind == EntityKind::kCountry && r.id == candidate->country;
        }) || (country && std::find(folded_.begin(), folded_.end(), country_folded) != folded_.end());
        if (country_named) place = candidate, ++fitting;
      }
      if (fitting == 1) {
        add_lexicon_mention(first, 1, *place);
        mentions_.back().label = place->label;
        return e;
      }
    }
  } else if (length >= 2 && length <= 4 && !contains_title_or_cue(first, e) &&
             ((e < token_count_ && is_speech_verb(surface_[e])) ||
              (first > 0 && is_speech_verb(surface_[first - 1])) || is_apposition_title(e, end) ||
              follows_title_phrase(first) || follows_kin_noun(first))) {
    // "Heidi Tagliavini said", "said Dmitry Peskov", "X, an envoy of", "the mayor, X", "his wife X"
    m.kind = EntityKind::kPerson;
  } else if (length == 1 && all_caps(first) && surface_[first].size() >= 2) {
    m.kind = EntityKind::kOrganization;
    m.kind_known = false;
  } else {
    // Nothing says what it is. One word may still be a surname seen before
    // ("Putin said"); longer runs are product names, events, headings.
    if (length > 1 || org_tail(e - 1)) return e;
    m.kind_known = false;
    m.kind = EntityKind::kOrganization;
    // A sentence opener counts only if it turns out to be a known surname or acronym.
    m.candidate_only = initial;
    // A word capitalized mid-sentence again and again is a name ("Chrysler").
    if (mid_sentence_count(first) >= 2) {
      m.kind_known = true;
    }
    // Listed with organizations, it is one: "Chrysler, Ford, and General Motors".
    if (!initial && listed_with_organization(first, e, end)) {
      m.kind_known = true;
      m.candidate_only = false;
    }
    // A given name alone, with "she" or "he" in its sentence or the next, is
    // a person known by it ("their nine-month-old child, Gloria. She died").
    if (lex_.is_given_name(folded_[first], hashes_[first]) && person_pronoun_after(first)) {
      m.kind = EntityKind::kPerson;
      m.kind_known = true;
      m.candidate_only = false;
    }
  }
  if (defines_acronym) {
    acronyms_[surface_[e + 1]] = "";  // filled once the id is known
    RawMention alias = m;
    alias.first = e + 1;
    alias.end = e + 2;
    alias.label = surface_[e + 1];
    alias.acronym_alias = true;
    add_mention(m);
    add_mention(alias);
    return e + 3;
  }
  add_mention(std::move(m));
  if (mentions_.back().kind == EntityKind::kPerson) apposition(mentions_.size() - 1, e, end);
  return e;
}

std::vector<uint32_t> ActorFinder::name_openers() const {
  const Token* const tokens = tokens_begin_;
  const uint8_t* const blocked = blocked_.data();
  const uint64_t* const hashes = hashes_.data();
  return indexes_where(token_count_, [&](size_t i) {
    const bool cased = (tokens[i].flags & (kCapitalized | kAllCaps)) != 0;
    return (tokens[i].kind == TokenKind::kWord) & (blocked[i] == 0) & (cased | lex_.may_start_title(hashes[i]));
  });
}

void ActorFinder::scan_sentence(const Sentence& s, const std::vector<uint32_t>& openers, size_t* next_opener) {
  size_t i = s.first_token;
  size_t line_end = i;
  while (true) {
    // Only a capitalized word or a title's first word opens a name: the next
    // opener at or after i, in this sentence.
    i = next_listed(openers, next_opener, i, s.end_token);
    if (i == s.end_token) break;
    const Token& token = tokens_begin_[i];
    if (!(token.flags & (kCapitalized | kAllCaps)) && !lex_.match_title(tokens_, i, s.end_token).second) {
      ++i;
      continue;
    }
    // A line break ends every name: headers put lines together without
    // punctuation. The line's end is found once per line, not per word.
    if (line_end <= i) {
      line_end = i + 1;
      while (line_end < s.end_token && !tokens_begin_[line_end].has(kNewlineBefore)) ++line_end;
    }
    const size_t end = line_end;
    if (in_header(i)) {
      const size_t next = lexicon_name(i, end);
      i = next > i ? next : i + 1;
      continue;
    }
    size_t next = titled_person(i, end);
    if (next == i) next = lexicon_name(i, end);
    if (next == i) {
      // A title with no name after it ("his post as CEO", "the Apple Chief
      // Executive Officer, announced") is no actor, and no word inside it
      // starts one ("Officer"). Before a capitalized word it may open an
      // organization's name ("General Dynamics"), which the next steps judge.
      if (const size_t title_length = lex_.match_title(tokens_, i, end).second;
          title_length > 0 && !capitalized(i + title_length)) {
        i += title_length;
        continue;
      }
    }
    if (next == i && (capitalized(i) || all_caps(i))) next = unknown_name(i, end);
    i = next > i ? next : i + 1;
  }
}

void ActorFinder::add_mention(RawMention m) {
  if (m.end >= last_ending_at_.size()) last_ending_at_.resize(std::max<size_t>(m.end + 1, token_count_ + 1), 0);
  earlier_same_end_.push_back(last_ending_at_[m.end]);
  mentions_.push_back(std::move(m));
  last_ending_at_[mentions_.back().end] = static_cast<uint32_t>(mentions_.size());
}

bool ActorFinder::person_pronoun_after(size_t first) const {
  const auto& sentences = text_.sentences;
  const size_t s = text_.sentence_of(first);
  return has_person_pronoun(folded_, first + 1, sentences[std::min(s + 1, sentences.size() - 1)].end_token);
}

// Whether tokens [first, end) stand in a list beside a lexicon organization:
// ", Ford" or ", and General Motors" after them, or "Ford and" before them.
// Abbreviations ("Fla.", "Calif." after a company's name) and short words are
// no list members.
bool ActorFinder::listed_with_organization(size_t first, size_t end, size_t line_end) const {
  if (surface_[first].size() < 3 || (is(end, ".") && !tokens_begin_[end].has(kSpaceBefore))) return false;
  const auto organization_at = [&](size_t k) {
    const NameMatch& m = name_at(k, line_end);
    return m.length > 0 && m.entries.front()->kind == EntityKind::kOrganization;
  };
  size_t after = end;
  if (is(after, ",")) ++after;
  if (is(after, "and") || is(after, "or")) ++after;
  if (after > end && organization_at(after)) return true;
  if (first >= 2 && (is(first - 1, "and") || is(first - 1, "or"))) {
    const size_t k = is(first - 2, ",") ? first - 2 : first - 1;
    if (k < last_ending_at_.size()) {
      for (uint32_t j = last_ending_at_[k]; j != 0; j = earlier_same_end_[j - 1]) {
        const RawMention& m = mentions_[j - 1];
        if (m.kind == EntityKind::kOrganization && m.kind_known) return true;
      }
    }
  }
  return false;
}

std::vector<Entity> find_actors(const Document& doc, const TokenizedText& text, std::vector<Relation>* title_relations,
                                const TokenFeatures* features) {
  if (!features) {
    const TokenFeatures own(text);
    return ActorFinder(doc, text, own).run(title_relations);
  }
  return ActorFinder(doc, text, *features).run(title_relations);
}

}  // namespace eventgraph
