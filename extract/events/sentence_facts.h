// sentence_facts.h: what a sentence reports beside its events: how many people
// were killed or injured, and which organization reported it. Every event of
// the sentence carries these. Internal to extract/events.
//
//   "A bomb brought down the plane, killing 224 people, CNN reported."
//     -> SentenceFacts{killed 224, injured -1, reporter "org:cnn"}
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/events/event_context.h"
#include "extract/extraction.h"
#include "extract/text/text.h"
#include "extract/token_features.h"

namespace eventgraph {

struct SentenceFacts {
  int killed = -1;       // the largest count of dead the sentence states; -1 for none
  size_t killed_at = SIZE_MAX;  // the token saying so ("killing", "killed", "dead"), SIZE_MAX for none
  int injured = -1;      // likewise for injured
  std::string reporter;  // id of the organization the sentence is attributed to, or ""
};

// Reads sentence `s` of `t`: "killing 224 people", "injuring more than 400",
// "12 people were killed", "at least 30 dead" for the counts (digits or number
// words); an organization within four words before "reported" ("quoted",
// "cited") or within four after "according to" for the reporter. `features`
// give the tokens in lower case, their number words and the wire dateline
// (whose "(Reuters)" reports nothing); `index` the actor of each token.
SentenceFacts read_sentence_facts(const TokenizedText& t, const TokenFeatures& features, const TokenIndex& index,
                                  const std::vector<Entity>& entities, const Sentence& s);

}  // namespace eventgraph
