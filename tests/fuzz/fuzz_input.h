// fuzz_input.h: what the harnesses share: the fuzzer's bytes as a news
// document (valid UTF-8, as the readers make every document) and a sink that
// counts what a writer writes and keeps none of it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <streambuf>
#include <string>

#include "extract/text/utf8.h"
#include "read/document.h"

namespace eventgraph::fuzz {

inline Document document_from(const uint8_t* data, size_t size) {
  Document doc;
  doc.info.id = "fuzz";
  doc.info.dct = "2015-11-18";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  sanitize_utf8(doc.text, nullptr);
  return doc;
}

class CountingBuffer : public std::streambuf {
 public:
  size_t bytes = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes += static_cast<size_t>(n);
    return n;
  }
  int overflow(int c) override {
    ++bytes;
    return c;
  }
};

}  // namespace eventgraph::fuzz
