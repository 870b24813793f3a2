// synthetic_corpus.h: a deterministic news-like corpus the benchmark writes
// itself, so throughput can be measured where no real corpus is at hand.
//
//   std::vector<Document> docs = synthetic_corpus(2000, 42);
#pragma once

#include <cstdint>
#include <vector>

#include "read/document.h"

namespace eventgraph {

// `count` documents of about 2 KB each, dated, with people, titles, countries,
// dates, numbers and event words in varied sentences. Same seed, same corpus.
std::vector<Document> synthetic_corpus(size_t count, uint32_t seed);

}  // namespace eventgraph
