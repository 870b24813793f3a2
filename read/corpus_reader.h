// corpus_reader.h: turns command-line inputs (files, directories, "-") into a
// stream of Documents, reporting every problem and going on.
//
// Bad input is normal input: a broken JSON line, invalid UTF-8, an empty or
// binary file, an impossible date. Each is reported through the problem
// callback with its file and line; the rest of the corpus is still read.
//
//   CorpusReader reader(options);
//   ReadSummary s = reader.read({"examples/", "more.jsonl"},
//       [&](Document&& doc) { process(doc); },
//       [&](const ReadProblem& p) { std::cerr << p.to_string() << "\n"; });
//   std::cerr << s.to_string() << "\n";  // "read 120 documents from 7 files; skipped 2 (see above)"
//
// Directories are walked recursively in sorted path order so that output is
// deterministic. Files: .txt .text .md (plain text with a news header), .jsonl
// .ndjson (JSON Lines), .json (one object or an array); other extensions inside
// a directory are skipped with a note; a file named explicitly is read as
// plain text whatever its extension, unless it begins as `eventgraph extract`
// writes ('{"doc":'): then it is read as JSON Lines of extraction records (as
// is a .json file holding such records one a line). "-" reads JSON Lines from
// standard input.
// Document ids are unique within a run: a repeated id gets a "#2" suffix and a
// warning.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "read/document.h"

namespace eventgraph {

enum class ProblemSeverity {
  kNote,     // informational: a file type that is not read
  kWarning,  // the document was read, with a repair (invalid UTF-8, no date)
  kSkipped,  // a document or a whole file was not read
};

struct ReadProblem {
  std::string file;
  uint32_t line = 0;  // 0 when the problem concerns the whole file
  ProblemSeverity severity = ProblemSeverity::kWarning;
  std::string message;

  // "corpus.jsonl:12: skipped: JSON syntax error ..." (compiler style).
  std::string to_string() const;
};

struct ReadSummary {
  size_t documents = 0;
  size_t files = 0;
  size_t skipped = 0;   // documents or files not read
  size_t warnings = 0;
  std::string to_string() const;
};

struct ReaderOptions {
  std::string dct_override;  // "YYYY-MM-DD": replaces every document's date
  // Warn about documents without a publication date (relative dates in them
  // stay unresolved).
  bool warn_missing_dct = true;
  // A document (a text file, a JSON line) longer than this is named and
  // skipped, and no more of it is read: one endless line or a device named
  // as input cannot fill the memory.
  size_t max_doc_bytes = size_t{64} << 20;
};

class CorpusReader {
 public:
  using DocumentSink = std::function<void(Document&&)>;
  using ProblemSink = std::function<void(const ReadProblem&)>;

  explicit CorpusReader(ReaderOptions options) : options_(std::move(options)) {}
  // Not copyable (it tracks the ids it handed out); movable.
  CorpusReader(const CorpusReader&) = delete;
  CorpusReader& operator=(const CorpusReader&) = delete;
  CorpusReader(CorpusReader&&) = default;
  CorpusReader& operator=(CorpusReader&&) = default;

  // Reads every input in order. Never throws for bad input; I/O failures and
  // malformed content become problems.
  ReadSummary read(const std::vector<std::string>& inputs, const DocumentSink& on_document,
                   const ProblemSink& on_problem);

 private:
  struct Run;
  void collect_files(const std::string& folder, std::vector<std::string>& visited, std::vector<std::string>& files,
                     Run& run);
  void read_path(const std::string& path, bool explicit_file, Run& run);
  void read_contents(const std::string& path, std::string contents, Run& run);
  void read_json_lines(const std::string& path, std::string& contents, Run& run);
  // JSON Lines from an open stream, a chunk at a time: memory holds one
  // chunk and one line, whatever the file's size.
  void stream_json_lines(const std::string& path, std::FILE* in, Run& run);
  // One JSON line: a document, or a problem. False for a blank line.
  bool read_json_line(const std::string& path, std::string& line, uint32_t line_no, const std::string& stem, Run& run);
  void read_json_file(const std::string& path, std::string_view contents, Run& run);
  void read_plain_text(const std::string& path, std::string contents, Run& run);
  void emit(Document&& doc, Run& run);

  ReaderOptions options_;
  std::unordered_set<std::string> ids_;
};

// The file format a path's extension says: "text", "jsonl", "json", or "" for
// none that eventgraph reads.
std::string input_format_of(const std::string& path);

}  // namespace eventgraph
