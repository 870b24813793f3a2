// Fuzzes the whole extraction (time expressions, actors, events, relations)
// and its JSON Lines writer on the fuzzer's bytes as a document's text.
#include "extract/extraction_json.h"
#include "extract/pipeline.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace eventgraph;
  const Document doc = fuzz::document_from(data, size);
  ExtractOptions options;
  options.day_first = size > 0 && (data[0] & 1);
  const Extraction x = extract(doc, options);
  const std::string json = extraction_to_json(x);
  if (json.empty()) __builtin_trap();
  return 0;
}
