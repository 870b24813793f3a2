// pos_tagger.h: the part-of-speech tagger: an averaged perceptron that tags
// left to right, each word from its own form (case, shape, prefixes,
// suffixes), two words either side, and the two tags it gave before.
//
// A tag is a (UPOS, XPOS) pair as the treebank pairs them ("PROPN"/"NNP",
// "AUX"/"VBZ"): predicting the pair keeps the two consistent.
//
//   std::vector<WordFeatures> f;  word_features(forms, f);
//   std::vector<uint16_t> tags(f.size());
//   tagger.tag(f, tags);
//   tagger.upos(tags[0]);  // "PROPN"
//
// Each word also brings its ambiguity class: the set of tags it had in
// training (for words seen twice or more). The classes of the next two words
// tell a left-to-right tagger what lies ahead ("that" before a verb), the
// cheap half of what a second, right-to-left pass would add.
//
// A word seen often in training with one tag nearly always ("the", "of",
// ",") takes that tag without scoring: about half the running words, which
// makes the tagger twice as fast and loses nothing measurable on dev.
//
// A word outside that table is looked up in a part-of-speech lexicon
// (WordNet's nouns, verbs, adjectives, adverbs, data/syntax/wordnet_pos.tsv),
// directly or after stripping a regular ending ("bombings" is a noun's
// plural, "outsourced" a verb's past): what the tagger knows of words the
// treebank never had.
//
// A PosTagger is a read-only value once trained or read (copyable, movable)
// and safe to share across threads.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/syntax/binary_io.h"
#include "extract/syntax/flat_word_map.h"
#include "extract/syntax/linear_model.h"
#include "extract/syntax/word_features.h"

namespace eventgraph::syntax {

class PosTagger {
 public:
  // A sentence to learn from or score on: its words and gold tags.
  struct Example {
    std::vector<std::string> forms;
    std::vector<WordFeatures> words;
    std::vector<uint16_t> tags;
  };
  // Word (lower case) -> part-of-speech bits, as in data/syntax/wordnet_pos.tsv.
  using Lexicon = std::unordered_map<std::string, uint16_t>;
  struct TrainOptions {
    int epochs = 12;
    uint64_t seed = 1;
    int min_updates = 1;  // PerceptronTrainer::average()
  };

  PosTagger() = default;

  // Tags every word; `forms` and `words` describe the same words, `tags`
  // has one slot per word.
  void tag(std::span<const std::string_view> forms, std::span<const WordFeatures> words,
           std::span<uint16_t> tags) const;

  // The lexicon's part-of-speech bits of a lower-cased word (1 noun, 2 verb,
  // 4 adjective, 8 adverb, and the irregular-form bits), 0 if it has none.
  uint16_t lexicon_entry(std::string_view lower_word) const;

  int tag_count() const { return static_cast<int>(upos_.size()); }
  std::string_view upos(uint16_t tag) const { return upos_[tag]; }
  std::string_view xpos(uint16_t tag) const { return xpos_[tag]; }
  size_t memory_bytes() const { return model_.memory_bytes(); }

  // Trains on `train`, keeping the epoch whose averaged weights tag `dev`
  // best; `upos`/`xpos` name each tag id. Progress goes to `log` if given.
  static PosTagger train(std::vector<std::string> upos, std::vector<std::string> xpos, const Lexicon& lexicon,
                         const std::vector<Example>& train, const std::vector<Example>& dev,
                         const TrainOptions& options, std::ostream* log);
  // The share of words tagged right (UPOS and XPOS both) in `examples`.
  double accuracy(const std::vector<Example>& examples) const;

  void write(ByteWriter& out) const;
  static PosTagger read(ByteReader& in);

 private:
  // Each word's ambiguity class, or for a word not in that table its
  // lexicon bits (the class is then kUnknownWord plus the bits).
  template <typename Form>
  void word_classes(std::span<const Form> forms, std::span<const WordFeatures> words,
                    std::vector<uint64_t>& out) const;
  uint16_t lexicon_bits(std::string_view form) const;
  static void features(std::span<const WordFeatures> words, std::span<const uint64_t> classes, size_t i,
                       const uint16_t* tags, std::vector<uint64_t>& keys);
  // What the tagger knows of a training word (by its lower-cased hash).
  struct WordFacts {
    uint64_t ambiguity = 0;   // hash of its tag set
    uint16_t sure_tag = 0xffff;  // its tag when it (nearly) always has one, else 0xffff
  };
  void build_word_table();
  LinearModel model_;
  std::unordered_map<uint64_t, WordFacts> known_;  // training and serialization; word_table_ for tagging
  FlatWordMap<WordFacts> word_table_;
  FlatWordMap<uint16_t> lexicon_;  // lower-cased word -> part-of-speech bits
  std::vector<std::string> upos_, xpos_;
};

}  // namespace eventgraph::syntax
