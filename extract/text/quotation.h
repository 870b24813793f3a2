// quotation.h: which tokens stand inside quotation marks. What a text
// quotes is what someone said, not what the story tells: the event stage
// reads no event there, the temporal stage lets no date there move the
// story's current date.
//
//   const std::vector<uint8_t> q = quoted_tokens(tokenize("He said, \"We won.\" Then he left."));
//   // q is 1 for the mark that opens, "We", "won", "." and 0 from the closing mark on
//
// Curly marks say which way they face. A straight mark attached to the word
// after it opens, one attached to the word or punctuation before it closes,
// one with spaces or words on both sides toggles. A paragraph closes any
// quotation still open; news continues a long one into the next paragraph
// with a new opening mark.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/text/text.h"

namespace eventgraph {

// One flag per token of `text`: 1 inside a quotation (its opening mark
// included), 0 outside. All zeros, after two searches, for a text with no mark.
std::vector<uint8_t> quoted_tokens(const TokenizedText& text);

}  // namespace eventgraph
