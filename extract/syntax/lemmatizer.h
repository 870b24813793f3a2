// lemmatizer.h: lemmas from forms and tags, learned from the treebank.
//
// Every training word gives an edit script that turns its form into its
// lemma: whether to lower-case it, how many bytes to cut from the end, what
// to append ("forces"/NNS: cut 1; "went"/VBD: cut 4, append "go"; "The"/DT:
// lower-case). A form seen in training with its tag takes that script (the
// irregular forms come from the data); an unseen one takes the script most
// common for its tag and its longest known ending.
//
// Where several endings fit an unseen form, a lexicon (the tagger's WordNet
// parts of speech) picks the first whose lemma is a word of the tag's part
// of speech: "bombed"/VBN ends like "described" (cut 1: "bombe") and like
// "killed" (cut 2: "bomb"), and only "bomb" is a verb.
//
//   std::string lemma = lemmatizer.lemma("bombed", "VBD");  // "bomb"
//
// A Lemmatizer is a read-only value once trained or read (copyable,
// movable) and safe to share across threads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/syntax/binary_io.h"
#include "extract/syntax/flat_word_map.h"

namespace eventgraph::syntax {

class Lemmatizer {
 public:
  struct Example {
    std::string form, xpos, lemma;
  };

  Lemmatizer() = default;

  // A lexicon answers a lower-cased word's part-of-speech bits (1 noun,
  // 2 verb, 4 adjective, 8 adverb; 0 unknown), as PosTagger::lexicon_entry().
  using Lexicon = std::function<uint16_t(std::string_view)>;
  std::string lemma(std::string_view form, std::string_view xpos, const Lexicon* lexicon = nullptr) const;

  static Lemmatizer train(const std::vector<Example>& words);
  size_t memory_bytes() const;

  void write(ByteWriter& out) const;
  static Lemmatizer read(ByteReader& in);

 private:
  struct Script {
    uint8_t lower = 0;  // lower-case the form first
    uint8_t cut = 0;    // bytes cut from the end
    std::string append;
    friend bool operator==(const Script&, const Script&) = default;
  };
  static Script script_for(std::string_view form, std::string_view lemma);
  static std::string apply(const Script& s, std::string_view form);
  static uint64_t key(std::string_view lower_text, std::string_view xpos, uint64_t kind);

  std::vector<Script> scripts_;
  FlatWordMap<uint32_t> known_;    // (lower-case form, xpos) -> script
  FlatWordMap<uint32_t> endings_;  // (ending, xpos) -> script
};

}  // namespace eventgraph::syntax
