// Fuzzes the extraction records `build` merges (the reduce of map/reduce): any
// bytes are read by extraction_from_json(); a record it accepts must write back
// to JSON that reads again to the same text, and merge into a graph that every
// writer can write.
#include <string>
#include <string_view>

#include "export/counting_stream.h"
#include "export/output_format.h"
#include "extract/extraction_json.h"
#include "extract/extraction_reader.h"
#include "graph/graph_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace eventgraph;
  const ParsedExtraction parsed = extraction_from_json(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!parsed.ok()) {
    if (parsed.error.empty()) __builtin_trap();  // a refusal always says why
    return 0;
  }
  const std::string json = extraction_to_json(*parsed.extraction);
  const ParsedExtraction again = extraction_from_json(json);
  if (!again.ok() || extraction_to_json(*again.extraction) != json) __builtin_trap();
  KnowledgeGraph g;
  GraphBuilder builder(g);
  builder.add(*parsed.extraction);
  CountingStream out;
  for (GraphFormat f : {GraphFormat::kGraphml, GraphFormat::kJson, GraphFormat::kHtmlReport, GraphFormat::kDot})
    write_graph(g, f, out);
  return 0;
}
