// pipeline.h: Document -> Extraction, composing the extraction stages.
//
// Each stage reads the document and what earlier stages found, and adds its
// own findings: text (tokens, sentences) -> temporal -> actors -> events ->
// relations. Stages keep no state between documents, so documents can be
// processed in any order or in parallel.
//
//   ExtractOptions options;            // news defaults
//   Extraction x = extract(doc, options);
#pragma once

#include "read/document.h"
#include "extract/extraction.h"

namespace eventgraph {

// Which way a bare weekday or month without a year points.
enum class DatePreference {
  kPast,     // news convention: "on Tuesday" is the last Tuesday
  kFuture,   // Duckling's convention
  kNearest,  // chrono's convention
};

struct ExtractOptions {
  DatePreference prefer = DatePreference::kPast;
  bool day_first = false;  // TemporalOptions::day_first
  bool timexes = true;
  bool actors = true;
  bool events = true;
  // Read events through the dependency parse (syntax::shared_syntax_model());
  // false reads them from lexicon phrases and token windows only.
  bool syntax = true;
};

Extraction extract(const Document& doc, const ExtractOptions& options = {});

}  // namespace eventgraph
