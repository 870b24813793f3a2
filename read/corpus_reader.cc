#include "read/corpus_reader.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "read/encoding.h"
#include "read/json_reader.h"
#include "read/text_reader.h"
#include "extract/text/utf8.h"

namespace eventgraph {

namespace fs = std::filesystem;

struct CorpusReader::Run {
  const DocumentSink& on_document;
  const ProblemSink& on_problem;
  ReadSummary summary;

  void problem(const std::string& file, uint32_t line, ProblemSeverity severity, std::string message) {
    if (severity == ProblemSeverity::kSkipped) ++summary.skipped;
    if (severity == ProblemSeverity::kWarning) ++summary.warnings;
    on_problem(ReadProblem{file, line, severity, std::move(message)});
  }
};

namespace {

std::string stem_of(const std::string& path) {
  if (path == "-") return "stdin";
  return fs::path(path).stem().string();
}

bool read_file(const std::string& path, std::string& out, std::string& error) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  out.clear();
  char chunk[1 << 16];
  size_t n;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec) out.reserve(size);
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) out.append(chunk, n);
  const bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) {
    error = "read error";
    return false;
  }
  return true;
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

}  // namespace

std::string ReadProblem::to_string() const {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line);
  s += ": ";
  switch (severity) {
    case ProblemSeverity::kNote: s += "note: "; break;
    case ProblemSeverity::kWarning: s += "warning: "; break;
    case ProblemSeverity::kSkipped: s += "skipped: "; break;
  }
  return s + message;
}

std::string ReadSummary::to_string() const {
  std::string s = "read " + std::to_string(documents) + (documents == 1 ? " document" : " documents") +
                  " from " + std::to_string(files) + (files == 1 ? " file" : " files");
  if (skipped > 0) s += "; skipped " + std::to_string(skipped) + " (see above)";
  if (warnings > 0) s += "; " + std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings");
  return s;
}

std::string input_format_of(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".txt" || ext == ".text" || ext == ".md") return "text";
  if (ext == ".jsonl" || ext == ".ndjson") return "jsonl";
  if (ext == ".json") return "json";
  return "";
}

ReadSummary CorpusReader::read(const std::vector<std::string>& inputs, const DocumentSink& on_document,
                               const ProblemSink& on_problem) {
  Run run{on_document, on_problem, {}};
  for (const std::string& input : inputs) {
    if (input == "-") {
      ++run.summary.files;
      std::string contents{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
      std::string note;
      const bool complete = to_utf8(contents, &note);
      if (!note.empty()) run.problem("-", 0, complete ? ProblemSeverity::kNote : ProblemSeverity::kWarning, note);
      read_json_lines("-", contents, run);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<std::string> files, visited;
      collect_files(input, visited, files, run);
      std::sort(files.begin(), files.end());
      for (const std::string& f : files) read_path(f, false, run);
    } else {
      read_path(input, true, run);
    }
  }
  return run.summary;
}

// Walks `folder` by hand rather than with recursive_directory_iterator,
// whose throwing calls let one self-referencing link abort the whole run and
// whose skip_permission_denied hid unreadable folders. Links to folders are
// followed once: a folder reached again (a loop, or a second link to it) is
// reported, not read twice. Hidden files and folders (.git) are passed over.
void CorpusReader::collect_files(const std::string& folder, std::vector<std::string>& visited,
                                 std::vector<std::string>& files, Run& run) {
  std::error_code ec;
  const std::string real = fs::canonical(folder, ec).string();
  if (ec) {
    run.problem(folder, 0, ProblemSeverity::kSkipped, "cannot resolve folder: " + ec.message());
    return;
  }
  if (std::find(visited.begin(), visited.end(), real) != visited.end()) {
    run.problem(folder, 0, ProblemSeverity::kSkipped,
                "a link to a folder already read (" + real + "): a loop or a second way in; not read again");
    return;
  }
  visited.push_back(real);
  fs::directory_iterator it(folder, ec);
  if (ec) {
    run.problem(folder, 0, ProblemSeverity::kSkipped, "cannot list folder: " + ec.message());
    return;
  }
  std::vector<std::string> subfolders;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path path = it->path();
    const std::string name = path.filename().string();
    if (!name.empty() && name[0] == '.') continue;
    std::error_code status_error;
    const fs::file_status status = it->status(status_error);  // follows links
    if (status_error) {
      run.problem(path.string(), 0, ProblemSeverity::kSkipped, "cannot read: " + status_error.message());
    } else if (fs::is_directory(status)) {
      subfolders.push_back(path.string());
    } else if (fs::is_regular_file(status)) {
      files.push_back(path.string());
    } else {
      run.problem(path.string(), 0, ProblemSeverity::kNote, "not a regular file (a FIFO, device or socket); not read");
    }
  }
  if (ec) run.problem(folder, 0, ProblemSeverity::kSkipped, "cannot list folder: " + ec.message());
  std::sort(subfolders.begin(), subfolders.end());
  for (const std::string& sub : subfolders) collect_files(sub, visited, files, run);
}

void CorpusReader::read_path(const std::string& path, bool explicit_file, Run& run) {
  if (input_format_of(path).empty() && !explicit_file) {
    run.problem(path, 0, ProblemSeverity::kNote, "not a .txt, .md, .jsonl or .json file; not read");
    return;
  }
  ++run.summary.files;
  std::string contents;
  std::string error;
  if (!read_file(path, contents, error)) {
    run.problem(path, 0, ProblemSeverity::kSkipped, error);
    return;
  }
  read_contents(path, std::move(contents), run);
}

void CorpusReader::read_contents(const std::string& path, std::string contents, Run& run) {
  std::string note;
  const bool complete = to_utf8(contents, &note);
  if (!note.empty()) run.problem(path, 0, complete ? ProblemSeverity::kNote : ProblemSeverity::kWarning, note);
  // Many NUL bytes: a binary file. A few: text with stray NULs, handled line
  // by line (one NUL on one JSON line skipped the whole file before).
  if (looks_binary(contents)) {
    const size_t nul = contents.find('\0');
    run.problem(path, line_of_offset(contents, nul), ProblemSeverity::kSkipped,
                "binary file (NUL bytes, the first at offset " + std::to_string(nul) + ")");
    return;
  }
  if (is_blank(contents)) {
    run.problem(path, 0, ProblemSeverity::kSkipped, "empty file");
    return;
  }
  const std::string format = input_format_of(path);
  if (format == "jsonl") return read_json_lines(path, contents, run);
  if (format == "json") return read_json_file(path, contents, run);
  read_plain_text(path, std::move(contents), run);
}

void CorpusReader::read_plain_text(const std::string& path, std::string contents, Run& run) {
  if (const size_t nul = contents.find('\0'); nul != std::string::npos) {
    std::replace(contents.begin(), contents.end(), '\0', ' ');
    run.problem(path, line_of_offset(contents, nul), ProblemSeverity::kWarning,
                "NUL bytes replaced with spaces (the first at offset " + std::to_string(nul) + ")");
  }
  size_t first_bad = 0;
  if (const size_t n = sanitize_utf8(contents, &first_bad); n > 0) {
    run.problem(path, line_of_offset(contents, first_bad), ProblemSeverity::kWarning,
                "invalid UTF-8 at byte " + std::to_string(first_bad) + ": " + std::to_string(n) +
                    " bytes replaced with U+FFFD");
  }
  emit(read_text_document(stem_of(path), path, std::move(contents)), run);
}

void CorpusReader::read_json_lines(const std::string& path, std::string& contents, Run& run) {
  const std::string stem = stem_of(path);
  // RapidJSON's SSE4.2 scanner reads aligned 16-byte blocks, which can reach up
  // to 15 bytes past a line's end: keep them inside the allocation.
  contents.reserve(contents.size() + kJsonScanPadding);
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < contents.size()) {
    char* line = contents.data() + pos;
    char* nl = static_cast<char*>(std::memchr(line, '\n', contents.size() - pos));
    const size_t end = nl ? static_cast<size_t>(nl - contents.data()) : contents.size();
    ++line_no;
    pos = end + 1;
    const std::string_view text(line, end - (line - contents.data()));
    if (is_blank(text)) continue;
    if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
      run.problem(path, line_no, ProblemSeverity::kSkipped,
                  "NUL byte at column " + std::to_string(nul + 1) + " (binary data in a JSON line)");
      continue;
    }
    // Each line is parsed in place, NUL-terminated where its newline was (the
    // last line ends at the string's own terminator).
    if (nl) *nl = '\0';
    JsonDocumentResult r = parse_json_document_in_place(line, path, line_no, stem + ":" + std::to_string(line_no));
    for (const std::string& w : r.warnings) run.problem(path, line_no, ProblemSeverity::kWarning, w);
    if (!r.ok()) {
      run.problem(path, line_no, ProblemSeverity::kSkipped, r.error);
      continue;
    }
    emit(std::move(*r.document), run);
  }
}

void CorpusReader::read_json_file(const std::string& path, std::string_view contents, Run& run) {
  for (JsonFileItem& item : parse_json_file(contents, path, stem_of(path))) {
    for (const std::string& w : item.result.warnings) run.problem(path, item.line, ProblemSeverity::kWarning, w);
    if (!item.result.ok()) {
      run.problem(path, item.line, ProblemSeverity::kSkipped, item.result.error);
      continue;
    }
    emit(std::move(*item.result.document), run);
  }
}

void CorpusReader::emit(Document&& doc, Run& run) {
  if (!options_.dct_override.empty()) doc.info.dct = options_.dct_override;
  if (!ids_.insert(doc.info.id).second) {
    std::string base = doc.info.id;
    int n = 2;
    while (!ids_.insert(base + "#" + std::to_string(n)).second) ++n;
    doc.info.id = base + "#" + std::to_string(n);
    run.problem(doc.info.source, doc.info.line, ProblemSeverity::kWarning,
                "duplicate document id \"" + base + "\" renamed to \"" + doc.info.id + "\"");
  }
  if (doc.info.dct.empty() && options_.warn_missing_dct) {
    run.problem(doc.info.source, doc.info.line, ProblemSeverity::kWarning,
                "document \"" + doc.info.id + "\" has no publication date; relative dates stay unresolved (use --dct)");
  }
  ++run.summary.documents;
  run.on_document(std::move(doc));
}

}  // namespace eventgraph
