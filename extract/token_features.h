// token_features.h: what several extraction stages need to know about each
// token, computed once per document: its folded form (case and diacritics
// removed) and that form's hash for the lexicon tables, its class as a time or
// number word, whether it lies in a URL or e-mail address, whether it lies
// in a wire dateline, and whether it lies inside quotation marks.
//
//   const TokenizedText text = tokenize(doc.text);
//   const TokenFeatures features(text);
//   features.folded()[i];       // "francois" for "François"
//   features.tokens();          // folded forms with hashes, for PhraseTrie::longest
//   features.word_infos()[i];   // temporal_word_info(): month 11 for "Nov"
//   features.in_url()[i];       // 1 inside "https://x.com/2015/11/18/..."
//   features.in_dateline()[i];  // 1 inside "WASHINGTON (Reuters) -"
//   features.in_quotation()[i]; // quoted_tokens(): 1 inside "... said, \"We won.\""
//
// Not copyable or movable: the folded views point into its own buffer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text/name_folding.h"
#include "extract/temporal/temporal_words.h"
#include "extract/text/text.h"

namespace eventgraph {

class TokenFeatures {
 public:
  explicit TokenFeatures(const TokenizedText& text);
  TokenFeatures(const TokenFeatures&) = delete;
  TokenFeatures& operator=(const TokenFeatures&) = delete;

  const std::vector<std::string_view>& folded() const { return folded_; }
  const std::vector<uint64_t>& hashes() const { return hashes_; }  // folded_token_hash of each
  FoldedTokens tokens() const { return {folded_, hashes_}; }
  // temporal_word_infos(): each word's classes as a time or number word (the
  // defaults inside URLs). Read by the time expressions and by the actors,
  // which must not take "Twelve" or "May" for a name.
  const std::vector<TemporalWordInfo>& word_infos() const { return word_infos_; }
  const std::vector<uint8_t>& in_url() const { return in_url_; }
  const std::vector<uint8_t>& in_dateline() const { return in_dateline_; }
  // What someone said: the events read no event there, and neither stage
  // lets a date there move the story's date.
  const std::vector<uint8_t>& in_quotation() const { return in_quotation_; }

 private:
  std::string buffer_;  // every folded token, back to back: one allocation per document
  std::vector<std::string_view> folded_;
  std::vector<uint64_t> hashes_;
  std::vector<uint8_t> in_url_;
  std::vector<uint8_t> in_dateline_;
  std::vector<uint8_t> in_quotation_;
  std::vector<TemporalWordInfo> word_infos_;
};

}  // namespace eventgraph
