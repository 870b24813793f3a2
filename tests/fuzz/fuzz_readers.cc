// Fuzzes the readers as a user's files reach them: the first byte picks how
// the rest is named (.jsonl, .txt, .json), the rest is written to a file and
// read by CorpusReader, through encodings, the news header, JSON and the
// streaming JSON Lines path (with a small --max-doc-bytes so long lines are
// exercised too).
#include <unistd.h>

#include <cstdio>
#include <string>

#include "read/corpus_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace eventgraph;
  if (size == 0) return 0;
  static const char* const kExtensions[] = {".jsonl", ".txt", ".json", ".md"};
  const std::string path = "/tmp/eventgraph_fuzz_readers_" + std::to_string(::getpid()) + kExtensions[data[0] % 4];
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data + 1, 1, size - 1, f);
  std::fclose(f);
  ReaderOptions options;
  options.max_doc_bytes = 4096 + (data[0] >> 2) * 64;
  CorpusReader reader(options);
  size_t text_bytes = 0;
  reader.read({path}, [&](Document&& d) { text_bytes += d.text.size() + d.info.title.size(); },
              [](const ReadProblem& p) { (void)p.to_string(); });
  std::remove(path.c_str());
  return 0;
}
