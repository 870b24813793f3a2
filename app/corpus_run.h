// corpus_run.h: the loop every command shares: read the inputs, extract each
// document, hand the Extraction on; report problems and progress on stderr.
//
//   CorpusRunResult r = run_corpus(args, [&](Extraction&& x) { builder.add(x); });
//   return r.exit_code();   // 1 when anything was skipped
#pragma once

#include <functional>

#include "app/cli_args.h"
#include "read/corpus_reader.h"
#include "extract/extraction.h"

namespace eventgraph {

struct CorpusRunResult {
  ReadSummary summary;
  int exit_code() const { return summary.skipped > 0 ? 1 : 0; }
};

CorpusRunResult run_corpus(const CliArgs& args, const std::function<void(Extraction&&)>& on_extraction);

// One share of the corpus, for a process among several (MPI ranks): every
// document is read and numbered in input order (0, 1, ...), only those for
// which `mine(number)` is true are extracted, and each Extraction reaches
// `on_extraction` with its number, in input order. With `report_reading`
// false the reading problems and the summary are not printed (another
// process prints them); a broken extraction record of this share always is.
struct CorpusShare {
  std::function<bool(uint64_t number)> mine;
  bool report_reading = true;
};
CorpusRunResult run_corpus_share(const CliArgs& args, const CorpusShare& share,
                                 const std::function<void(uint64_t number, Extraction&&)>& on_extraction);

// Prints an error for the user on stderr: "eventgraph: MESSAGE".
void report_error(const std::string& message);

}  // namespace eventgraph
