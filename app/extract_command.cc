#include "app/commands.h"
#include "app/corpus_run.h"
#include "export/atomic_file.h"
#include "extract/extraction_json.h"

namespace eventgraph {

int run_extract_command(const CliArgs& args) {
  AtomicFile out(args.outputs.empty() ? "-" : args.outputs.front());
  if (!out.ok()) {
    report_error(out.error());
    return 1;
  }
  const CorpusRunResult run = run_corpus(args, [&](Extraction&& x) {
    out.stream() << extraction_to_json(x) << '\n';
  });
  if (!out.commit()) {
    report_error(out.error());
    return 1;
  }
  return run.exit_code();
}

}  // namespace eventgraph
