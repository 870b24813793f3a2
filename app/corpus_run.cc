#include "app/corpus_run.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <deque>
#include <iostream>

#include "app/parallel_extractor.h"
#include "extract/extraction_reader.h"
#include "extract/pipeline.h"
#include "extract/syntax/syntax_model.h"

namespace eventgraph {

void report_error(const std::string& message) { std::cerr << "eventgraph: " << message << "\n"; }

CorpusRunResult run_corpus(const CliArgs& args, const std::function<void(Extraction&&)>& on_extraction) {
  return run_corpus_share(args, {}, [&](uint64_t, Extraction&& x) { on_extraction(std::move(x)); });
}

CorpusRunResult run_corpus_share(const CliArgs& args, const CorpusShare& share,
                                 const std::function<void(uint64_t number, Extraction&&)>& on_extraction) {
  ReaderOptions reader_options;
  reader_options.dct_override = args.dct;
  reader_options.max_doc_bytes = args.max_doc_bytes;
  reader_options.warn_missing_dct = !args.quiet;
  CorpusReader reader(reader_options);
  ExtractOptions extract_options;
  extract_options.prefer = args.prefer;
  extract_options.day_first = args.day_first;
  extract_options.syntax = args.syntax;
  // Without its model the parse cannot run: say so once, and read events
  // the way --no-syntax does rather than stop. Asked at the first article, so
  // a run over extraction records alone never loads the model (~100 MB).
  bool model_checked = !args.syntax || args.quiet;
  const auto check_model = [&] {
    if (model_checked) return;
    model_checked = true;
    if (!syntax::shared_syntax_model().model) {
      std::cerr << "eventgraph: warning: " << syntax::shared_syntax_model().error
                << "; events are read without the parse (as with --no-syntax)\n";
    }
  };

  // Progress only where a person watches: stderr is a terminal.
  const bool progress = !args.quiet && share.report_reading && ::isatty(STDERR_FILENO);
  const auto started = std::chrono::steady_clock::now();
  auto last_report = started;
  size_t documents = 0;
  size_t bytes = 0;
  bool progress_shown = false;

  const auto print_problem = [&](const ReadProblem& p) {
    if (args.quiet && p.severity != ProblemSeverity::kSkipped) return;
    if (progress_shown) std::cerr << "\r\033[K";
    progress_shown = false;
    std::cerr << p.to_string() << "\n";
  };
  const auto on_problem = [&](const ReadProblem& p) {
    if (share.report_reading) print_problem(p);
  };
  // The numbers of the documents queued for extraction, in order: the
  // extractor hands results back in the order it was given documents.
  std::deque<uint64_t> queued;
  ParallelExtractor extractor(extract_options, args.jobs, [&](Extraction&& x) {
    const uint64_t number = queued.front();
    queued.pop_front();
    on_extraction(number, std::move(x));
  });
  uint64_t next_number = 0;
  size_t bad_records = 0;
  // An extraction record is merged as it is, in input order (what is queued
  // for extraction goes first); a broken one is named and skipped.
  const auto merge_record = [&](const Document& doc, uint64_t number) {
    ParsedExtraction parsed = extraction_from_json(doc.text);
    if (!parsed.ok()) {
      ++bad_records;
      print_problem(ReadProblem{doc.info.source, doc.info.line, ProblemSeverity::kSkipped,
                                "extraction record: " + parsed.error});
      return;
    }
    // The reader renames a repeated id ("h01#2"); the record keeps the rest.
    parsed.extraction->doc.id = doc.info.id;
    extractor.finish();
    on_extraction(number, std::move(*parsed.extraction));
  };
  const auto on_document = [&](Document&& doc) {
    const uint64_t number = next_number++;
    if (share.mine && !share.mine(number)) return;
    ++documents;
    bytes += doc.text.size();
    if (doc.is_extraction) {
      merge_record(doc, number);
    } else {
      check_model();
      queued.push_back(number);
      extractor.add(std::move(doc));
    }
    if (!progress) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_report < std::chrono::milliseconds(250)) return;
    last_report = now;
    const double seconds = std::chrono::duration<double>(now - started).count();
    std::fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s   ", documents, bytes / 1e6, bytes / 1e6 / seconds);
    progress_shown = true;
  };
  CorpusRunResult result;
  result.summary = reader.read(args.inputs, on_document, on_problem);
  extractor.finish();
  result.summary.skipped += bad_records;
  result.summary.documents -= bad_records;
  if (progress_shown) std::cerr << "\r\033[K";
  if (share.report_reading && (!args.quiet || result.summary.skipped > 0)) {
    std::cerr << result.summary.to_string() << "\n";
  }
  return result;
}

}  // namespace eventgraph
