// syntax_bench.h: the syntax stage's figures for eventgraph_bench: model
// load time and size, and words per second on one core for the tagger alone
// and for tagger + lemmatizer + parser, over the documents' sentences as the
// tokenizer splits them (tokenizing is not counted).
#pragma once

#include <vector>

#include "read/document.h"

namespace eventgraph {

void bench_syntax(const char* corpus, const std::vector<Document>& docs, int repeat);

}  // namespace eventgraph
