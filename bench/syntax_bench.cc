#include "syntax_bench.h"

#include <chrono>
#include <cstdio>
#include <functional>

#include "extract/syntax/syntax_model.h"
#include "extract/syntax/ud_words.h"
#include "extract/text/text.h"

namespace eventgraph {
namespace {

double seconds_of(const std::function<void()>& run) {
  const auto t0 = std::chrono::steady_clock::now();
  run();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

void bench_syntax(const char* corpus, const std::vector<Document>& docs, int repeat) {
  const std::string path = syntax::default_syntax_model_path();
  syntax::LoadedSyntaxModel loaded;
  const double load = seconds_of([&] { loaded = syntax::load_syntax_model(path); });
  if (!loaded.model) {
    std::printf("%-10s syntax: %s\n", corpus, loaded.error.c_str());
    return;
  }
  const syntax::SyntaxModel& model = *loaded.model;
  std::printf("%-10s syntax model: loaded in %.0f ms, %.1f MB in memory\n", corpus, load * 1e3,
              model.memory_bytes() / 1e6);
  // The sentences as the extraction stages would hand them over.
  std::vector<std::vector<syntax::SyntaxWord>> sentences;
  size_t words = 0;
  for (const Document& d : docs) {
    const TokenizedText text = tokenize(d.text);
    for (const Sentence& s : text.sentences) {
      sentences.push_back(syntax::ud_words(text, s));
      words += sentences.back().size();
    }
  }
  // Forms view the documents' text, which `docs` keeps alive.
  double tag_best = 1e30, all_best = 1e30;
  size_t checksum = 0;
  std::vector<std::string_view> forms;
  std::vector<syntax::WordFeatures> features;
  std::vector<uint16_t> tags;
  for (int r = 0; r < repeat; ++r) {
    tag_best = std::min(tag_best, seconds_of([&] {
      for (const auto& s : sentences) {
        forms.clear();
        for (const auto& w : s) forms.push_back(w.form);
        syntax::word_features(forms, features);
        tags.assign(forms.size(), 0);
        model.tagger().tag(forms, features, tags);
        checksum += tags.empty() ? 0 : tags[0];
      }
    }));
    all_best = std::min(all_best, seconds_of([&] {
      for (auto& s : sentences) {
        model.analyze(s);
        checksum += s.empty() ? 0 : static_cast<size_t>(s[0].head + 1);
      }
    }));
  }
  std::printf("%-10s %-14s %8zu words in %7.3f s = %8.0f words/s\n", corpus, "tagger", words, tag_best,
              words / tag_best);
  std::printf("%-10s %-14s %8zu words in %7.3f s = %8.0f words/s (%zu)\n", corpus, "syntax", words, all_best,
              words / all_best, checksum % 10);
}

}  // namespace eventgraph
