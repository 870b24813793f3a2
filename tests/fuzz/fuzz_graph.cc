// Fuzzes graph building and every writer: the fuzzer's bytes are split into
// up to four documents at 0xFF bytes, extracted, merged into one graph, and
// written as GraphML, GEXF, DOT, node-link JSON and the three timelines.
#include <ostream>

#include "export/counting_stream.h"
#include "export/output_format.h"
#include "export/timeline_writer.h"
#include "extract/pipeline.h"
#include "fuzz_input.h"
#include "graph/graph_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace eventgraph;
  KnowledgeGraph g;
  GraphBuilder builder(g);
  size_t start = 0;
  for (int doc = 0; doc < 4 && start <= size; ++doc) {
    size_t end = start;
    while (end < size && data[end] != 0xFF) ++end;
    Document d = fuzz::document_from(data + start, end - start);
    d.info.id = "fuzz" + std::to_string(doc);
    builder.add(extract(d));
    start = end + 1;
  }
  CountingStream out;
  for (GraphFormat f : {GraphFormat::kGraphml, GraphFormat::kGraphmlYed, GraphFormat::kGexf, GraphFormat::kGexf12,
                        GraphFormat::kDot, GraphFormat::kJson, GraphFormat::kCytoscape, GraphFormat::kHtmlReport,
                        GraphFormat::kMarkdownTimeline, GraphFormat::kCsvTimeline})
    write_graph(g, f, out);
  write_timeline(g, TimelineFormat::kJson, out);
  write_timeline(g, TimelineFormat::kTimelineJs, out);
  if (out.bytes() == 0) __builtin_trap();
  return 0;
}
