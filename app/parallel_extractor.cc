#include "app/parallel_extractor.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace eventgraph {
namespace {

// Large enough that thread start-up is noise (a batch is ~100 ms of work),
// small enough that memory stays a few MB.
constexpr size_t kBatchBytes = 2 << 20;
constexpr size_t kBatchDocuments = 1024;

}  // namespace

int resolve_jobs(int jobs) {
  if (jobs >= 1) return jobs;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

ParallelExtractor::ParallelExtractor(const ExtractOptions& options, int jobs, Sink sink)
    : options_(options), jobs_(resolve_jobs(jobs)), sink_(std::move(sink)) {}

void ParallelExtractor::add(Document&& doc) {
  batch_bytes_ += doc.text.size();
  batch_.push_back(std::move(doc));
  if (batch_bytes_ >= kBatchBytes || batch_.size() >= kBatchDocuments) finish();
}

void ParallelExtractor::finish() {
  if (batch_.empty()) return;
  std::vector<Extraction> results(batch_.size());
  const size_t threads = std::min<size_t>(static_cast<size_t>(jobs_), batch_.size());
  if (threads <= 1) {
    for (size_t i = 0; i < batch_.size(); ++i) results[i] = extract(batch_[i], options_);
  } else {
    // Work stealing by index: documents differ a lot in length.
    std::atomic<size_t> next{0};
    const auto work = [&] {
      for (size_t i = next++; i < batch_.size(); i = next++) results[i] = extract(batch_[i], options_);
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
  }
  batch_.clear();
  batch_bytes_ = 0;
  for (Extraction& x : results) sink_(std::move(x));
}

}  // namespace eventgraph
