#include "extract/pipeline.h"

#include "extract/text.h"

namespace eventgraph {

Extraction extract(const Document& doc, const ExtractOptions& options) {
  Extraction x;
  x.doc = doc.info;
  x.text_bytes = static_cast<uint32_t>(doc.text.size());
  if (!options.timexes && !options.actors && !options.events) return x;
  const TokenizedText text = tokenize(doc.text);
  (void)text;
  return x;
}

}  // namespace eventgraph
