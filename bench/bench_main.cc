// eventgraph_bench: throughput in MB/s of document text, one core.
//
//   eventgraph_bench [REUTERS_JSONL] [--repeat N] [--only read|plumbing|temporal|actors|extract|syntax|one]
//
// Measures, on the Reuters-21578 corpus (default ../shared/corpora/reuters21578.jsonl,
// skipped with a message when absent) and on a synthetic corpus it writes itself:
//   read             reading and parsing the input files (Reuters only)
//   temporal         the time-expression stage alone (with tokenizing)
//   actors           the actor stage alone (with tokenizing)
//   extract          the whole extraction pipeline (and without the parse: --no-syntax)
//   syntax           tagger, and tagger + lemmatizer + parser, in words/s (syntax_bench.h)
//   one document     the corpus as a single document: no stage may grow faster
//                    than its input (a quadratic step once made a 200 MB
//                    document take 233 s); below a quarter of the per-document
//                    rate is reported as a regression (one long document runs at
//                    about half that rate, from cache misses on its large
//                    per-token arrays; a quadratic step shows as a few percent)
//   build+graphml    merging extractions into the graph and writing GraphML
//   plumbing         read + build + GraphML with no extraction stage (target >= 200 MB/s)
// The stages run as `eventgraph extract` runs them: each document's extraction
// is made and let go (the CLI writes it out), not kept for the whole corpus.
// Each figure is the best of --repeat runs (default 3), which discounts a noisy
// machine; on this VM single runs vary by up to 10%.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include "export/counting_stream.h"
#include "export/graphml_writer.h"
#include "read/corpus_reader.h"
#include "extract/pipeline.h"
#include "graph/graph_builder.h"
#include "synthetic_corpus.h"
#include "syntax_bench.h"

namespace eventgraph {
namespace {

double best_seconds(int repeat, const std::function<void()>& run) {
  double best = 1e30;
  for (int i = 0; i < repeat; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    run();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

void report(const std::string& corpus, const std::string& what, size_t bytes, double seconds) {
  std::printf("%-10s %-14s %8.1f MB in %7.3f s = %8.1f MB/s\n", corpus.c_str(), what.c_str(), bytes / 1e6, seconds,
              bytes / 1e6 / seconds);
}

size_t text_bytes(const std::vector<Document>& docs) {
  size_t n = 0;
  for (const Document& d : docs) n += d.text.size();
  return n;
}

// Extracts each document and lets the result go, as `eventgraph extract`
// does once it has written it; returns a count so that nothing is optimized away.
size_t extract_each(const std::vector<Document>& docs, const ExtractOptions& options) {
  size_t found = 0;
  for (const Document& d : docs) {
    const Extraction x = extract(d, options);
    found += x.timexes.size() + x.entities.size() + x.events.size() + x.relations.size();
  }
  return found;
}

std::vector<Extraction> extract_all(const std::vector<Document>& docs, const ExtractOptions& options) {
  std::vector<Extraction> out;
  out.reserve(docs.size());
  for (const Document& d : docs) out.push_back(extract(d, options));
  return out;
}

size_t build_and_write(const std::vector<Extraction>& xs) {
  KnowledgeGraph g;
  GraphBuilder b(g);
  for (const Extraction& x : xs) b.add(x);
  CountingStream out;  // like writing to the page cache, without one huge string
  write_graphml(g, out);
  return out.bytes();
}

std::vector<Document> read_corpus(const std::string& path) {
  std::vector<Document> docs;
  ReaderOptions options;
  options.warn_missing_dct = false;
  CorpusReader reader(options);
  reader.read({path}, [&](Document&& d) { docs.push_back(std::move(d)); }, [](const ReadProblem&) {});
  return docs;
}

// Extracts the whole corpus as one document and compares its rate with the
// per-document rate `per_document_mb_s`.
void bench_one_document(const std::string& name, const std::vector<Document>& docs, int repeat,
                        double per_document_mb_s) {
  Document one;
  one.info.id = "one";
  one.info.dct = docs.empty() ? "" : docs.front().info.dct;
  for (const Document& d : docs) one.text += d.text + "\n\n";
  const double seconds = best_seconds(repeat, [&] { extract_each({one}, ExtractOptions()); });
  report(name, "one document", one.text.size(), seconds);
  const double mb_s = one.text.size() / 1e6 / seconds;
  std::printf("%-10s %-14s %s: %.0f%% of the per-document rate\n", name.c_str(), "",
              mb_s >= per_document_mb_s / 4 ? "linear" : "REGRESSION (a superlinear step)", 100 * mb_s / per_document_mb_s);
}

void bench_corpus(const std::string& name, const std::vector<Document>& docs, int repeat) {
  const size_t bytes = text_bytes(docs);
  std::printf("%s: %zu documents, %.1f MB of text\n", name.c_str(), docs.size(), bytes / 1e6);
  ExtractOptions none;
  none.timexes = none.actors = none.events = false;
  ExtractOptions temporal_only = none;
  temporal_only.timexes = true;
  const ExtractOptions all;
  report(name, "temporal", bytes, best_seconds(repeat, [&] { extract_each(docs, temporal_only); }));
  ExtractOptions actors_only = none;
  actors_only.actors = true;
  report(name, "actors", bytes, best_seconds(repeat, [&] { extract_each(docs, actors_only); }));
  ExtractOptions no_syntax;
  no_syntax.syntax = false;
  report(name, "extract --no-syntax", bytes, best_seconds(repeat, [&] { extract_each(docs, no_syntax); }));
  const double extract_s = best_seconds(repeat, [&] { extract_each(docs, all); });
  report(name, "extract", bytes, extract_s);
  bench_one_document(name, docs, 1, bytes / 1e6 / extract_s);
  bench_syntax(name.c_str(), docs, repeat);
  const std::vector<Extraction> full = extract_all(docs, all);
  report(name, "build+graphml", bytes, best_seconds(repeat, [&] { build_and_write(full); }));
  report(name, "plumbing", bytes, best_seconds(repeat, [&] { build_and_write(extract_all(docs, none)); }));
}

}  // namespace
}  // namespace eventgraph

int main(int argc, char** argv) {
  using namespace eventgraph;
  std::string reuters = "../shared/corpora/reuters21578.jsonl";
  int repeat = 3;
  std::string only;  // profile one phase of the Reuters run
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else if (a == "--only" && i + 1 < argc) only = argv[++i];
    else reuters = a;
  }
  if (only == "one") {
    const std::vector<Document> docs = read_corpus(reuters);
    const size_t bytes = text_bytes(docs);
    bench_one_document("reuters", docs, repeat, bytes / 1e6 / best_seconds(repeat, [&] { extract_each(docs, ExtractOptions()); }));
    return 0;
  }
  if (only == "syntax") {
    bench_syntax("reuters", read_corpus(reuters), repeat);
    return 0;
  }
  if (only == "read") {
    const size_t bytes = text_bytes(read_corpus(reuters));
    report("reuters", "read", bytes, best_seconds(repeat, [&] { read_corpus(reuters); }));
    return 0;
  }
  if (only == "temporal" || only == "actors" || only == "extract") {
    const std::vector<Document> docs = read_corpus(reuters);
    ExtractOptions options;
    if (only != "extract") {
      options.timexes = only == "temporal";
      options.actors = only == "actors";
      options.events = false;
    }
    report("reuters", only, text_bytes(docs), best_seconds(repeat, [&] { extract_each(docs, options); }));
    return 0;
  }
  if (only == "plumbing") {
    const std::vector<Document> docs = read_corpus(reuters);
    ExtractOptions none;
    none.timexes = none.actors = none.events = false;
    report("reuters", "plumbing", text_bytes(docs), best_seconds(repeat, [&] { build_and_write(extract_all(docs, none)); }));
    return 0;
  }
  if (std::filesystem::exists(reuters)) {
    std::vector<Document> docs;
    const double read_s = best_seconds(repeat, [&] { docs = read_corpus(reuters); });
    bench_corpus("reuters", docs, repeat);
    report("reuters", "read", text_bytes(docs), read_s);
    report("reuters", "plumbing+read", text_bytes(docs), read_s + best_seconds(repeat, [&] {
      ExtractOptions none;
      none.timexes = none.actors = none.events = false;
      build_and_write(extract_all(docs, none));
    }));
  } else {
    std::printf("reuters: %s not found; skipped (pass its path as the first argument)\n", reuters.c_str());
  }
  bench_corpus("synthetic", synthetic_corpus(8000, 42), repeat);
  return 0;
}
