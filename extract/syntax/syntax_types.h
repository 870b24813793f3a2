// syntax_types.h: the syntactic analysis of a sentence as plain values,
// what every extraction stage reads.
//
// A sentence is a list of Universal Dependencies words: the tokenizer's
// tokens with clitics split off as the treebank does ("don't" -> "do" +
// "n't", "five-year" -> "five" + "-" + "year"), each with its byte span, part
// of speech (UPOS and Penn XPOS), lemma, head and relation.
//
//   for (const SyntaxWord& w : sentence.words)
//     if (w.deprel == "nsubj") subject_of[w.head] = &w;
//
// `form` views the analysed text and the tag and relation names view the
// model's tables: the text and the model must outlive the analysis (the
// model is loaded once per process and never freed before exit).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/span.h"

namespace eventgraph::syntax {

// The seventeen universal parts of speech (universaldependencies.org/u/pos).
enum class Upos : uint8_t {
  kX, kAdj, kAdp, kAdv, kAux, kCconj, kDet, kIntj, kNoun, kNum, kPart, kPron, kPropn, kPunct, kSconj, kSym, kVerb,
};
// "NOUN" -> Upos::kNoun; anything unknown -> Upos::kX.
Upos upos_from_name(std::string_view name);

struct SyntaxWord {
  std::string_view form;
  Span span;                // bytes in the analysed text ({0,0} when read from CoNLL-U without offsets)
  std::string lemma;
  Upos upos = Upos::kX;
  std::string_view upos_name;  // "NOUN"
  std::string_view xpos;       // "NNS"
  int head = -1;               // index of the head word in the sentence; -1: the root
  std::string_view deprel;     // "nsubj", "obl:tmod", "root"
  bool space_after = true;     // for CoNLL-U's SpaceAfter=No
  bool joined_to_next = false; // split from one token with the next word ("do" of "don't")
};

struct SentenceSyntax {
  std::vector<SyntaxWord> words;
  Span span;  // the sentence's bytes
};

}  // namespace eventgraph::syntax
