// parallel_extractor.h: extraction of many documents on several cores, with
// results handed on in input order.
//
// Documents are independent and extract() keeps no mutable state (its
// lexicons are immutable after first use), so a batch of documents is split
// over `jobs` threads; the Extractions are then delivered one by one in the
// order the documents were added, so every output is the same for any number
// of jobs. Batches are bounded in bytes and documents, so memory stays flat on
// any corpus size.
//
//   ParallelExtractor px(options, /*jobs=*/2, [&](Extraction&& x) { builder.add(x); });
//   reader.read(inputs, [&](Document&& d) { px.add(std::move(d)); }, ...);
//   px.finish();   // extracts and delivers what is still queued
//
// Not copyable or movable: documents queued in one must be delivered by it.
// Not thread-safe: one thread calls add() and finish(); the callback runs on
// that thread.
#pragma once

#include <functional>
#include <vector>

#include "read/document.h"
#include "extract/extraction.h"
#include "extract/pipeline.h"

namespace eventgraph {

class ParallelExtractor {
 public:
  using Sink = std::function<void(Extraction&&)>;

  // `jobs` < 1 means one per hardware thread.
  ParallelExtractor(const ExtractOptions& options, int jobs, Sink sink);
  ~ParallelExtractor() = default;
  ParallelExtractor(const ParallelExtractor&) = delete;
  ParallelExtractor& operator=(const ParallelExtractor&) = delete;

  // Queues `doc`; extracts and delivers the batch when it is full.
  void add(Document&& doc);
  // Extracts and delivers every queued document.
  void finish();

 private:
  ExtractOptions options_;
  int jobs_;
  Sink sink_;
  std::vector<Document> batch_;
  size_t batch_bytes_ = 0;
};

// The thread count `jobs` asks for: itself when >= 1, else the hardware's.
int resolve_jobs(int jobs);

}  // namespace eventgraph
