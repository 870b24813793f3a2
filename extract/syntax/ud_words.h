// ud_words.h: the tokenizer's tokens as Universal Dependencies words.
//
// The treebank splits what the tokenizer keeps whole, so the parser sees
// words as it was trained on them: negation and verb clitics ("don't" ->
// "do" + "n't", "can't" -> "ca" + "n't", "they're" -> "they" + "'re",
// "cannot" -> "can" + "not", straight or curly apostrophe) and hyphenated
// words ("five-year" -> "five" + "-" + "year", but "re-examine" and
// "co-founder", a prefix and its hyphen, stay whole); an abbreviation keeps the
// period the tokenizer split from it inside a sentence ("Inc" + "." -> "Inc."). Every word is a slice of
// its token, so it keeps its byte span in the document.
//
//   TokenizedText t = tokenize(text);
//   std::vector<SyntaxWord> words = ud_words(t, t.sentences[0]);
//   words[1].form;  // "do" for "I don't know."
#pragma once

#include <vector>

#include "extract/syntax/syntax_types.h"
#include "extract/text/text.h"

namespace eventgraph::syntax {

std::vector<SyntaxWord> ud_words(const TokenizedText& text, const Sentence& sentence);

}  // namespace eventgraph::syntax
