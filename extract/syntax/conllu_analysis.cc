#include "extract/syntax/conllu_analysis.h"

namespace eventgraph::syntax {

void annotate_conllu(const SyntaxModel& model, ConlluSentence& sentence) {
  std::vector<SyntaxWord> words(sentence.words.size());
  for (size_t i = 0; i < words.size(); ++i) words[i].form = sentence.words[i].form;
  model.analyze(words);
  for (size_t i = 0; i < words.size(); ++i) {
    ConlluWord& out = sentence.words[i];
    out.lemma = words[i].lemma;
    out.upos = std::string(words[i].upos_name);
    out.xpos = std::string(words[i].xpos);
    out.head = words[i].head;
    out.deprel = std::string(words[i].deprel);
    out.feats = "_";
    out.deps = "_";
  }
}

ConlluSentence to_conllu(const SentenceSyntax& analysis, std::string_view text, const std::string& sent_id) {
  ConlluSentence s;
  s.comments.push_back("# sent_id = " + sent_id);
  // "# text" is one line: line breaks inside a sentence become spaces.
  std::string line(text.substr(analysis.span.start, analysis.span.size()));
  for (char& c : line)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  s.comments.push_back("# text = " + line);
  for (size_t i = 0; i < analysis.words.size(); ++i) {
    const SyntaxWord& w = analysis.words[i];
    ConlluWord out;
    out.form = std::string(w.form);
    out.lemma = w.lemma;
    out.upos = std::string(w.upos_name);
    out.xpos = std::string(w.xpos);
    out.head = w.head;
    out.deprel = std::string(w.deprel);
    out.misc = "TokenRange=" + std::to_string(w.span.start) + ":" + std::to_string(w.span.end);
    const bool space_after = w.space_after && !w.joined_to_next;
    if (!space_after && !w.joined_to_next) out.misc = "SpaceAfter=No|" + out.misc;
    if (w.joined_to_next && (i == 0 || !analysis.words[i - 1].joined_to_next)) {
      size_t last = i;
      while (last + 1 < analysis.words.size() && analysis.words[last].joined_to_next) ++last;
      const Span span{w.span.start, analysis.words[last].span.end};
      ConlluRange r{static_cast<int>(i), static_cast<int>(last), std::string(text.substr(span.start, span.size())),
                    analysis.words[last].space_after ? "_" : "SpaceAfter=No"};
      s.ranges.push_back(std::move(r));
    }
    s.words.push_back(std::move(out));
  }
  // A multiword token carries SpaceAfter; its words do not.
  for (const ConlluRange& r : s.ranges) {
    ConlluWord& last = s.words[r.last];
    if (last.misc.starts_with("SpaceAfter=No|")) last.misc.erase(0, 14);
  }
  return s;
}

}  // namespace eventgraph::syntax
