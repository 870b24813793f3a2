// syntax_model.h: the trained syntax model (tagger, lemmatizer, parser) as
// one file, and the analysis of a sentence with it.
//
// The file: the magic bytes "EGSYNTAX", a format version, a byte-order mark,
// the payload's size and its 64-bit checksum, then the payload (a note of
// where the model comes from and its licence, the tagger, the lemmatizer, the
// parser). A file that is missing, truncated, corrupt or of another version
// gives an error message, never a crash or a half-read model.
//
//   LoadedSyntaxModel m = load_syntax_model("data/syntax/en_ewt.egsyn");
//   if (!m.model) { std::cerr << m.error; return 1; }
//   std::vector<SyntaxWord> words = ...;   // forms (and spans) filled in
//   m.model->analyze(words);               // tags, lemmas, heads, relations
//
// For the program as a whole, shared_syntax_model() loads the default model
// once and every thread reads it. A SyntaxModel is read-only after loading.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/syntax/dependency_parser.h"
#include "extract/syntax/lemmatizer.h"
#include "extract/syntax/pos_tagger.h"
#include "extract/syntax/syntax_types.h"

namespace eventgraph::syntax {

class SyntaxModel {
 public:
  SyntaxModel(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser, std::string provenance);
  SyntaxModel(const SyntaxModel&) = delete;  // large; shared by pointer
  SyntaxModel& operator=(const SyntaxModel&) = delete;

  // Fills the tags, lemmas, heads and relations of `words` (one sentence),
  // whose forms are set.
  void analyze(std::span<SyntaxWord> words) const { analyze(words, {}); }
  // What a caller knows of a word before the tagger reads it.
  enum Hint : uint8_t {
    kNoHint = 0,
    // Part of a name: a name the tagger took for a verb, an auxiliary or a
    // function word ("Boeing" as a gerund at the start of "Boeing sued
    // Airbus") is parsed as a proper noun.
    kName = 1,
    // The finite verb of a clause: a headline's "reports" or "files" the
    // tagger took for a plural noun, or a past one it took for a participle,
    // is parsed as a verb (VBZ for -s, VBD for a past form, else VBP).
    kFiniteVerb = 2,
  };
  // The same, with one hint per word (`hints` empty: none).
  void analyze(std::span<SyntaxWord> words, std::span<const uint8_t> hints) const;

  const PosTagger& tagger() const { return tagger_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const DependencyParser& parser() const { return parser_; }
  const std::string& provenance() const { return provenance_; }
  size_t memory_bytes() const {
    return tagger_.memory_bytes() + lemmatizer_.memory_bytes() + parser_.memory_bytes();
  }

  // The file's bytes; the same model always gives the same bytes.
  std::string serialize() const;

 private:
  PosTagger tagger_;
  Lemmatizer lemmatizer_;
  DependencyParser parser_;
  std::string provenance_;
  // The tagger's PROPN/NNP, VERB/VBZ and VERB/VBD tags, found once.
  uint16_t proper_noun_tag_ = 0xffff, present_verb_tag_ = 0xffff, past_verb_tag_ = 0xffff, base_verb_tag_ = 0xffff;
};

struct LoadedSyntaxModel {
  std::shared_ptr<const SyntaxModel> model;  // null on failure
  std::string error;                         // why, naming the file
};

LoadedSyntaxModel parse_syntax_model(std::string_view bytes, std::string_view name);
LoadedSyntaxModel load_syntax_model(const std::string& path);

// The model eventgraph uses unless told otherwise: $EVENTGRAPH_SYNTAX_MODEL,
// else the one shipped in the source tree's data/syntax/.
std::string default_syntax_model_path();
// A file of the shipped data/syntax/ folder ("wordnet_pos.tsv").
std::string syntax_data_path(std::string_view file);

// Loads default_syntax_model_path() once per process (thread-safe); later
// calls return the same result.
const LoadedSyntaxModel& shared_syntax_model();

}  // namespace eventgraph::syntax
