// span.h: a half-open byte range into a document's text, the unit every
// offset in eventgraph is given in (UTF-8 bytes, end exclusive).
//
//   Span s{4, 9};
//   s.size();                 // 5
//   s.contains(Span{5, 7});   // true
//
// A plain value: copyable, movable, comparable.
#pragma once

#include <cstdint>

namespace eventgraph {

// A half-open byte range [start, end) into a document's text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(const Span& other) const { return start <= other.start && other.end <= end; }
  bool overlaps(const Span& other) const { return start < other.end && other.start < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace eventgraph
