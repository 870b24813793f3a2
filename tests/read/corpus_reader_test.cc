#include "read/corpus_reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

namespace eventgraph {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& p, const std::string& contents) {
  std::ofstream(p, std::ios::binary) << contents;
}

struct Collected {
  std::vector<Document> docs;
  std::vector<ReadProblem> problems;
  ReadSummary summary;
};

Collected read_all(const std::vector<std::string>& inputs, ReaderOptions options = {}) {
  Collected c;
  CorpusReader reader(options);
  c.summary = reader.read(inputs, [&](Document&& d) { c.docs.push_back(std::move(d)); },
                          [&](const ReadProblem& p) { c.problems.push_back(p); });
  return c;
}

const ReadProblem* find_problem(const Collected& c, const std::string& file_suffix) {
  for (const ReadProblem& p : c.problems) {
    if (p.file.size() >= file_suffix.size() && p.file.compare(p.file.size() - file_suffix.size(), file_suffix.size(), file_suffix) == 0) return &p;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a folder of good and bad input") {
  const fs::path dir = fs::temp_directory_path() / "eventgraph_corpus_reader_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  write(dir / "a.txt", "Title A\n\nMay 5, 2019\n\nBody of A.\n");
  write(dir / "b.jsonl", "{\"id\":\"b1\",\"text\":\"one\",\"date\":\"2019-05-06\"}\n{broken\n\n{\"id\":\"b3\",\"text\":\"three\",\"date\":\"2019-05-07\"}\n");
  write(dir / "sub" / "c.txt", "Title C\n\nMay 8, 2019\n\nbad \xFF byte\n");
  write(dir / "empty.txt", "");
  write(dir / "blob.txt", std::string("GIF89a\0\0\x01", 9));
  write(dir / "notes.csv", "x,y\n");
  const Collected c = read_all({dir.string()});

  REQUIRE(c.docs.size() == 4);  // a, b1, b3, c
  CHECK(c.docs[0].info.id == "a");
  CHECK(c.docs[1].info.id == "b1");
  CHECK(c.docs[2].info.id == "b3");
  CHECK(c.docs[3].info.id == "c");
  CHECK(c.docs[3].text.find("bad \xEF\xBF\xBD byte") != std::string::npos);
  CHECK(c.summary.skipped == 3);  // broken line, empty file, binary file
  CHECK(c.summary.files == 5);    // the .csv is not read

  const ReadProblem* broken = find_problem(c, "b.jsonl");
  REQUIRE(broken != nullptr);
  CHECK(broken->line == 2);
  CHECK(broken->severity == ProblemSeverity::kSkipped);
  const ReadProblem* utf8 = find_problem(c, "c.txt");
  REQUIRE(utf8 != nullptr);
  CHECK(utf8->line == 5);
  CHECK(utf8->severity == ProblemSeverity::kWarning);
  CHECK(find_problem(c, "empty.txt")->message == "empty file");
  CHECK(find_problem(c, "blob.txt")->message.find("binary file") == 0);
  CHECK(find_problem(c, "notes.csv")->severity == ProblemSeverity::kNote);
  CHECK(c.summary.to_string() == "read 4 documents from 5 files; skipped 3 (see above); 1 warning");
  fs::remove_all(dir);
}

TEST_CASE("--dct overrides, duplicate ids are renamed, a missing date is a warning") {
  const fs::path dir = fs::temp_directory_path() / "eventgraph_corpus_reader_ids";
  fs::remove_all(dir);
  fs::create_directories(dir / "x");
  fs::create_directories(dir / "y");
  write(dir / "x" / "story.txt", "no header here.\n");
  write(dir / "y" / "story.txt", "no header either.\n");
  const Collected plain = read_all({dir.string()});
  REQUIRE(plain.docs.size() == 2);
  CHECK(plain.docs[1].info.id == "story#2");
  CHECK(plain.summary.warnings == 3);  // two missing dates, one renamed id
  ReaderOptions options;
  options.dct_override = "2020-01-01";
  const Collected dated = read_all({(dir / "x" / "story.txt").string()}, options);
  CHECK(dated.docs[0].info.dct == "2020-01-01");
  CHECK(dated.summary.warnings == 0);
  fs::remove_all(dir);
}

TEST_CASE("a missing file is skipped with a message") {
  const Collected c = read_all({"/nonexistent/eventgraph.txt"});
  CHECK(c.summary.skipped == 1);
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].message.find("cannot open") == 0);
}

}  // namespace eventgraph

namespace eventgraph {

// A self-referencing link aborted the whole run with an uncaught
// filesystem_error; a linked subfolder and a FIFO were skipped without a word.
TEST_CASE("folders with links, loops and special files") {
  const fs::path dir = fs::temp_directory_path() / ("eventgraph_links_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "a");
  write(dir / "a" / "one.txt", "One\n\nThe talks began on Tuesday in Vienna.\n");
  write(dir / "top.txt", "Top\n\nRussia struck Raqqa on Tuesday.\n");
  fs::create_directory_symlink(dir / "a", dir / "b_link_to_a");  // a second way into a/
  fs::create_directory_symlink(dir, dir / "a" / "loop");          // back to the top: a loop
  fs::create_symlink(dir / "self", dir / "self");                  // a link to itself
  REQUIRE(::mkfifo((dir / "pipe.txt").c_str(), 0600) == 0);
  const Collected c = read_all({dir.string()});
  CHECK(c.docs.size() == 2);  // one.txt once, top.txt; the pipe is never opened (it would block)
  const ReadProblem* self = find_problem(c, "/self");
  REQUIRE(self != nullptr);
  CHECK(self->severity == ProblemSeverity::kSkipped);
  CHECK(self->message.find("cannot read") == 0);
  const ReadProblem* loop = find_problem(c, "/loop");
  REQUIRE(loop != nullptr);
  CHECK(loop->message.find("already read") != std::string::npos);
  CHECK(find_problem(c, "/b_link_to_a") != nullptr);
  const ReadProblem* pipe = find_problem(c, "/pipe.txt");
  REQUIRE(pipe != nullptr);
  CHECK(pipe->severity == ProblemSeverity::kNote);
  fs::remove_all(dir);
}

// As root every folder is readable, so this runs only for other users.
TEST_CASE("an unreadable subfolder is reported, the rest read") {
  if (::geteuid() == 0) return;
  const fs::path dir = fs::temp_directory_path() / ("eventgraph_perm_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "closed");
  write(dir / "closed" / "x.txt", "X\n\nText.\n");
  write(dir / "open.txt", "Open\n\nText.\n");
  fs::permissions(dir / "closed", fs::perms::none);
  const Collected c = read_all({dir.string()});
  CHECK(c.docs.size() == 1);
  const ReadProblem* closed = find_problem(c, "/closed");
  REQUIRE(closed != nullptr);
  CHECK(closed->message.find("cannot list folder") == 0);
  fs::permissions(dir / "closed", fs::perms::owner_all);
  fs::remove_all(dir);
}

}  // namespace eventgraph

namespace eventgraph {

// One NUL byte on one JSON line skipped the whole file (0 of 3 good documents);
// a byte-order mark made the first JSON line a syntax error and stayed in a
// text article's title; a UTF-16 file was called binary.
TEST_CASE("stray NUL bytes, byte-order marks and UTF-16 files") {
  const fs::path dir = fs::temp_directory_path() / ("eventgraph_enc_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  write(dir / "nul.jsonl", std::string("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"T") + '\0' +
                               "wo.\"}\n{\"id\":\"c\",\"text\":\"Three.\"}\n{\"id\":\"d\",\"text\":\"Four.\"}\n");
  write(dir / "bom.jsonl", "\xEF\xBB\xBF{\"id\":\"e\",\"text\":\"Five.\"}\n");
  write(dir / "bom.txt", "\xEF\xBB\xBFTalks in Vienna\n\nThe talks began on Tuesday.\n");
  std::string utf16 = "\xFF\xFE";
  for (char ch : std::string("Summit ends\n\nThe summit ended on Monday.\n")) utf16 += std::string{ch, '\0'};
  write(dir / "wide.txt", utf16);
  const Collected c = read_all({dir.string()});
  std::vector<std::string> ids;
  for (const Document& d : c.docs) ids.push_back(d.info.id);
  CHECK(ids == std::vector<std::string>{"e", "bom", "a", "c", "d", "wide"});
  const ReadProblem* nul = nullptr;
  for (const ReadProblem& p : c.problems)
    if (p.severity == ProblemSeverity::kSkipped) nul = &p;
  REQUIRE(nul != nullptr);  // the one line skipped
  CHECK(nul->file.ends_with("nul.jsonl"));
  CHECK(nul->line == 2);
  CHECK(c.summary.skipped == 1);
  for (const Document& d : c.docs) {
    if (d.info.id == "bom") CHECK(d.info.title == "Talks in Vienna");
    if (d.info.id == "wide") {
      CHECK(d.info.title == "Summit ends");
      CHECK(d.text.find("The summit ended on Monday.") != std::string::npos);
    }
  }
  const ReadProblem* wide = find_problem(c, "wide.txt");
  REQUIRE(wide != nullptr);
  CHECK(wide->message.rfind("UTF-16LE", 0) == 0);
  fs::remove_all(dir);
}

}  // namespace eventgraph

namespace eventgraph {

// JSON Lines are read a chunk at a time, and nothing longer than
// max_doc_bytes is kept: /dev/zero read until memory ran out, and a 400 MB
// JSON Lines file took 791 MB.
TEST_CASE("streaming JSON Lines: chunk boundaries, long lines, empty files") {
  const fs::path dir = fs::temp_directory_path() / ("eventgraph_stream_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  // 3,000 lines of about 1 KB: lines straddle the 1 MB chunks; the last has no newline.
  std::string many;
  for (int i = 0; i < 3000; ++i) {
    many += "{\"id\":\"d" + std::to_string(i) + "\",\"date\":\"2015-11-18\",\"text\":\"" + std::string(1000, 'x') + "\"}";
    if (i + 1 < 3000) many += i % 2 ? "\n" : "\r\n";
  }
  write(dir / "many.jsonl", many);
  ReaderOptions options;
  options.warn_missing_dct = false;
  Collected c = read_all({(dir / "many.jsonl").string()}, options);
  REQUIRE(c.docs.size() == 3000);
  CHECK(c.docs[2999].info.id == "d2999");
  CHECK(c.docs[1234].info.line == 1235);
  CHECK(c.problems.empty());

  // A line over the limit is named and skipped, the lines around it read.
  options.max_doc_bytes = 2000;
  write(dir / "long.jsonl", "{\"text\":\"a\"}\n{\"text\":\"" + std::string(5000, 'y') + "\"}\n{\"text\":\"c\"}\n");
  c = read_all({(dir / "long.jsonl").string()}, options);
  CHECK(c.docs.size() == 2);
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].line == 2);
  CHECK(c.problems[0].message.find("--max-doc-bytes") != std::string::npos);
  // A text article over the limit is not read at all.
  write(dir / "huge.txt", "Title\n\n" + std::string(5000, 'z'));
  c = read_all({(dir / "huge.txt").string()}, options);
  CHECK(c.docs.empty());
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].message.find("--max-doc-bytes") != std::string::npos);
  // An empty JSON Lines file is still an empty file.
  write(dir / "empty.jsonl", "\n\n  \n");
  c = read_all({(dir / "empty.jsonl").string()});
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].message == "empty file");
  fs::remove_all(dir);
}

TEST_CASE("endless inputs: a device is refused, a FIFO read up to the limit") {
  ReaderOptions options;
  options.max_doc_bytes = 100000;
  Collected c = read_all({"/dev/zero"}, options);
  CHECK(c.docs.empty());
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].message.find("not a regular file or FIFO") == 0);

  const fs::path dir = fs::temp_directory_path() / ("eventgraph_fifo_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path fifo = dir / "feed.txt";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto old_sigpipe = ::signal(SIGPIPE, SIG_IGN);  // the reader stops reading: the writer gets EPIPE
  std::thread writer([&] {
    const int fd = ::open(fifo.c_str(), O_WRONLY);
    const std::string block(65536, 'w');
    for (int i = 0; i < 1000 && fd >= 0; ++i)  // 64 MB: far past the limit
      if (::write(fd, block.data(), block.size()) < 0) break;
    if (fd >= 0) ::close(fd);
  });
  c = read_all({fifo.string()}, options);
  writer.join();
  ::signal(SIGPIPE, old_sigpipe);
  CHECK(c.docs.empty());
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].message.find("--max-doc-bytes") != std::string::npos);
  fs::remove_all(dir);
}

}  // namespace eventgraph
