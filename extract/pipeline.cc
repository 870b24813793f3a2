#include "extract/pipeline.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_set>

#include "extract/actors/actors.h"
#include "extract/events/events.h"
#include "extract/relations/relations.h"
#include "extract/syntax/syntax_model.h"
#include "extract/temporal/temporal.h"
#include "extract/text/text.h"

namespace eventgraph {

namespace {

// Each relation once, between actors of this document. A role the title
// before a name and an apposition both give ("Venezuelan Energy Minister X"
// read by the actor and the event stage) is one relation: the first found,
// with its evidence, stays. A relation to an actor the text never names (a
// lexicon person's country, an organization resolved under another name)
// would make a node of no label and no document in the graph: dropped.
void keep_relations_once(Extraction& x) {
  std::unordered_set<std::string_view> ids;
  for (const Entity& e : x.entities) ids.insert(e.id);
  std::unordered_set<std::string> seen;
  size_t kept = 0;
  for (size_t k = 0; k < x.relations.size(); ++k) {
    const Relation& r = x.relations[k];
    if (!ids.contains(r.source) || !ids.contains(r.target)) continue;
    if (r.event.empty() && !seen.insert(r.source + '\x1f' + r.target + '\x1f' + r.predicate).second) continue;
    if (kept != k) x.relations[kept] = std::move(x.relations[k]);
    ++kept;
  }
  x.relations.resize(kept);
}

}  // namespace

Extraction extract(const Document& doc, const ExtractOptions& options) {
  Extraction x;
  x.doc = doc.info;
  x.text_bytes = static_cast<uint32_t>(doc.text.size());
  x.text_hash = text_hash_of(doc.text);
  if (!options.timexes && !options.actors && !options.events) return x;
  const TokenizedText text = tokenize(doc.text);
  // Folding, URL and dateline masks serve actors and events; time expressions
  // need only the URL mask, which they make themselves when running alone.
  std::optional<TokenFeatures> features;
  if (options.actors || options.events) features.emplace(text);
  const TokenFeatures* shared = features ? &*features : nullptr;
  if (options.timexes || options.events) {
    TemporalOptions temporal;
    temporal.dct = parse_iso_date(doc.info.dct);
    temporal.prefer = options.prefer == DatePreference::kFuture    ? Direction::kFuture
                      : options.prefer == DatePreference::kNearest ? Direction::kNearest
                                                                   : Direction::kPast;
    temporal.day_first = options.day_first;
    x.timexes = find_timexes(text, temporal, shared);
  }
  if (options.actors) x.entities = find_actors(doc, text, &x.relations, shared);
  if (options.events) {
    // The shared model, loaded on first use; without it (missing or corrupt
    // file, told by the caller) events are read without the parse.
    const syntax::SyntaxModel* model = options.syntax ? syntax::shared_syntax_model().model.get() : nullptr;
    x.events = find_events(text, x.timexes, x.entities, parse_iso_date(doc.info.dct), shared, model, &x.relations);
    std::vector<Relation> more = find_relations(text, x.entities, x.events, shared);
    x.relations.insert(x.relations.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    for (Event& e : x.events) {
      e.evidence_span = evidence_window(doc.text, e.sentence, e.trigger.span);
      e.evidence = one_line(doc.text, e.evidence_span);
    }
  }
  keep_relations_once(x);
  return x;
}

}  // namespace eventgraph
