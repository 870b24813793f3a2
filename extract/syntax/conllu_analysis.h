// conllu_analysis.h: between CoNLL-U sentences and syntax analyses.
//
// annotate_conllu() analyses a sentence's words as given (gold tokenization,
// how the parser is scored) and writes the analysis into its columns;
// to_conllu() turns an analysis of running text into a CoNLL-U sentence with
// "# sent_id", "# text", multiword tokens for split clitics, SpaceAfter=No
// and each word's byte span as TokenRange=start:end.
//
//   annotate_conllu(model, sentence);          // LEMMA UPOS XPOS HEAD DEPREL
//   ConlluSentence s = to_conllu(analysis, text, "doc1-3");
#pragma once

#include <string>
#include <string_view>

#include "extract/syntax/conllu.h"
#include "extract/syntax/syntax_model.h"

namespace eventgraph::syntax {

void annotate_conllu(const SyntaxModel& model, ConlluSentence& sentence);

ConlluSentence to_conllu(const SentenceSyntax& analysis, std::string_view text, const std::string& sent_id);

}  // namespace eventgraph::syntax
