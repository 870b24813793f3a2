// name_folding.h: the matching form of a word or name: lower case ASCII letters,
// diacritics removed, curly apostrophes made straight.
//
//   fold_name("François")    // "francois"
//   fold_name("Le Drian")    // "le drian"
//   fold_name("Russia’s")    // "russia's"
//   name_key("Bashar al-Assad")  // "bashar_assad": the id form, particles "al-" dropped
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/text.h"

namespace eventgraph {

// Appends the folded form of `s` to `out` (Latin-1 and Latin Extended-A letters
// lose their diacritics; other non-ASCII text is kept as is).
void append_folded(std::string& out, std::string_view s);
std::string fold_name(std::string_view s);

// The folded form of every token of a text, in one buffer: one allocation per
// document instead of one per token. Views stay valid as long as the object.
// Not copyable (the views point into its own buffer); movable.
class FoldedTokens {
 public:
  explicit FoldedTokens(const TokenizedText& text);
  FoldedTokens(const FoldedTokens&) = delete;
  FoldedTokens& operator=(const FoldedTokens&) = delete;
  FoldedTokens(FoldedTokens&&) = default;

  const std::vector<std::string_view>& tokens() const { return views_; }
  std::string_view operator[](size_t i) const { return views_[i]; }
  size_t size() const { return views_.size(); }

 private:
  std::string buffer_;
  std::vector<std::string_view> views_;
};

// A stable id fragment for a name: folded, Arabic article prefixes ("al-",
// "el-") dropped, runs of non-alphanumerics turned into one "_".
std::string name_key(std::string_view name);

}  // namespace eventgraph
