// atomic_file.h: output files that appear whole or not at all.
//
// Writes go to a temporary file beside the target, created by mkstemp
// ("graph.graphml.tmp.Xa81Qz": an unpredictable name, created exclusively,
// so a link planted there is never followed); commit() flushes it to disk
// and renames it over the target. A run that fails, throws or is stopped by
// SIGINT or SIGTERM before commit() leaves the target untouched and the
// temporary file removed (by the destructor, or by the signal handler this
// module installs, which then lets the signal end the process as before).
//
// A target that exists and is not a regular file (a device such as
// /dev/null, a FIFO) is written in place: renaming over it would replace the
// device with a plain file.
//
//   AtomicFile out("out/graph.graphml");
//   if (!out.ok()) return error(out.error());
//   out.stream() << "...";
//   if (!out.commit()) return error(out.error());  // "out/graph.graphml: No space left on device"
//
// The path "-" means standard output: written directly, commit() only flushes.
#pragma once

#include <memory>
#include <ostream>
#include <streambuf>
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

  // The temporary file's name while it exists ("" otherwise), for tests.
  const std::string& temp_path() const { return temp_path_; }

 private:
  std::string path_;
  std::string temp_path_;  // "" when writing in place or to standard output
  int fd_ = -1;
  std::unique_ptr<std::streambuf> buffer_;
  std::unique_ptr<std::ostream> stream_;
  bool committed_ = false;
  std::string error_;
};

}  // namespace eventgraph
