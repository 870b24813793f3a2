// interned_string.h: a string stored once per process, held by a pointer.
//
// Graph properties such as a node's type ("person"), date ("2015-11-17"),
// date precision ("day"), first and last seen dates, or the file a document
// came from take a few thousand distinct values across millions of nodes and
// edges. As std::string each costs 32 bytes (and a heap block when longer than
// 15 bytes) in every node; interned, it is one pointer into a process-wide
// pool, and equal values share one buffer.
//
//   InternedString type = "person";          // interns (a pool lookup)
//   if (type == "person") ...                // compares the text
//   const std::string& s = type;             // the pooled text, no copy
//
// Do not intern values that are mostly unique (node keys, labels, evidence
// sentences): the pool never shrinks, so it only pays for repeated values.
//
// Interning is thread-safe (the pool takes a lock); reading is lock-free, as
// pooled strings never move or change. Copyable and movable (a pointer copy).
#pragma once

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>

namespace eventgraph {

class InternedString {
 public:
  InternedString() : text_(&empty_text()) {}
  InternedString(std::string_view text);  // NOLINT: a string converts, as std::string does
  InternedString(const std::string& text) : InternedString(std::string_view(text)) {}  // NOLINT
  InternedString(const char* text) : InternedString(std::string_view(text)) {}         // NOLINT
  InternedString(const InternedString&) = default;
  InternedString& operator=(const InternedString&) = default;

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT: reads as the string it is
  operator std::string_view() const { return *text_; }    // NOLINT

  bool empty() const { return text_->empty(); }
  size_t size() const { return text_->size(); }
  const char* data() const { return text_->data(); }

  // Equal texts are one pooled string, so equality is a pointer comparison.
  friend bool operator==(const InternedString& a, const InternedString& b) { return a.text_ == b.text_; }
  friend bool operator==(const InternedString& a, std::string_view b) { return *a.text_ == b; }
  friend bool operator==(const InternedString& a, const std::string& b) { return *a.text_ == b; }
  friend bool operator==(const InternedString& a, const char* b) { return *a.text_ == b; }
  friend std::strong_ordering operator<=>(const InternedString& a, const InternedString& b) {
    return *a.text_ <=> *b.text_;
  }
  friend std::strong_ordering operator<=>(const InternedString& a, std::string_view b) {
    return std::string_view(*a.text_) <=> b;
  }
  friend std::string operator+(const InternedString& a, std::string_view b) { return *a.text_ + std::string(b); }
  friend std::string operator+(std::string_view a, const InternedString& b) { return std::string(a) + *b.text_; }

  // How many distinct strings the pool holds (for memory reports).
  static size_t pool_size();

 private:
  static const std::string& empty_text();
  const std::string* text_;
};

}  // namespace eventgraph
