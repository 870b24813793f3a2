// conllu.h: CoNLL-U, the Universal Dependencies file format
// (universaldependencies.org/format.html), read and written.
//
// A sentence is its comment lines, its words (ten tab-separated columns)
// and its multiword tokens ("19-20 don't" over the words "do" and "n't").
// Empty nodes ("8.1", enhanced graphs only) are skipped on reading. Every
// problem is reported with the file and line; a malformed sentence is left
// out and reading goes on.
//
//   ConlluDocument d = read_conllu(text, "train.conllu");
//   for (const std::string& p : d.problems) std::cerr << p << "\n";
//   std::string out;
//   for (const ConlluSentence& s : d.sentences) append_conllu(s, out);
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eventgraph::syntax {

struct ConlluWord {
  std::string form, lemma = "_", upos = "_", xpos = "_", feats = "_";
  int head = -2;  // index of the head word; -1: the root; -2: not given ("_")
  std::string deprel = "_", deps = "_", misc = "_";
};

struct ConlluRange {  // a multiword token over words first..last (0-based, inclusive)
  int first = 0, last = 0;
  std::string form, misc = "_";
};

struct ConlluSentence {
  std::vector<std::string> comments;  // without the leading "# "... kept whole: "# text = ..."
  std::vector<ConlluWord> words;
  std::vector<ConlluRange> ranges;
  size_t line = 0;  // 1-based line of its first line in the file
};

struct ConlluDocument {
  std::vector<ConlluSentence> sentences;
  std::vector<std::string> problems;  // "FILE:LINE: what is wrong"
};

ConlluDocument read_conllu(std::string_view text, std::string_view file_name);

// Appends `s` and the blank line that ends it to `out`.
void append_conllu(const ConlluSentence& s, std::string& out);

}  // namespace eventgraph::syntax
