// actor_aliases.h: one node per person across documents.
//
// Within a document, extract/ already ties "Putin" to "Vladimir Putin". A
// document that names someone by surname only ("talks with President Obama")
// yields a node of its own ("person:obama"); this pass merges such a node into
// the one full name in the graph that ends with it ("person:barack_obama"),
// and leaves it alone when several full names could be meant.
//
//   KnowledgeGraph g = merge_person_aliases(std::move(built));
#pragma once

#include "graph/knowledge_graph.h"

namespace eventgraph {

// Takes the graph by value: moved in, it is not held twice while merging.
KnowledgeGraph merge_person_aliases(KnowledgeGraph g);

}  // namespace eventgraph
