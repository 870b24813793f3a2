// syntax_training.h: training the syntax model from a treebank, as
// `eventgraph train-syntax` does.
//
// Deterministic: the same treebank and options give the same model bytes
// (a fixed-seed shuffle, no clock, no thread timing in any result). The
// tagger is trained first; the parser then learns from the tags the tagger
// predicts, not the gold ones, so it learns to live with the tagger's
// mistakes: with `jackknife` = k, the training tags come from k taggers each
// trained without the part it tags (the usual remedy for a tagger that knows
// its own training data too well); with 0, from the final tagger.
//
//   SyntaxTrainingOptions o;
//   std::unique_ptr<SyntaxModel> m = train_syntax_model(train, dev, o, &std::cerr);
//   SyntaxScores s = score_syntax_model(*m, dev);
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "extract/syntax/conllu.h"
#include "extract/syntax/syntax_model.h"

namespace eventgraph::syntax {

struct SyntaxTrainingOptions {
  int tagger_epochs = 12;
  int parser_epochs = 15;
  int jackknife = 0;       // folds for the parser's training tags (0: none)
  size_t max_sentences = 0;  // train on the first N sentences only (0: all): for quick checks
  uint64_t seed = 1;
  int min_updates = 2;         // tagger and labeler: drop features updated fewer times (model size)
  int parser_min_updates = 3;  // the parser's moves: the same (its table is the largest and most probed)
  std::string provenance;  // stored in the model: what it was trained on, its licence
  std::string lexicon;     // the tagger's part-of-speech lexicon (data/syntax/wordnet_pos.tsv); "" for none
};

std::unique_ptr<SyntaxModel> train_syntax_model(const std::vector<ConlluSentence>& train,
                                                const std::vector<ConlluSentence>& dev,
                                                const SyntaxTrainingOptions& options, std::ostream* log);

// Accuracies on gold words, as ud_eval.py counts them (every word,
// punctuation included; LAS on the relation's universal part).
struct SyntaxScores {
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  size_t words = 0;
};
SyntaxScores score_syntax_model(const SyntaxModel& model, const std::vector<ConlluSentence>& gold);

}  // namespace eventgraph::syntax
