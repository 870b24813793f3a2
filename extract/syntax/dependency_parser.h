// dependency_parser.h: a greedy transition-based dependency parser.
//
// The transition system is arc-hybrid (Kuhlmann et al. 2011) with the root
// at the end of the buffer, so the root takes exactly one child, last:
//   SHIFT  moves the buffer's first word onto the stack;
//   LEFT   makes the buffer's first word the head of the stack's top, pops it;
//   RIGHT  makes the stack's second word the head of its top, pops it.
// An averaged perceptron picks the transition from 104 feature templates over
// the stack, the buffer and the children found so far (Zhang and Nivre 2011's,
// adapted to arc-hybrid). It is trained with a dynamic oracle (Goldberg and
// Nivre 2013): after its first epoch it follows its own mistakes and learns
// the best move from wherever it is, as it will be when parsing.
//
// A word is popped only when all its children are found, so its relation is
// chosen then, by a second perceptron that sees the word, its head, its
// whole subtree's function words ("by" makes obl:agent) and the head's other
// dependents so far (a second noun after an object is not another object).
//
//   std::vector<int> heads(n); std::vector<uint16_t> labels(n);
//   parser.parse(features, tags, heads, labels);  // heads[i] == -1: the root
//   parser.label_name(labels[i]);                  // "nsubj"
//
// A DependencyParser is a read-only value once trained or read (copyable,
// movable) and safe to share across threads.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/syntax/binary_io.h"
#include "extract/syntax/linear_model.h"
#include "extract/syntax/word_features.h"

namespace eventgraph::syntax {

class DependencyParser {
 public:
  struct Example {
    std::vector<WordFeatures> words;
    std::vector<uint16_t> tags;    // the tagger's tag ids (predicted, as when parsing)
    std::vector<int> heads;        // gold: index of the head, -1 for the root
    std::vector<uint16_t> labels;  // gold relation ids
  };
  struct TrainOptions {
    int epochs = 15;
    uint64_t seed = 1;
    double explore = 0.9;  // how often a wrong move is followed after the first epoch
    int min_updates = 1;        // PerceptronTrainer::average(), for the moves
    int label_min_updates = 1;  // and for the relations
  };
  struct Accuracy {
    double uas = 0, las = 0;
  };

  DependencyParser() = default;

  // Parses one sentence: for each word its head (-1: the root) and relation.
  void parse(std::span<const WordFeatures> words, std::span<const uint16_t> tags, std::span<int> heads,
             std::span<uint16_t> labels) const;

  std::string_view label_name(uint16_t label) const { return labels_[label]; }
  int label_count() const { return static_cast<int>(labels_.size()); }
  size_t memory_bytes() const { return transitions_.memory_bytes() + labeler_.memory_bytes(); }

  // Trains on `train`, keeping the epoch that parses `dev` best (LAS).
  // `tag_upos` names each tag id's universal part of speech.
  static DependencyParser train(std::vector<std::string> labels, const std::vector<std::string>& tag_upos,
                                const std::vector<Example>& train,
                                const std::vector<Example>& dev, const TrainOptions& options, std::ostream* log);
  Accuracy accuracy(const std::vector<Example>& examples) const;

  void write(ByteWriter& out) const;
  static DependencyParser read(ByteReader& in);

 private:
  friend class ParserTraining;
  LinearModel transitions_;
  LinearModel labeler_;
  std::vector<std::string> labels_;
  uint16_t root_label_ = 0;
  // Per tag id, the bit of its group that the "between" features count:
  // 1 verb or auxiliary, 2 punctuation, 4 conjunction, 0 anything else.
  std::vector<uint8_t> tag_group_;
};

}  // namespace eventgraph::syntax
