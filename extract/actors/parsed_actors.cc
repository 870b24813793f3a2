#include "extract/actors/parsed_actors.h"

#include <algorithm>

#include "extract/actors/actor_lexicon.h"
#include "extract/text/word_list.h"

namespace eventgraph {

std::optional<NameRun> proper_noun_run(const syntax::SentenceSyntax& parse, int head, const TokenizedText& text,
                                       const TokenFeatures& features, const std::vector<int>& entity_of_token,
                                       const std::vector<int>& timex_of_token) {
  if (head < 0 || parse.words[head].upos != syntax::Upos::kPropn) return std::nullopt;
  // The head and its proper-noun flat and compound dependents, as far as they are contiguous.
  int first = head, last = head;
  bool grew = true;
  while (grew) {
    grew = false;
    for (int w = 0; w < static_cast<int>(parse.words.size()); ++w) {
      const syntax::SyntaxWord& x = parse.words[w];
      if (x.upos != syntax::Upos::kPropn || (x.deprel != "flat" && x.deprel != "compound")) continue;
      if (x.head < first || x.head > last) continue;
      if (w == first - 1) first = w, grew = true;
      else if (w == last + 1) last = w, grew = true;
    }
  }
  NameRun run;
  run.first_token = token_at_offset(text, parse.words[first].span.start);
  run.end_token = token_at_offset(text, parse.words[last].span.start) + 1;
  if (run.end_token > text.tokens.size() || run.end_token - run.first_token > 6) return std::nullopt;
  const ActorLexicon& lexicon = ActorLexicon::get();
  const auto& folded = features.folded();
  const auto& hashes = features.hashes();
  bool named = false;
  for (size_t k = run.first_token; k < run.end_token; ++k) {
    if ((k < entity_of_token.size() && entity_of_token[k] >= 0) || (k < timex_of_token.size() && timex_of_token[k] >= 0)) {
      return std::nullopt;
    }
    const Token& t = text.tokens[k];
    if (t.kind != TokenKind::kWord) continue;
    if (!t.has(kCapitalized) && !t.has(kAllCaps)) return std::nullopt;  // "iPhone" stays a product
    if (!lexicon.is_common_word(folded[k], hashes[k])) named = true;
  }
  if (!named) return std::nullopt;
  // "John Kerry, the Secretary of State": a title alone names nobody.
  if (lexicon.match_title(features.tokens(), run.first_token, run.end_token).second ==
      run.end_token - run.first_token) {
    return std::nullopt;
  }
  if (lexicon.is_given_name(folded[run.first_token], hashes[run.first_token]) && run.end_token - run.first_token > 1) {
    run.kind = EntityKind::kPerson;
  } else if (lexicon.is_place_tail(text.text(run.end_token - 1))) {
    run.kind = EntityKind::kLocation;
  }
  return run;
}

Entity entity_of(const NameRun& run, const TokenizedText& text) {
  Entity e;
  const Span span{text.tokens[run.first_token].start, text.tokens[run.end_token - 1].end};
  e.label = std::string(text.source.substr(span.start, span.end - span.start));
  e.kind = run.kind;
  e.id = entity_id(run.kind, e.label);
  e.mentions.push_back({span, e.label});
  return e;
}

bool has_person_pronoun(std::span<const std::string_view> folded, size_t from, size_t to) {
  static constexpr auto kSingularPersonPronouns =
      make_word_list({"he", "she", "his", "her", "him", "himself", "herself"});
  for (size_t k = from; k < to && k < folded.size(); ++k) {
    if (kSingularPersonPronouns.contains(folded[k])) return true;
  }
  return false;
}

}  // namespace eventgraph
