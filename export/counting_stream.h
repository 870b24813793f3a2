// counting_stream.h: an output stream that counts the bytes written to it and
// keeps none, for measuring writers (bench/) and exercising them (tests/fuzz/)
// without the cost of one huge string.
//
//   CountingStream out;
//   write_graphml(g, out);
//   out.bytes();   // what a file would have held
//
// Not copyable or movable (a stream over its own buffer).
#pragma once

#include <cstddef>
#include <ostream>
#include <streambuf>

namespace eventgraph {

class CountingStream : public std::ostream {
 public:
  CountingStream() : std::ostream(&buffer_) {}
  CountingStream(const CountingStream&) = delete;
  CountingStream& operator=(const CountingStream&) = delete;

  size_t bytes() const { return buffer_.bytes; }

 private:
  struct Buffer : std::streambuf {
    size_t bytes = 0;
    std::streamsize xsputn(const char*, std::streamsize n) override {
      bytes += static_cast<size_t>(n);
      return n;
    }
    int overflow(int c) override {
      ++bytes;
      return c;
    }
  };
  Buffer buffer_;
};

}  // namespace eventgraph
