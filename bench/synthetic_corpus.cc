#include "synthetic_corpus.h"

#include <random>
#include <string>

#include "extract/text/civil_date.h"

namespace eventgraph {
namespace {

// Invented names: the benchmark must not depend on any real article.
constexpr const char* kPeople[] = {"President Anna Kovalenko", "Prime Minister Rafael Ortiz",
                                   "Defense Minister Lena Brandt", "Foreign Minister Tariq Haddad",
                                   "General Piotr Wolak", "Senator Grace Mbeki"};
constexpr const char* kCountries[] = {"France", "Brazil", "Japan", "Kenya", "Germany", "Canada", "India"};
constexpr const char* kAdjectives[] = {"French", "Brazilian", "Japanese", "Kenyan", "German", "Canadian"};
constexpr const char* kVerbs[] = {"met with", "criticized", "praised", "called", "accused", "visited"};
constexpr const char* kEvents[] = {"talks", "a summit", "air strikes", "a ceasefire", "protests", "an election"};
constexpr const char* kWhen[] = {"on Tuesday", "last week", "on March 3", "in February", "two days ago",
                                 "this week", "on Friday evening", "in 2014", "yesterday", "next month"};
constexpr const char* kPlaces[] = {"Geneva", "Nairobi", "Osaka", "Hamburg", "Toronto", "Mumbai"};

template <size_t N>
const char* pick(const char* const (&items)[N], std::mt19937& rng) {
  return items[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

}  // namespace

std::vector<Document> synthetic_corpus(size_t count, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<Document> docs;
  docs.reserve(count);
  const CivilDate start{2010, 1, 1};
  for (size_t i = 0; i < count; ++i) {
    Document doc;
    doc.info.id = "synthetic-" + std::to_string(i);
    doc.info.dct = format_iso(add_days(start, std::uniform_int_distribution<int>(0, 3650)(rng)));
    doc.info.source = "synthetic";
    std::string& t = doc.text;
    t = std::string(pick(kAdjectives, rng)) + " Leaders Hold " + pick(kEvents, rng) + " in " + pick(kPlaces, rng) + "\n\n";
    while (t.size() < 2000) {
      t += std::string(pick(kPeople, rng)) + " " + pick(kVerbs, rng) + " " + pick(kCountries, rng) + " " +
           pick(kWhen, rng) + ", after " + pick(kEvents, rng) + " in " + pick(kPlaces, rng) + " left " +
           std::to_string(std::uniform_int_distribution<int>(2, 400)(rng)) + " people dead, officials said. ";
      t += std::string("The ") + pick(kAdjectives, rng) + " government said " + pick(kEvents, rng) +
           " would resume " + pick(kWhen, rng) + ".\n\n";
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace eventgraph
