#include "extract/text/quotation.h"

#include <span>
#include <string_view>

namespace eventgraph {

std::vector<uint8_t> quoted_tokens(const TokenizedText& text) {
  std::vector<uint8_t> quoted(text.tokens.size(), 0);
  if (text.source.find('"') == std::string_view::npos && text.source.find("\xE2\x80\x9C") == std::string_view::npos) {
    return quoted;
  }
  const std::span<const Token> tokens(text.tokens);  // bounds kept in registers across the byte stores
  bool open = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].has(kParagraphBefore)) open = false;
    if (tokens[i].kind == TokenKind::kPunct) {
      const std::string_view x = text.text(i);
      if (x == "\xE2\x80\x9C") {
        open = true;
      } else if (x == "\xE2\x80\x9D") {
        open = false;
      } else if (x == "\"") {
        // ('... to bed early." After the match, X said, "We were ...': a
        // quotation run on from the paragraph before closes at its mark.)
        const bool attached_before = i > 0 && !tokens[i].has(kSpaceBefore) && !tokens[i].has(kParagraphBefore);
        // (A mark before punctuation, as in 'rationale".', closes.)
        const bool attached_after =
            i + 1 < tokens.size() && !tokens[i + 1].has(kSpaceBefore) && tokens[i + 1].kind != TokenKind::kPunct;
        open = attached_after && !attached_before ? true : attached_before && !attached_after ? false : !open;
      }
    }
    quoted[i] = open;
  }
  return quoted;
}

}  // namespace eventgraph
