// Fuzzes the syntax layer: the first byte picks the part. 0: the bytes as
// text, tokenized, split into UD words and analysed with the shipped model
// (every analysis must be a tree); 1: the bytes as CoNLL-U, read, analysed
// and written back; 2: the bytes as a model file (must fail cleanly or load).
#include <string>

#include "extract/syntax/conllu_analysis.h"
#include "extract/syntax/syntax_model.h"
#include "extract/syntax/ud_words.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace eventgraph;
  using namespace eventgraph::syntax;
  if (size == 0) return 0;
  static const SyntaxModel* model = shared_syntax_model().model.get();
  if (!model) __builtin_trap();  // the shipped model must load
  const uint8_t part = data[0] % 3;
  const Document doc = fuzz::document_from(data + 1, size - 1);
  if (part == 0) {
    const TokenizedText t = tokenize(doc.text);
    for (const Sentence& s : t.sentences) {
      std::vector<SyntaxWord> words = ud_words(t, s);
      model->analyze(words);
      int roots = 0;
      for (size_t i = 0; i < words.size(); ++i) {
        roots += words[i].head < 0;
        if (words[i].head >= static_cast<int>(words.size()) || words[i].head == static_cast<int>(i)) __builtin_trap();
      }
      if (!words.empty() && roots != 1) __builtin_trap();
    }
  } else if (part == 1) {
    ConlluDocument d = read_conllu(doc.text, "fuzz.conllu");
    std::string out;
    for (ConlluSentence& s : d.sentences) {
      annotate_conllu(*model, s);
      append_conllu(s, out);
    }
  } else {
    const std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    const LoadedSyntaxModel m = parse_syntax_model(bytes, "fuzz.egsyn");
    if (!m.model && m.error.empty()) __builtin_trap();
  }
  return 0;
}
