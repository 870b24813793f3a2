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

namespace eventgraph {

// Appends the folded form of `s` to `out` (Latin-1 and Latin Extended-A letters
// lose their diacritics; other non-ASCII text is kept as is).
void append_folded(std::string& out, std::string_view s);
std::string fold_name(std::string_view s);

// A stable id fragment for a name: folded, Arabic article prefixes ("al-",
// "el-") dropped, runs of non-alphanumerics turned into one "_".
std::string name_key(std::string_view name);

}  // namespace eventgraph
