#include "export/event_families.h"

#include "extract/text/word_list.h"

namespace eventgraph {
namespace {

constexpr EventFamily kFamilies[] = {
    {"violence", 213, 94, 0, "#F6C9A8"},       // vermilion
    {"diplomacy", 86, 180, 233, "#CFE8F8"},    // sky blue
    {"statements", 153, 153, 153, "#E6E6E6"},  // grey
    {"justice and sanctions", 240, 228, 66, "#FAF4B8"},  // yellow
    {"business", 0, 158, 115, "#BFE6D9"},      // bluish green
    {"politics", 204, 121, 167, "#F1DCE8"},    // reddish purple
    {"other", 230, 159, 0, "#F8E2B8"},         // orange
};

constexpr auto kViolence = make_word_list({"attack", "assault", "bombing", "shooting", "killing", "massacre", "crash",
                                           "explosion", "disaster", "destruction", "abduction", "occupation", "coup",
                                           "conflict"});
constexpr auto kDiplomacy = make_word_list(
    {"meeting", "summit", "visit", "call", "agreement", "ceasefire", "cooperation", "aid", "pledge", "appeal",
     "concession", "approval", "support", "resolution", "arrival", "departure", "travel", "handover", "evacuation"});
constexpr auto kStatements =
    make_word_list({"statement", "demand", "criticism", "accusation", "rejection", "threat", "protest"});
constexpr auto kJustice = make_word_list({"sanction", "expulsion", "arrest", "charge", "conviction", "sentencing",
                                          "acquittal", "extradition", "seizure", "coercion", "investigation",
                                          "lawsuit", "deployment", "order", "release", "withdrawal", "test"});
constexpr auto kBusiness = make_word_list(
    {"acquisition", "merger", "stake sale", "buyback", "earnings", "loss", "layoff", "bankruptcy", "recall",
     "launch", "delivery", "rating change", "rate change", "sale", "trade", "transaction", "payment", "investment",
     "production", "founding", "closure", "transfer", "filing"});
constexpr auto kPolitics = make_word_list(
    {"election", "vote", "appointment", "dismissal", "resignation", "legislation", "social", "marriage"});

}  // namespace

const EventFamily& event_family(std::string_view type) {
  if (kViolence.contains(type)) return kFamilies[0];
  if (kDiplomacy.contains(type)) return kFamilies[1];
  if (kStatements.contains(type)) return kFamilies[2];
  if (kJustice.contains(type)) return kFamilies[3];
  if (kBusiness.contains(type)) return kFamilies[4];
  if (kPolitics.contains(type)) return kFamilies[5];
  return kFamilies[6];
}

std::span<const EventFamily> event_families() { return kFamilies; }

}  // namespace eventgraph
