#include "export/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <iostream>

namespace eventgraph {
namespace {

// An ostream buffer over a file descriptor, so the file mkstemp created is
// written through the descriptor it returned (reopening it by name would
// open a window for the name to be swapped).
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  int error() const { return error_; }

 protected:
  int overflow(int c) override {
    if (sync() != 0) return traits_type::eof();
    if (c != traits_type::eof()) {
      *pptr() = static_cast<char>(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override {
    const char* p = pbase();
    while (p < pptr()) {
      const ssize_t n = ::write(fd_, p, static_cast<size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        return -1;
      }
      p += n;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return 0;
  }

 private:
  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> buffer_;
};

// The temporary files alive now, for the signal handler: fixed slots of
// fixed size, since a handler may not allocate or lock.
constexpr size_t kSlots = 16;
constexpr size_t kPathMax = 4096;
struct TempSlot {
  std::atomic<bool> used{false};
  char path[kPathMax];
};
TempSlot g_temp_files[kSlots];

void remove_temp_files_and_reraise(int signal_number) {
  for (TempSlot& slot : g_temp_files)
    if (slot.used.load()) ::unlink(slot.path);
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

// Takes over a signal only while it has its default action (death): an
// ignored signal (nohup) stays ignored and another handler stays in charge.
// Asked at every new output file, as someone may have reset a handler.
void install_signal_handlers() {
  for (int s : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old {};
    ::sigaction(s, nullptr, &old);
    if ((old.sa_flags & SA_SIGINFO) || old.sa_handler != SIG_DFL) continue;
    struct sigaction action {};
    action.sa_handler = remove_temp_files_and_reraise;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(s, &action, nullptr);
  }
}

int register_temp(const std::string& path) {
  if (path.size() >= kPathMax) return -1;
  for (size_t k = 0; k < kSlots; ++k) {
    std::memcpy(g_temp_files[k].path, path.c_str(), path.size() + 1);  // written before the slot is marked
    bool expected = false;
    if (g_temp_files[k].used.compare_exchange_strong(expected, true)) return static_cast<int>(k);
  }
  return -1;  // more than 16 outputs at once: the destructor still removes it
}

void unregister_temp(const std::string& path) {
  for (TempSlot& slot : g_temp_files)
    if (slot.used.load() && path == slot.path) slot.used.store(false);
}

std::string errno_text() { return std::strerror(errno); }

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  if (path_ == "-") return;
  struct stat st {};
  if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      error_ = path_ + ": is a folder";
      return;
    }
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);  // a device or FIFO: written in place
    if (fd_ < 0) error_ = path_ + ": cannot open: " + errno_text();
  } else {
    install_signal_handlers();
    std::string name = path_ + ".tmp.XXXXXX";
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) {
      error_ = path_ + ": cannot create a temporary file beside it: " + errno_text();
      return;
    }
    temp_path_ = name;
    register_temp(temp_path_);
    // mkstemp makes the file 0600; the output gets the mode any new file
    // would (0666 less the umask), or the mode of the file it replaces.
    mode_t mode = 0;
    if (::stat(path_.c_str(), &st) == 0) {
      mode = st.st_mode & 07777;
    } else {
      const mode_t mask = ::umask(0);
      ::umask(mask);
      mode = 0666 & ~mask;
    }
    ::fchmod(fd_, mode);
  }
  if (fd_ >= 0) {
    buffer_ = std::make_unique<FdBuffer>(fd_);
    stream_ = std::make_unique<std::ostream>(buffer_.get());
  }
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    if (!committed_ && temp_path_.empty() && stream_) stream_->flush();  // in place: what was written goes out
    ::close(fd_);
  }
  if (!committed_ && !temp_path_.empty()) {
    ::unlink(temp_path_.c_str());
    unregister_temp(temp_path_);
  }
}

std::ostream& AtomicFile::stream() {
  if (path_ == "-" || !stream_) return std::cout;
  return *stream_;
}

bool AtomicFile::commit() {
  if (!ok()) return false;
  if (path_ == "-") {
    std::cout.flush();
    if (!std::cout) error_ = "standard output: write error";
    return ok();
  }
  stream_->flush();
  const int write_error = static_cast<FdBuffer*>(buffer_.get())->error();
  if (!*stream_ || write_error != 0) {
    error_ = path_ + ": write error: " + std::strerror(write_error ? write_error : EIO);
    return false;
  }
  if (temp_path_.empty()) {  // written in place
    committed_ = true;
    return true;
  }
  // On disk before the name points at it: a crash after the rename must not
  // find an empty or partial file under the target's name.
  if (::fsync(fd_) != 0 && errno != EINVAL) {
    error_ = path_ + ": cannot flush to disk: " + errno_text();
    return false;
  }
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    error_ = path_ + ": cannot rename " + temp_path_ + ": " + errno_text();
    return false;
  }
  unregister_temp(temp_path_);
  committed_ = true;
  return true;
}

}  // namespace eventgraph
