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

// Prints an error for the user on stderr: "eventgraph: MESSAGE".
void report_error(const std::string& message);

}  // namespace eventgraph
