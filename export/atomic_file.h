// atomic_file.h: output files that appear whole or not at all.
//
// Writes go to a temporary file beside the target ("graph.graphml.tmp.1234");
// commit() flushes it and renames it over the target. A run that fails, throws
// or is interrupted before commit() leaves the target untouched and the
// temporary file removed (by the destructor).
//
//   AtomicFile out("out/graph.graphml");
//   if (!out.ok()) return error(out.error());
//   out.stream() << "...";
//   if (!out.commit()) return error(out.error());  // "out/graph.graphml: No space left on device"
//
// The path "-" means standard output: written directly, commit() only flushes.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace eventgraph {

class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  // Not copyable or movable: it owns a temporary file on disk.
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  std::ostream& stream();

  // Finishes the file. Returns false (and sets error()) when writing,
  // flushing or renaming failed; the target is then untouched.
  bool commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream file_;
  bool committed_ = false;
  std::string error_;
};

}  // namespace eventgraph
