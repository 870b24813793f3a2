// indexes_where.h: the indexes a per-token test passes, listed without
// branches. The scanners ask of every token whether something could start
// there (a name, a time expression, a number to read); which tokens pass is
// data, about one in five at random, and a branch on it is mispredicted that
// often. Here every index is stored and the count advanced by the test's
// answer, so the loop has no branch but its own; the caller then visits only
// the listed tokens.
//
//   const std::vector<uint32_t> numbers = indexes_where(tokens.size(), [&](size_t i) {
//     return (tokens[i].kind == TokenKind::kNumber) & (blocked[i] == 0);
//   });
//
// `keep` should itself be free of branches: combine its tests with & and |,
// not && and ||. next_listed() walks such a list forward once while a
// scanner moves through sentences and lines:
//
//   size_t cursor = 0;  // one for the whole document
//   for (size_t i = next_listed(numbers, &cursor, s.first_token, s.end_token); i < s.end_token;
//        i = next_listed(numbers, &cursor, i + 1, s.end_token)) { ... }
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace eventgraph {

template <typename Keep>
std::vector<uint32_t> indexes_where(size_t count, Keep keep) {
  std::vector<uint32_t> out(count);
  size_t kept = 0;
  for (size_t i = 0; i < count; ++i) {
    out[kept] = static_cast<uint32_t>(i);
    kept += keep(i) ? 1 : 0;
  }
  out.resize(kept);
  return out;
}

// The first index of `list` (ascending) in [from, end), or `end` when there
// is none. *cursor only moves forward, past the indexes below `from`, so
// successive calls with growing `from` read the list once in all.
inline size_t next_listed(const std::vector<uint32_t>& list, size_t* cursor, size_t from, size_t end) {
  while (*cursor < list.size() && list[*cursor] < from) ++*cursor;
  return *cursor < list.size() && list[*cursor] < end ? list[*cursor] : end;
}

}  // namespace eventgraph
