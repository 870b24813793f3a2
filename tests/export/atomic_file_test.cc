// Output files: whole or absent, never through a planted link, devices and
// FIFOs written in place, no temporary file left by SIGTERM.
#include "export/atomic_file.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace eventgraph {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t temp_files_in(const fs::path& dir) {
  size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir)) n += e.path().filename().string().find(".tmp.") != std::string::npos;
  return n;
}

TEST_CASE("AtomicFile: whole on commit, nothing left otherwise") {
  TempDir dir("eg_atomic");
  const fs::path target = dir.path / "out.txt";
  {
    AtomicFile f(target.string());
    REQUIRE(f.ok());
    CHECK(fs::path(f.temp_path()).parent_path() == dir.path);  // beside the target: rename stays on one file system
    f.stream() << "first";
    CHECK(f.commit());
  }
  CHECK(slurp(target) == "first");
  const mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK((fs::status(target).permissions() & fs::perms::all) == static_cast<fs::perms>(0666 & ~mask));
  {
    AtomicFile f(target.string());
    f.stream() << "second, never committed";
  }
  CHECK(slurp(target) == "first");  // untouched
  CHECK(temp_files_in(dir.path) == 0);
}

TEST_CASE("AtomicFile: errors name the file") {
  TempDir dir("eg_atomic_err");
  AtomicFile missing((dir.path / "no" / "such" / "out.txt").string());
  CHECK_FALSE(missing.ok());
  CHECK(missing.error().find("no/such/out.txt") != std::string::npos);
  AtomicFile folder(dir.path.string());
  CHECK_FALSE(folder.ok());
  CHECK(folder.error().find("is a folder") != std::string::npos);
}

// The temporary name was "NAME.tmp.PID": a link planted there made
// eventgraph overwrite the link's target.
TEST_CASE("AtomicFile: a link planted at the old temporary name is not followed") {
  TempDir dir("eg_atomic_link");
  const fs::path victim = dir.path / "victim.txt";
  std::ofstream(victim) << "precious";
  const fs::path target = dir.path / "out.txt";
  fs::create_symlink(victim, target.string() + ".tmp." + std::to_string(::getpid()));
  {
    AtomicFile f(target.string());
    f.stream() << "output";
    CHECK(f.commit());
  }
  CHECK(slurp(victim) == "precious");
  CHECK(slurp(target) == "output");
}

// -o onto a FIFO (or a device) replaced it with a regular file.
TEST_CASE("AtomicFile: a FIFO is written in place and stays a FIFO") {
  TempDir dir("eg_atomic_fifo");
  const fs::path fifo = dir.path / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = slurp(fifo); });
  {
    AtomicFile f(fifo.string());
    REQUIRE(f.ok());
    CHECK(f.temp_path().empty());
    f.stream() << "through the pipe";
    CHECK(f.commit());
  }
  reader.join();
  CHECK(received == "through the pipe");
  CHECK(fs::is_fifo(fifo));
}

// Ctrl-C or SIGTERM left a temporary file of up to 200 MB behind.
TEST_CASE("AtomicFile: SIGTERM while writing removes the temporary file") {
  TempDir dir("eg_atomic_sig");
  const fs::path target = dir.path / "big.txt";
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::signal(SIGTERM, SIG_DFL);  // as a plain process has it (the test runner catches it otherwise)
    AtomicFile f(target.string());
    for (int i = 0; i < 100000; ++i) f.stream() << "a line of output that is not finished yet\n";
    f.stream().flush();
    ::raise(SIGTERM);
    ::_exit(0);  // not reached: SIGTERM ends the process
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(temp_files_in(dir.path) == 0);
  CHECK_FALSE(fs::exists(target));
}

}  // namespace
}  // namespace eventgraph
