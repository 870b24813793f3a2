// `eventgraph train-syntax`: trains the tagger, lemmatizer and parser from a
// Universal Dependencies treebank and writes the model file.
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/commands.h"
#include "app/corpus_run.h"
#include "export/atomic_file.h"
#include "extract/syntax/syntax_training.h"

namespace eventgraph {
namespace {

bool read_treebank(const std::string& path, syntax::ConlluDocument& doc) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    report_error(path + ": cannot open the treebank");
    return false;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  doc = syntax::read_conllu(bytes.str(), path);
  for (const std::string& p : doc.problems) std::cerr << p << "\n";
  if (doc.sentences.empty()) report_error(path + ": no sentences");
  return !doc.sentences.empty();
}

void print_scores(const char* name, const syntax::SyntaxScores& s) {
  std::cerr << std::fixed << std::setprecision(2) << name << ": UPOS " << 100 * s.upos << ", XPOS " << 100 * s.xpos
            << ", lemma " << 100 * s.lemma << ", UAS " << 100 * s.uas << ", LAS " << 100 * s.las << " ("
            << s.words << " words)\n";
}

}  // namespace

int run_train_syntax_command(const CliArgs& args) {
  syntax::ConlluDocument train, dev;
  if (!read_treebank(args.train, train) || !read_treebank(args.dev, dev)) return 1;
  syntax::SyntaxTrainingOptions options = args.training;
  options.provenance =
      "Trained by `eventgraph train-syntax` on " + std::filesystem::path(args.train).filename().string() +
      " (Universal Dependencies English Web Treebank; (c) 2013-2021 The Board of Trustees of The Leland Stanford "
      "Junior University; CC BY-SA 4.0). This model is an adaptation of that data and is licensed CC BY-SA 4.0.";
  std::ostream* log = args.quiet ? nullptr : &std::cerr;
  const std::unique_ptr<syntax::SyntaxModel> model = syntax::train_syntax_model(train.sentences, dev.sentences, options, log);
  if (!args.quiet) print_scores("dev", syntax::score_syntax_model(*model, dev.sentences));
  AtomicFile out(args.outputs.front());
  if (!out.ok()) {
    report_error(out.error());
    return 1;
  }
  const std::string bytes = model->serialize();
  out.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.commit()) {
    report_error(out.error());
    return 1;
  }
  if (!args.quiet)
    std::cerr << "wrote " << args.outputs.front() << " (" << bytes.size() << " bytes, " << model->memory_bytes()
              << " bytes in memory)\n";
  return 0;
}

}  // namespace eventgraph
