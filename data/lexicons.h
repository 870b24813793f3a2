// lexicons.h: the plain-text lexicons of data/, compiled into the binary so that
// eventgraph runs anywhere without its source tree.
//
// Each file is a list of records, one per line, fields separated by '|'; '#'
// starts a comment line. Each file's header says what it holds and where its
// facts come from.
//
//   for (const LexiconRecord& r : read_lexicon("countries.txt")) r.fields[0];
#pragma once

#include <string_view>
#include <vector>

namespace eventgraph {

// The contents of data/NAME ("countries.txt"), or an empty view when there is
// no such file.
std::string_view lexicon_file(std::string_view name);

struct LexiconRecord {
  std::vector<std::string_view> fields;  // trimmed; views into the embedded file
  unsigned line = 0;                     // 1-based line in the file
};

// The records of data/NAME: non-blank, non-comment lines split at '|'.
std::vector<LexiconRecord> read_lexicon(std::string_view name);

}  // namespace eventgraph
