#include "extract/extraction.h"

#include <algorithm>

namespace eventgraph {

const char* timex_type_name(TimexType type) {
  switch (type) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

const char* entity_kind_name(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson: return "person";
    case EntityKind::kOrganization: return "organization";
    case EntityKind::kCountry: return "country";
    case EntityKind::kLocation: return "location";
  }
  return "person";
}

const char* modality_name(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kNegated: return "negated";
    case Modality::kFuture: return "future";
    case Modality::kHypothetical: return "hypothetical";
  }
  return "asserted";
}

std::string Event::identity_key() const {
  // The date is cut to its coarsest shared precision by graph/; here it is used
  // as stated. Participants are sorted so "A met B" and "B met A" agree.
  std::vector<std::string> who;
  for (const Participant& p : participants) who.push_back(p.entity);
  std::sort(who.begin(), who.end());
  who.erase(std::unique(who.begin(), who.end()), who.end());
  std::string key = type + "|" + date + "|" + location;
  for (const std::string& w : who) key += "|" + w;
  return key;
}

std::string text_hash_of(std::string_view text) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a 64 offset basis
  for (const char c : text) {
    h ^= static_cast<uint8_t>(c);
    h *= 1099511628211ull;  // FNV prime
  }
  static const char* kDigits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kDigits[h & 15];
  return out;
}

}  // namespace eventgraph
