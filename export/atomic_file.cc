#include "export/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace eventgraph {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  if (path_ == "-") return;
  temp_path_ = path_ + ".tmp." + std::to_string(::getpid());
  file_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!file_) error_ = path_ + ": cannot create " + temp_path_ + ": " + std::strerror(errno);
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !temp_path_.empty()) {
    file_.close();
    std::remove(temp_path_.c_str());
  }
}

std::ostream& AtomicFile::stream() {
  if (path_ == "-") return std::cout;
  return file_;
}

bool AtomicFile::commit() {
  if (!ok()) return false;
  if (path_ == "-") {
    std::cout.flush();
    if (!std::cout) error_ = "standard output: write error";
    return ok();
  }
  file_.flush();
  if (!file_) {
    error_ = path_ + ": write error: " + std::strerror(errno);
    return false;
  }
  file_.close();
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    error_ = path_ + ": cannot rename " + temp_path_ + ": " + std::strerror(errno);
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace eventgraph
