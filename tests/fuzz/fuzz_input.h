// fuzz_input.h: the fuzzer's bytes as a news document (valid UTF-8, as the
// readers make every document), for the harnesses that start after reading.
#pragma once

#include <cstddef>
#include <cstdint>
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

}  // namespace eventgraph::fuzz
