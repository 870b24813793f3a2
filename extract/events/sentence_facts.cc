#include "extract/events/sentence_facts.h"

#include <algorithm>
#include <cstdlib>

#include "extract/text/date_words.h"
#include "extract/temporal/temporal_words.h"
#include "extract/text/word_list.h"

namespace eventgraph {
namespace {

constexpr auto kKillWords = make_word_list({"killing", "killed"});
constexpr auto kInjureWords = make_word_list({"injuring", "wounding"});
constexpr auto kHedges = make_word_list({"at", "more", "nearly", "about", "some", "almost", "over", "around"});
constexpr auto kAuxiliaries = make_word_list({"were", "have", "had", "been", "are", "was", "has"});
constexpr auto kDeadWords = make_word_list({"killed", "dead", "died"});
constexpr auto kHurtWords = make_word_list({"injured", "wounded", "hurt"});
constexpr auto kCitingVerbs = make_word_list({"reported", "reports", "quoted", "cited"});

}  // namespace

SentenceFacts read_sentence_facts(const TokenizedText& t, const TokenFeatures& features, const TokenIndex& index,
                                  const std::vector<Entity>& entities, const Sentence& s) {
  const std::vector<std::string_view>& folded = features.folded();
  const std::vector<uint8_t>& in_dateline = features.in_dateline();
  const std::vector<TemporalWordInfo>& words = features.word_infos();
  const auto w = [&](size_t i) { return i < t.tokens.size() ? t.text(i) : std::string_view(); };
  const auto is = [&](size_t i, std::string_view lower) { return i < folded.size() && folded[i] == lower; };
  const auto is_one_of = [&](size_t i, const auto& list) { return list.contains(w(i)); };
  const auto organization_at = [&](size_t i) -> const Entity* {
    if (i >= index.entity.size() || in_dateline[i] || index.entity[i] < 0) return nullptr;
    const Entity& e = entities[index.entity[i]];
    return e.kind == EntityKind::kOrganization ? &e : nullptr;
  };
  // A count written in digits ("224", "1,200") or words ("twelve"); -1 otherwise.
  const auto count = [&](size_t k) -> int {
    const std::string_view x = w(k);
    if (x.empty()) return -1;
    if (x[0] >= '0' && x[0] <= '9') {
      std::string digits;
      for (const char c : x) if (c >= '0' && c <= '9') digits += c; else if (c != ',') return -1;
      return digits.size() < 9 ? std::atoi(digits.c_str()) : -1;
    }
    // number_word(), looked up once per document (TokenFeatures); none in URLs.
    const int n = words[k].number;
    return n > 0 ? n : -1;
  };

  SentenceFacts facts;
  for (size_t k = s.first_token; k + 1 < s.end_token; ++k) {
    // "killing 224 people", "killed 12", "killing at least 38", "injuring more than 400"
    const bool kills = is_one_of(k, kKillWords);
    const bool injures = !kills && is_one_of(k, kInjureWords);
    if (kills || injures) {
      size_t n = k + 1;
      if (is_one_of(n, kHedges)) {
        n += is(n, "at") || is(n, "more") ? 2 : 1;
      }
      int& total = kills ? facts.killed : facts.injured;
      if (const int c = count(n); c > total) {
        total = c;
        if (kills) facts.killed_at = k;
      }
    }
    // "224 people were killed", "12 dead", "at least 30 killed", "345 Muslim
    // pilgrims have been killed" (up to two words naming the victims, then
    // up to two auxiliaries). "In 2015 soldiers were killed": a year is no count.
    const int c = count(k);
    const bool year = c >= 1800 && c <= 2100 && w(k).size() == 4;
    if (c >= 0 && !year) {
      size_t j = k + 1;
      for (int words = 0; words < 2 && j < s.end_token && t.tokens[j].kind == TokenKind::kWord &&
                          !is_one_of(j, kAuxiliaries) && !is_one_of(j, kDeadWords) && !is_one_of(j, kHurtWords) &&
                          count(j) < 0;
           ++words) {
        ++j;
      }
      for (int aux = 0; aux < 2 && is_one_of(j, kAuxiliaries); ++aux) ++j;
      if (is_one_of(j, kDeadWords) && c > facts.killed) facts.killed = c, facts.killed_at = j;
      if (is_one_of(j, kHurtWords)) facts.injured = std::max(facts.injured, c);
    }
    // "CNN reported", "the Interfax news agency reported", "according to Reuters"
    if (is_one_of(k, kCitingVerbs) || (is(k, "according") && is(k + 1, "to"))) {
      const size_t look_from = is(k, "according") ? k + 2 : (k >= s.first_token + 4 ? k - 4 : s.first_token);
      const size_t look_to = is(k, "according") ? std::min<size_t>(s.end_token, k + 6) : k;
      for (size_t j = look_from; j < look_to; ++j) {
        if (const Entity* org = organization_at(j)) facts.reporter = org->id;
      }
    }
  }
  return facts;
}

}  // namespace eventgraph
