#include "extract/pipeline.h"

#include "extract/text.h"

namespace eventgraph {

Extraction extract(const Document& doc, const ExtractOptions& options) {
  Extraction x;
  x.doc = doc.info;
  x.text_bytes = static_cast<uint32_t>(doc.text.size());
  const TokenizedText text = tokenize(doc.text);
  (void)text;
  (void)options;
  return x;
}

}  // namespace eventgraph
