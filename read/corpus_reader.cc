#include "read/corpus_reader.h"

#include <sys/stat.h>

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
  // `contents` looks binary (looks_binary()): skipped, pointing at its first control byte.
  void binary(const std::string& file, std::string_view contents) {
    const size_t at = first_control_byte(contents);
    problem(file, line_of_offset(contents, at), ProblemSeverity::kSkipped,
            "binary file (control bytes, the first at offset " + std::to_string(at) + ")");
  }
};

namespace {

std::string stem_of(const std::string& path) {
  if (path == "-") return "stdin";
  return fs::path(path).stem().string();
}

// Reads at most `limit` bytes (a FIFO may be endless); `out` holding more
// than limit - 1 bytes means the file was cut there.
bool read_file(const std::string& path, std::string& out, std::string& error, size_t limit) {
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
  if (!ec) out.reserve(std::min<size_t>(size, limit));
  while (out.size() < limit && (n = std::fread(chunk, 1, std::min(sizeof chunk, limit - out.size()), f)) > 0)
    out.append(chunk, n);
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
      stream_json_lines("-", stdin, run);
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
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    run.problem(path, 0, ProblemSeverity::kSkipped, std::string("cannot open: ") + std::strerror(errno));
    return;
  }
  // A device (/dev/zero, /dev/urandom) never ends and is no article.
  if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
    run.problem(path, 0, ProblemSeverity::kSkipped,
                S_ISDIR(st.st_mode) ? "a folder" : "not a regular file or FIFO (a device or socket); not read");
    return;
  }
  const std::string format = input_format_of(path);
  if (format == "jsonl") {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      run.problem(path, 0, ProblemSeverity::kSkipped, std::string("cannot open: ") + std::strerror(errno));
      return;
    }
    stream_json_lines(path, f, run);
    std::fclose(f);
    return;
  }
  // One article, or one JSON file: at most max_doc_bytes of it (a .json
  // array may hold many documents, so it may be 64 times that).
  const size_t limit = format == "json" ? options_.max_doc_bytes * 64 : options_.max_doc_bytes;
  const std::string too_big = "larger than the limit of " + std::to_string(limit) + " bytes (--max-doc-bytes); not read";
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > limit) {
    run.problem(path, 0, ProblemSeverity::kSkipped, std::to_string(st.st_size) + " bytes: " + too_big);
    return;
  }
  std::string contents;
  std::string error;
  if (!read_file(path, contents, error, limit + 1)) {
    run.problem(path, 0, ProblemSeverity::kSkipped, error);
    return;
  }
  if (contents.size() > limit) {
    run.problem(path, 0, ProblemSeverity::kSkipped, too_big);
    return;
  }
  read_contents(path, std::move(contents), run);
}

void CorpusReader::stream_json_lines(const std::string& path, std::FILE* in, Run& run) {
  constexpr size_t kChunk = size_t{1} << 20;
  const size_t limit = options_.max_doc_bytes;
  std::string buffer;
  auto fill = [&](size_t want) {  // appends up to `want` bytes; false at the end
    const size_t old = buffer.size();
    buffer.resize(old + want);
    const size_t n = std::fread(buffer.data() + old, 1, want, in);
    buffer.resize(old + n);
    return n > 0;
  };
  // The first 64 KB say what the file is.
  while (buffer.size() < 65536 && fill(65536 - buffer.size())) {
  }
  if (needs_transcoding(buffer)) {  // UTF-16/32: read whole, convert, then split
    while (buffer.size() <= limit * 64 && fill(kChunk)) {
    }
    return read_contents(path, std::move(buffer), run);
  }
  if (buffer.starts_with("\xEF\xBB\xBF")) buffer.erase(0, 3);
  if (looks_binary(buffer)) return run.binary(path, buffer);
  const std::string stem = stem_of(path);
  const std::string too_long = "line longer than the limit of " + std::to_string(limit) + " bytes (--max-doc-bytes); skipped";
  std::string line;
  uint32_t line_no = 0;
  size_t start = 0;     // where the current line begins in `buffer`
  size_t scanned = 0;   // bytes of it already searched for a newline
  bool skipping = false;  // inside a line found too long: discarding to its end
  bool any = false;       // a line that was not blank
  bool more = true;
  while (true) {
    const size_t nl = buffer.find('\n', start + scanned);
    if (nl != std::string::npos || !more) {
      const size_t end = nl == std::string::npos ? buffer.size() : nl;
      if (end > start || nl != std::string::npos) {
        ++line_no;
        if (skipping) {
          any = true;
        } else if (end - start > limit) {
          run.problem(path, line_no, ProblemSeverity::kSkipped, too_long);
          any = true;
        } else {
          line.assign(buffer, start, end - start);
          any |= read_json_line(path, line, line_no, stem, run);
        }
      }
      skipping = false;
      if (nl == std::string::npos) break;
      start = nl + 1;
      scanned = 0;
      continue;
    }
    scanned = buffer.size() - start;
    if (!skipping && scanned > limit) {
      run.problem(path, line_no + 1, ProblemSeverity::kSkipped, too_long);
      skipping = true;
    }
    if (skipping) {  // keep none of it
      buffer.clear();
      start = scanned = 0;
    } else if (start > 0) {  // move the unfinished line to the front
      buffer.erase(0, start);
      start = 0;
    }
    more = fill(kChunk);
  }
  if (std::ferror(in)) run.problem(path, line_no, ProblemSeverity::kSkipped, "read error");
  else if (!any) run.problem(path, 0, ProblemSeverity::kSkipped, "empty file");
}

bool CorpusReader::read_json_line(const std::string& path, std::string& line, uint32_t line_no,
                                  const std::string& stem, Run& run) {
  if (is_blank(line)) return false;
  if (const size_t nul = line.find('\0'); nul != std::string::npos) {
    run.problem(path, line_no, ProblemSeverity::kSkipped,
                "NUL byte at column " + std::to_string(nul + 1) + " (binary data in a JSON line)");
    return true;
  }
  if (line.back() == '\r') line.pop_back();
  // RapidJSON's SSE4.2 scanner reads aligned 16-byte blocks, which can reach
  // up to 15 bytes past the line's end: keep them inside the allocation.
  line.reserve(line.size() + kJsonScanPadding);
  JsonDocumentResult r = parse_json_document_in_place(line.data(), path, line_no, stem + ":" + std::to_string(line_no));
  for (const std::string& w : r.warnings) run.problem(path, line_no, ProblemSeverity::kWarning, w);
  if (!r.ok()) {
    run.problem(path, line_no, ProblemSeverity::kSkipped, r.error);
    return true;
  }
  emit(std::move(*r.document), run);
  return true;
}

void CorpusReader::read_contents(const std::string& path, std::string contents, Run& run) {
  std::string note;
  const bool complete = to_utf8(contents, &note);
  if (!note.empty()) run.problem(path, 0, complete ? ProblemSeverity::kNote : ProblemSeverity::kWarning, note);
  // Many NUL bytes: a binary file. A few: text with stray NULs, handled line
  // by line (one NUL on one JSON line skipped the whole file before).
  if (looks_binary(contents)) return run.binary(path, contents);
  if (is_blank(contents)) {
    run.problem(path, 0, ProblemSeverity::kSkipped, "empty file");
    return;
  }
  const std::string format = input_format_of(path);
  if (format == "jsonl") return read_json_lines(path, contents, run);
  // What `eventgraph extract` printed, saved under any name ("x.out", or
  // "x.json" though it holds a record a line): read as the JSON Lines it is.
  if (format != "jsonl" && contents.rfind("{\"doc\":", 0) == 0) {
    if (format != "json") run.problem(path, 0, ProblemSeverity::kNote, "read as JSON Lines of extraction records");
    if (format != "json" || contents.find("\n{") != std::string::npos) return read_json_lines(path, contents, run);
  }
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

// JSON Lines already in memory (a UTF-16 file, converted).
void CorpusReader::read_json_lines(const std::string& path, std::string& contents, Run& run) {
  const std::string stem = stem_of(path);
  std::string line;
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t end = contents.find('\n', pos);
    if (end == std::string::npos) end = contents.size();
    line.assign(contents, pos, end - pos);
    read_json_line(path, line, ++line_no, stem, run);
    pos = end + 1;
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
  // An extraction record was dated when it was extracted.
  if (!options_.dct_override.empty() && !doc.is_extraction) doc.info.dct = options_.dct_override;
  if (!ids_.insert(doc.info.id).second) {
    std::string base = doc.info.id;
    int n = 2;
    while (!ids_.insert(base + "#" + std::to_string(n)).second) ++n;
    doc.info.id = base + "#" + std::to_string(n);
    run.problem(doc.info.source, doc.info.line, ProblemSeverity::kWarning,
                "duplicate document id \"" + base + "\" renamed to \"" + doc.info.id + "\"");
  }
  if (doc.info.dct.empty() && options_.warn_missing_dct && !doc.is_extraction) {
    run.problem(doc.info.source, doc.info.line, ProblemSeverity::kWarning,
                "document \"" + doc.info.id + "\" has no publication date; relative dates stay unresolved (use --dct)");
  }
  ++run.summary.documents;
  run.on_document(std::move(doc));
}

}  // namespace eventgraph
