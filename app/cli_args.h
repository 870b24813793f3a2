// cli_args.h: the command line of `eventgraph`, parsed into a plain struct.
//
//   CliArgs args;
//   std::string error = parse_cli_args(argc, argv, args);
//   if (!error.empty()) { print usage; exit 2; }
#pragma once

#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "extract/syntax/syntax_training.h"

namespace eventgraph {

struct CliArgs {
  std::string command;              // "extract", "build", "merge", "timeline", "parse", "train-syntax", or "" with --help/--version
  std::vector<std::string> inputs;  // files, directories, "-"
  std::vector<std::string> outputs;  // -o, repeatable for build
  std::string format;               // --format
  std::string dct;                  // --dct YYYY-MM-DD
  std::string from, to;             // --from, --to (TIMEX3 dates)
  std::string actor;                // --actor NAME
  int depth = 1;                    // --depth N
  DatePreference prefer = DatePreference::kPast;
  bool day_first = false;           // --day-first: numeric dates are dd/mm/yyyy
  bool syntax = true;               // --no-syntax: events without the dependency parse
  std::string into;                 // --into FILE.egraph: add to this snapshot
  bool csv_bom = false;             // --csv-bom: CSV starts with a UTF-8 byte-order mark (for Excel)
  bool no_documents = false;        // --no-documents: graphs without document nodes and mention edges
  std::string gexf_version = "1.3";  // --gexf-version 1.3|1.2
  int jobs = 0;                     // --jobs N: extraction threads (0: one per core)
  bool quiet = false;               // --quiet: no notes, warnings or summary
  size_t max_doc_bytes = size_t{64} << 20;  // --max-doc-bytes N[K|M|G]: longer documents are skipped
  // parse
  std::string input_format;         // --input-format text|conllu (default: articles)
  std::string model;                // --model FILE (default: the shipped syntax model)
  // train-syntax
  std::string train, dev;           // --train FILE, --dev FILE (CoNLL-U)
  syntax::SyntaxTrainingOptions training;  // --tagger-epochs, --parser-epochs, --jackknife, --max-sentences, --seed,
                                           // --min-updates, --parser-min-updates, --lexicon
  bool help = false;
  bool version = false;
};

// Parses argv into `args`. Returns "" on success, else a message for the user.
std::string parse_cli_args(int argc, char** argv, CliArgs& args);

// The --help text for `command` ("" for the overview).
std::string usage_text(const std::string& command);

}  // namespace eventgraph
