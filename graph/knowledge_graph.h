// knowledge_graph.h: the merged event/actor graph, a Boost adjacency_list with
// bundled node and edge properties.
//
// Nodes are actors, events and documents; edges are participant (event ->
// actor, label = role), located_in (event -> place), relation (actor -> actor,
// label = predicate) and mentioned_in (actor or event -> document). Every node
// and edge keeps provenance: which documents and byte spans it came from.
//
// The mentioned_in edges are derived, not stored: a node's `documents` and
// `provenance` already say which documents it was seen in and where, so a
// Boost edge per (node, document) would hold the same facts a second time, and
// at archive scale they are most of the edges (184,000 of 299,000 on
// Reuters). for_each_edge() and edge_count() include them; the Boost graph
// (boost_graph()) holds the stored kinds only. The document node of
// documents()[d] is the node keyed document_node_key(documents()[d].id).
//
// Nodes are found by a stable key ("country:RUS", "event:attack|2015-11-17|...",
// "doc:h01"); adding the same key twice merges into one node. graph/ never looks
// at document text: it is built from Extractions (graph_builder.h).
//
//   KnowledgeGraph g;
//   NodeId putin = g.upsert_node("person:vladimir_putin", NodeKind::kActor);
//   g.node(putin).label = "Vladimir Putin";
//   g.add_provenance(putin, doc_index, span);  // and so mentioned_in that document
//
// Copyable and movable (a value; copying copies the whole graph, moving is cheap).
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/interned_string.h"
#include "read/document.h"

namespace eventgraph {

enum class NodeKind { kActor, kEvent, kDocument };

// The key of the node of the document with this id: "doc:h01".
inline std::string document_node_key(const std::string& document_id) { return "doc:" + document_id; }
const char* node_kind_name(NodeKind kind);  // "actor", "event", "document"

enum class EdgeKind { kParticipant, kLocatedIn, kRelation, kMentionedIn };
const char* edge_kind_name(EdgeKind kind);  // "participant", "located_in", "relation", "mentioned_in"

// Where a node or edge was seen: a document (index into
// KnowledgeGraph::documents()) and a byte span in its text.
struct Provenance {
  uint32_t doc = 0;
  Span span;
  friend bool operator==(const Provenance&, const Provenance&) = default;
};

struct NodeProps {
  NodeKind kind = NodeKind::kActor;
  std::string key;    // stable identity, unique in the graph
  std::string label;  // display name
  InternedString type;  // actor: person|organization|country|location; event: taxonomy type

  // Actors.
  InternedString title;        // most frequent title ("President")
  InternedString affiliation;  // node key of the country/organization acted for
  InternedString org_type;     // organizations the lexicon knows: "international", "media", ...
  std::vector<std::string> aliases;

  // Events.
  InternedString cameo;
  InternedString date;            // TIMEX3 value
  InternedString date_precision;  // day|week|month|quarter|season|half|year|decade|century
  InternedString date_source;     // timex|sentence|narrative|dct
  InternedString location;        // node key of the place
  InternedString modality;
  int killed = -1;
  int injured = -1;
  // The sentence of the first report, for readers, and the trigger's bytes
  // within it.
  std::string evidence;
  Span evidence_trigger;

  // Documents.
  InternedString dct;
  std::string url;
  InternedString source;

  // All kinds: first and last dates (YYYY-MM-DD) of the documents it was seen
  // in, how many mentions and in how many documents.
  InternedString first_seen;
  InternedString last_seen;
  uint32_t mentions = 0;
  std::vector<uint32_t> documents;  // sorted, unique
  std::vector<Provenance> provenance;
};

struct EdgeProps {
  EdgeKind kind = EdgeKind::kRelation;
  InternedString label;  // role or predicate
  InternedString date;   // TIMEX3 value, for relations
  uint32_t count = 0;
  std::vector<uint32_t> documents;  // sorted, unique
  std::vector<Provenance> provenance;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
using NodeId = BoostGraph::vertex_descriptor;
using EdgeId = BoostGraph::edge_descriptor;

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  // Copying rebuilds the edge index: its edge descriptors point into the
  // graph they were made in.
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  // Boost's adjacency_list has no move (its swap() copies three times), so
  // the graph is held by pointer and a move hands the pointer over; the
  // moved-from graph is empty.
  KnowledgeGraph(KnowledgeGraph&& other);
  KnowledgeGraph& operator=(KnowledgeGraph&& other);

  // Registers a document and returns its index for Provenance::doc. A document
  // id registered before returns the earlier index.
  uint32_t add_document(const DocumentInfo& info);
  const std::vector<DocumentInfo>& documents() const { return documents_; }

  // The node with `key`, created with `kind` if absent.
  NodeId upsert_node(const std::string& key, NodeKind kind);
  std::optional<NodeId> find_node(const std::string& key) const;

  // The edge source -> target of `kind` and `label`, created if absent. Not
  // for kMentionedIn: those follow from add_provenance() (see the top).
  EdgeId upsert_edge(NodeId source, NodeId target, EdgeKind kind, const std::string& label);

  // Records one sighting: provenance, mention count, documents, first/last seen.
  void add_provenance(NodeId n, uint32_t doc, Span span);
  void add_provenance(EdgeId e, uint32_t doc, Span span);

  NodeProps& node(NodeId n) { return (*graph_)[n]; }
  const NodeProps& node(NodeId n) const { return (*graph_)[n]; }
  EdgeProps& edge(EdgeId e) { return (*graph_)[e]; }
  const EdgeProps& edge(EdgeId e) const { return (*graph_)[e]; }

  size_t node_count() const { return boost::num_vertices(*graph_); }
  // Every edge, the derived mentioned_in edges included.
  size_t edge_count() const;
  // The stored edges only, as boost_graph() holds them.
  const BoostGraph& boost_graph() const { return *graph_; }

  // Calls visit(source, target, props) for every edge: the stored ones in
  // Boost's order, then for each node in order the mentioned_in edge to each
  // of its documents whose node is in the graph, in document order. A derived
  // edge's props live only for the call: its count and provenance are the
  // node's sightings in that document that have a span, in text order.
  using EdgeVisitor = std::function<void(NodeId source, NodeId target, const EdgeProps& props)>;
  void for_each_edge(const EdgeVisitor& visit) const;

  // For each document index, its document node, or BoostGraph::null_vertex()
  // when the graph has none (a selection left it out).
  std::vector<NodeId> document_nodes() const;

  // The subgraph of the nodes where keep[node] is true (and the documents they
  // cite), with keys, provenance and document indices preserved. Consumes the
  // graph: its properties move into the result, so a corpus-sized graph is
  // not held twice (call on a copy to keep the original).
  KnowledgeGraph induced(const std::vector<bool>& keep) &&;

  // The graph with node n merged into node target[n] (target[n] == n keeps it):
  // mentions, documents, provenance and aliases are pooled, the longer label
  // wins, and edges between merged nodes are merged likewise. Consumes the
  // graph, as induced() does.
  KnowledgeGraph contracted(const std::vector<NodeId>& target) &&;

 private:
  struct EdgeKey {
    NodeId source;
    NodeId target;
    EdgeKind kind;
    InternedString label;
    friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
  };
  struct EdgeKeyHash {
    size_t operator()(const EdgeKey& k) const;
  };

  // Indexes every stored edge afresh (after a copy or a renumbering: edge
  // descriptors hold vertex numbers and a pointer into their own graph).
  void rebuild_edge_index();

  // Makes this graph's nodes those of `from` with mapped[n] != null_vertex(),
  // node n moved to mapped[n] (the mapped ids are 0..count-1), and indexes
  // them. Nodes not mapped stay in `from`.
  void take_nodes(KnowledgeGraph&& from, const std::vector<NodeId>& mapped);

  std::unique_ptr<BoostGraph> graph_;  // never null
  std::vector<DocumentInfo> documents_;
  std::unordered_map<std::string, uint32_t> document_index_;
  std::unordered_map<std::string, NodeId> node_index_;
  std::unordered_map<EdgeKey, EdgeId, EdgeKeyHash> edge_index_;
};

}  // namespace eventgraph
