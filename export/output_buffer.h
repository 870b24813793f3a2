// output_buffer.h: text the XML writers build in memory and hand to the stream
// in 64 KB chunks, one write call per chunk rather than one per fragment.
//
//   OutputBuffer ob(out);
//   std::string& buf = ob.text();
//   for (...) { buf += "<node .../>\n"; ob.flush_if_full(); }
//   ob.flush();   // also done by the destructor
//
// Not copyable or movable: it holds a reference to the stream.
#pragma once

#include <ostream>
#include <string>

namespace eventgraph {

class OutputBuffer {
 public:
  static constexpr size_t kChunkBytes = 1 << 16;

  explicit OutputBuffer(std::ostream& out) : out_(out) { text_.reserve(kChunkBytes * 2); }
  ~OutputBuffer() { flush(); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  std::string& text() { return text_; }
  void flush_if_full() {
    if (text_.size() >= kChunkBytes) flush();
  }
  void flush() {
    out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }

 private:
  std::ostream& out_;
  std::string text_;
};

}  // namespace eventgraph
