// snapshot.h: a graph that can grow, as the file (.egraph) that holds what it
// was built from: one extraction record per document (extraction_json.h).
//
// A graph is rebuilt from its records in a fixed order, by the file each
// document was read from and its line there (the order `build` reads a folder
// in), then by document id; so documents added in any order or batch size
// give the same graph, and the same exports, as one build of them all.
// A document already in the snapshot (same id, same text hash) is not added
// twice; one with the same id and another text replaces it, and is reported.
//
// File format (UTF-8 JSON Lines, version 1):
//   {"format":"eventgraph-snapshot","version":1,"records":N}
//   N extraction records, in the order above
//   {"end":N}
// A file that is not one, of another version, truncated (no end line, or fewer
// records than announced) or with a broken record is refused as a whole, with
// a message naming the file and line; nothing is merged from it.
//
//   Snapshot s;
//   if (auto error = s.read_file("g.egraph")) report(*error);
//   s.add(extraction);                 // AddOutcome::kAdded, kSame or kChanged
//   s.for_each([&](const Extraction& x) { builder.add(x); });
//   s.write(out);                      // through AtomicFile: never half-written
//
// Copyable and movable (a value).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "extract/extraction.h"

namespace eventgraph {

class Snapshot {
 public:
  enum class AddOutcome { kAdded, kSame, kChanged };

  // Adds every record of the snapshot file at `path`; on an error returns it
  // ("g.egraph:3: ...") and leaves this snapshot as it was.
  std::optional<std::string> read_file(const std::string& path);
  // The same from a stream; `name` is used in messages.
  std::optional<std::string> read(std::istream& in, const std::string& name);

  AddOutcome add(const Extraction& x);

  size_t size() const { return records_.size(); }
  // Calls visit with each record, parsed, in the snapshot's order. One record
  // is parsed at a time: a snapshot keeps its records as JSON text, about a
  // third of what they take parsed, and all of them parsed at once would sit
  // beside the graph being built from them.
  void for_each(const std::function<void(const Extraction&)>& visit) const;
  void write(std::ostream& out) const;

 private:
  // Where a document comes in the snapshot: its file, line and id.
  using Key = std::tuple<std::string, uint32_t, std::string>;
  struct Record {
    std::string text_hash;
    std::string json;  // the record, as extraction_to_json() writes it
  };

  std::map<Key, Record> records_;
  std::unordered_map<std::string, Key> key_of_id_;
};

}  // namespace eventgraph
