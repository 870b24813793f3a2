#include "extract/syntax/syntax_training.h"

#include <charconv>
#include <fstream>
#include <map>
#include <ostream>

#include "extract/syntax/conllu_analysis.h"

namespace eventgraph::syntax {
namespace {

// Names to ids, in sorted order so that ids do not depend on the order of
// the training file.
class Vocabulary {
 public:
  void add(const std::string& name) { ids_.emplace(name, 0); }
  void freeze() {
    uint16_t next = 0;
    for (auto& [name, id] : ids_) id = next++;
  }
  int id(const std::string& name) const {
    auto it = ids_.find(name);
    return it == ids_.end() ? -1 : it->second;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& [name, id] : ids_) out.push_back(name);
    return out;
  }

 private:
  std::map<std::string, uint16_t> ids_;
};

std::string tag_name(const ConlluWord& w) { return w.upos + "\t" + w.xpos; }

bool usable(const ConlluSentence& s) {
  for (const ConlluWord& w : s.words)
    if (w.upos == "_" || w.head == -2 || w.deprel == "_") return false;
  return true;
}

// Reads "word TAB bits" lines; '#' starts a comment line.
PosTagger::Lexicon read_lexicon(const std::string& path, std::ostream* log) {
  PosTagger::Lexicon lexicon;
  if (path.empty()) return lexicon;
  std::ifstream in(path);
  if (!in && log) *log << path << ": cannot open the lexicon; training without it\n";
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    uint16_t bits = 0;
    const auto [ptr, ec] = std::from_chars(line.data() + tab + 1, line.data() + line.size(), bits);
    if (ec != std::errc()) continue;  // not a lexicon line
    lexicon[line.substr(0, tab)] = bits;
  }
  return lexicon;
}

std::vector<WordFeatures> features_of(const ConlluSentence& s) {
  std::vector<std::string_view> forms;
  for (const ConlluWord& w : s.words) forms.push_back(w.form);
  std::vector<WordFeatures> f;
  word_features(forms, f);
  return f;
}

std::vector<PosTagger::Example> tagger_examples(const std::vector<const ConlluSentence*>& sentences,
                                                const Vocabulary& tags) {
  std::vector<PosTagger::Example> out;
  for (const ConlluSentence* s : sentences) {
    PosTagger::Example e;
    e.words = features_of(*s);
    for (const ConlluWord& w : s->words) e.forms.push_back(w.form);
    bool known = true;
    for (const ConlluWord& w : s->words) {
      const int id = tags.id(tag_name(w));
      known &= id >= 0;
      e.tags.push_back(static_cast<uint16_t>(id < 0 ? 0 : id));
    }
    if (known) out.push_back(std::move(e));
  }
  return out;
}

DependencyParser::Example parser_example(const ConlluSentence& s, const Vocabulary& labels) {
  DependencyParser::Example e;
  e.words = features_of(s);
  for (const ConlluWord& w : s.words) {
    e.heads.push_back(w.head);
    const int id = labels.id(w.deprel);
    e.labels.push_back(static_cast<uint16_t>(id < 0 ? 0 : id));
  }
  return e;
}

}  // namespace

std::unique_ptr<SyntaxModel> train_syntax_model(const std::vector<ConlluSentence>& train,
                                                const std::vector<ConlluSentence>& dev,
                                                const SyntaxTrainingOptions& options, std::ostream* log) {
  std::vector<const ConlluSentence*> train_sentences, dev_sentences;
  for (const ConlluSentence& s : train)
    if (usable(s) && (options.max_sentences == 0 || train_sentences.size() < options.max_sentences))
      train_sentences.push_back(&s);
  for (const ConlluSentence& s : dev)
    if (usable(s)) dev_sentences.push_back(&s);

  Vocabulary tags, labels;
  std::vector<Lemmatizer::Example> lemma_examples;
  for (const ConlluSentence* s : train_sentences)
    for (const ConlluWord& w : s->words) {
      tags.add(tag_name(w));
      labels.add(w.deprel);
      lemma_examples.push_back({w.form, w.xpos, w.lemma});
    }
  labels.add("root");
  tags.freeze();
  labels.freeze();
  std::vector<std::string> upos, xpos;
  for (const std::string& name : tags.names()) {
    const size_t tab = name.find('\t');
    upos.push_back(name.substr(0, tab));
    xpos.push_back(name.substr(tab + 1));
  }
  if (log) *log << train_sentences.size() << " training sentences, " << dev_sentences.size() << " dev sentences, "
                << upos.size() << " tags, " << labels.names().size() << " relations\n";

  const std::vector<PosTagger::Example> tag_train = tagger_examples(train_sentences, tags);
  const std::vector<PosTagger::Example> tag_dev = tagger_examples(dev_sentences, tags);
  PosTagger::TrainOptions tagger_options;
  tagger_options.epochs = options.tagger_epochs;
  tagger_options.seed = options.seed;
  tagger_options.min_updates = options.min_updates;
  const PosTagger::Lexicon lexicon = read_lexicon(options.lexicon, log);
  PosTagger tagger = PosTagger::train(upos, xpos, lexicon, tag_train, tag_dev, tagger_options, log);

  // The parser's training tags: predicted, as they will be when parsing.
  std::vector<DependencyParser::Example> parse_train, parse_dev;
  for (const ConlluSentence* s : train_sentences) parse_train.push_back(parser_example(*s, labels));
  for (const ConlluSentence* s : dev_sentences) parse_dev.push_back(parser_example(*s, labels));
  auto tag_with = [](const PosTagger& t, DependencyParser::Example& e, const ConlluSentence& s) {
    std::vector<std::string_view> forms;
    for (const ConlluWord& w : s.words) forms.push_back(w.form);
    e.tags.assign(e.words.size(), 0);
    t.tag(forms, e.words, e.tags);
  };
  if (options.jackknife > 1) {
    const size_t folds = static_cast<size_t>(options.jackknife);
    for (size_t fold = 0; fold < folds; ++fold) {
      std::vector<PosTagger::Example> part;
      for (size_t k = 0; k < tag_train.size(); ++k)
        if (k % folds != fold) part.push_back(tag_train[k]);
      PosTagger::TrainOptions fold_options = tagger_options;
      fold_options.seed = options.seed + fold + 1;
      const PosTagger fold_tagger = PosTagger::train(upos, xpos, lexicon, part, tag_dev, fold_options, nullptr);
      for (size_t k = fold; k < parse_train.size(); k += folds) tag_with(fold_tagger, parse_train[k], *train_sentences[k]);
      if (log) *log << "jackknife fold " << fold + 1 << "/" << folds << " tagged\n";
    }
  } else {
    for (size_t k = 0; k < parse_train.size(); ++k) tag_with(tagger, parse_train[k], *train_sentences[k]);
  }
  for (size_t k = 0; k < parse_dev.size(); ++k) tag_with(tagger, parse_dev[k], *dev_sentences[k]);
  DependencyParser::TrainOptions parser_options;
  parser_options.epochs = options.parser_epochs;
  parser_options.seed = options.seed;
  parser_options.min_updates = options.parser_min_updates;
  parser_options.label_min_updates = options.min_updates;
  DependencyParser parser = DependencyParser::train(labels.names(), upos, parse_train, parse_dev, parser_options, log);

  return std::make_unique<SyntaxModel>(std::move(tagger), Lemmatizer::train(lemma_examples), std::move(parser),
                                       options.provenance);
}

SyntaxScores score_syntax_model(const SyntaxModel& model, const std::vector<ConlluSentence>& gold) {
  SyntaxScores s;
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  auto universal = [](const std::string& rel) { return rel.substr(0, rel.find(':')); };
  for (const ConlluSentence& g : gold) {
    ConlluSentence sys = g;
    annotate_conllu(model, sys);
    for (size_t i = 0; i < g.words.size(); ++i) {
      const ConlluWord &a = g.words[i], &b = sys.words[i];
      upos += a.upos == b.upos;
      xpos += a.xpos == b.xpos;
      lemma += a.lemma == b.lemma;
      uas += a.head == b.head;
      las += a.head == b.head && universal(a.deprel) == universal(b.deprel);
    }
    s.words += g.words.size();
  }
  const double n = static_cast<double>(std::max<size_t>(s.words, 1));
  s.upos = upos / n, s.xpos = xpos / n, s.lemma = lemma / n, s.uas = uas / n, s.las = las / n;
  return s;
}

}  // namespace eventgraph::syntax
