#include "graph/knowledge_graph.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <tuple>
#include <utility>

namespace eventgraph {
namespace {

void insert_sorted_unique(std::vector<uint32_t>& v, uint32_t x) {
  // Documents arrive in order, so the common case is an append.
  if (v.empty() || v.back() < x) {
    v.push_back(x);
    return;
  }
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}

}  // namespace

const char* node_kind_name(NodeKind kind) {
  switch (kind) {
    case NodeKind::kActor: return "actor";
    case NodeKind::kEvent: return "event";
    case NodeKind::kDocument: return "document";
  }
  return "actor";
}

const char* edge_kind_name(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kParticipant: return "participant";
    case EdgeKind::kLocatedIn: return "located_in";
    case EdgeKind::kRelation: return "relation";
    case EdgeKind::kMentionedIn: return "mentioned_in";
  }
  return "relation";
}

size_t KnowledgeGraph::EdgeKeyHash::operator()(const EdgeKey& k) const {
  // One pooled buffer per text: its address identifies the label.
  size_t h = std::hash<const void*>()(k.label.data());
  h ^= std::hash<size_t>()(k.source) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h ^= std::hash<size_t>()(k.target) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h ^= static_cast<size_t>(k.kind) * 0x100000001b3ULL;
  return h;
}

KnowledgeGraph::KnowledgeGraph() : graph_(std::make_unique<BoostGraph>()) {}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : graph_(std::make_unique<BoostGraph>(*other.graph_)),
      documents_(other.documents_),
      document_index_(other.document_index_),
      node_index_(other.node_index_) {
  rebuild_edge_index();
}

void KnowledgeGraph::rebuild_edge_index() {
  const BoostGraph& g = *graph_;
  edge_index_.clear();
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    edge_index_.emplace(EdgeKey{boost::source(*it, g), boost::target(*it, g), g[*it].kind, g[*it].label}, *it);
  }
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other)
    : graph_(std::exchange(other.graph_, std::make_unique<BoostGraph>())),
      documents_(std::move(other.documents_)),
      document_index_(std::move(other.document_index_)),
      node_index_(std::move(other.node_index_)),
      edge_index_(std::move(other.edge_index_)) {}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) {
  if (this == &other) return *this;
  graph_ = std::exchange(other.graph_, std::make_unique<BoostGraph>());
  documents_ = std::move(other.documents_);
  document_index_ = std::move(other.document_index_);
  node_index_ = std::move(other.node_index_);
  edge_index_ = std::move(other.edge_index_);
  return *this;
}

uint32_t KnowledgeGraph::add_document(const DocumentInfo& info) {
  const auto [it, inserted] = document_index_.try_emplace(info.id, static_cast<uint32_t>(documents_.size()));
  if (inserted) documents_.push_back(info);
  return it->second;
}

NodeId KnowledgeGraph::upsert_node(const std::string& key, NodeKind kind) {
  const auto it = node_index_.find(key);
  if (it != node_index_.end()) return it->second;
  NodeProps props;
  props.kind = kind;
  props.key = key;
  const NodeId n = boost::add_vertex(std::move(props), *graph_);
  node_index_.emplace(key, n);
  return n;
}

std::optional<NodeId> KnowledgeGraph::find_node(const std::string& key) const {
  const auto it = node_index_.find(key);
  if (it == node_index_.end()) return std::nullopt;
  return it->second;
}

EdgeId KnowledgeGraph::upsert_edge(NodeId source, NodeId target, EdgeKind kind, const std::string& label) {
  EdgeKey key{source, target, kind, label};
  const auto it = edge_index_.find(key);
  if (it != edge_index_.end()) return it->second;
  EdgeProps props;
  props.kind = kind;
  props.label = label;
  const EdgeId e = boost::add_edge(source, target, std::move(props), *graph_).first;
  edge_index_.emplace(std::move(key), e);
  return e;
}

void KnowledgeGraph::add_provenance(NodeId n, uint32_t doc, Span span) {
  NodeProps& p = (*graph_)[n];
  ++p.mentions;
  insert_sorted_unique(p.documents, doc);
  p.provenance.push_back({doc, span});
  const std::string& dct = documents_.at(doc).dct;
  if (!dct.empty()) {
    if (p.first_seen.empty() || dct < p.first_seen) p.first_seen = dct;
    if (p.last_seen.empty() || dct > p.last_seen) p.last_seen = dct;
  }
}

void KnowledgeGraph::add_provenance(EdgeId e, uint32_t doc, Span span) {
  EdgeProps& p = (*graph_)[e];
  ++p.count;
  insert_sorted_unique(p.documents, doc);
  p.provenance.push_back({doc, span});
}

std::vector<NodeId> KnowledgeGraph::document_nodes() const {
  std::vector<NodeId> nodes(documents_.size(), BoostGraph::null_vertex());
  for (size_t d = 0; d < documents_.size(); ++d) {
    if (const auto n = find_node(document_node_key(documents_[d].id))) nodes[d] = *n;
  }
  return nodes;
}

size_t KnowledgeGraph::edge_count() const {
  const std::vector<NodeId> doc_nodes = document_nodes();
  size_t count = boost::num_edges(*graph_);
  for (NodeId n = 0; n < node_count(); ++n) {
    if ((*graph_)[n].kind == NodeKind::kDocument) continue;
    for (const uint32_t d : (*graph_)[n].documents) count += doc_nodes[d] != BoostGraph::null_vertex() ? 1 : 0;
  }
  return count;
}

void KnowledgeGraph::for_each_edge(const EdgeVisitor& visit) const {
  for (auto [it, end] = boost::edges(*graph_); it != end; ++it) {
    visit(boost::source(*it, *graph_), boost::target(*it, *graph_), (*graph_)[*it]);
  }
  const std::vector<NodeId> doc_nodes = document_nodes();
  EdgeProps mention;
  mention.kind = EdgeKind::kMentionedIn;
  mention.label = "mentioned_in";
  std::vector<uint32_t> by_document;  // provenance positions, by document, then in text order
  for (NodeId n = 0; n < node_count(); ++n) {
    const NodeProps& p = (*graph_)[n];
    if (p.kind == NodeKind::kDocument || p.documents.empty()) continue;
    by_document.resize(p.provenance.size());
    std::iota(by_document.begin(), by_document.end(), 0u);
    std::stable_sort(by_document.begin(), by_document.end(), [&](uint32_t a, uint32_t b) {
      const Provenance& x = p.provenance[a];
      const Provenance& y = p.provenance[b];
      return std::tie(x.doc, x.span.start, x.span.end) < std::tie(y.doc, y.span.start, y.span.end);
    });
    size_t next = 0;
    for (const uint32_t d : p.documents) {
      mention.documents.assign(1, d);
      mention.provenance.clear();
      while (next < by_document.size() && p.provenance[by_document[next]].doc < d) ++next;
      for (; next < by_document.size() && p.provenance[by_document[next]].doc == d; ++next) {
        // A sighting without a span (an actor a record names without
        // mentions) makes the node cited there, with no span to show.
        if (!p.provenance[by_document[next]].span.empty()) mention.provenance.push_back(p.provenance[by_document[next]]);
      }
      mention.count = static_cast<uint32_t>(mention.provenance.size());
      if (doc_nodes[d] != BoostGraph::null_vertex()) visit(n, doc_nodes[d], mention);
    }
  }
}

namespace {

template <typename T>
void append_all(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

void merge_node_props(NodeProps& into, const NodeProps& from) {
  if (from.label.size() > into.label.size()) {
    if (!into.label.empty()) into.aliases.push_back(into.label);
    into.label = from.label;
  }
  for (const std::string& a : from.aliases) {
    if (std::find(into.aliases.begin(), into.aliases.end(), a) == into.aliases.end()) into.aliases.push_back(a);
  }
  if (into.title.empty()) into.title = from.title;
  if (into.affiliation.empty()) into.affiliation = from.affiliation;
  if (into.org_type.empty()) into.org_type = from.org_type;
  into.mentions += from.mentions;
  for (const uint32_t d : from.documents) insert_sorted_unique(into.documents, d);
  append_all(into.provenance, from.provenance);
  if (!from.first_seen.empty() && (into.first_seen.empty() || from.first_seen < into.first_seen)) into.first_seen = from.first_seen;
  if (from.last_seen > into.last_seen) into.last_seen = from.last_seen;
}

}  // namespace

void KnowledgeGraph::take_nodes(KnowledgeGraph&& from, const std::vector<NodeId>& mapped) {
  size_t count = 0;
  for (const NodeId m : mapped) count += m != BoostGraph::null_vertex() ? 1 : 0;
  // Sized once: growing a vector of vertices one by one holds it three times
  // over at each reallocation.
  graph_ = std::make_unique<BoostGraph>(count);
  node_index_.reserve(count);
  for (NodeId n = 0; n < mapped.size(); ++n) {
    if (mapped[n] == BoostGraph::null_vertex()) continue;
    (*graph_)[mapped[n]] = std::move((*from.graph_)[n]);
    node_index_.emplace((*graph_)[mapped[n]].key, mapped[n]);
  }
}

KnowledgeGraph KnowledgeGraph::contracted(const std::vector<NodeId>& target) && {
  // In place: a merge touches a few nodes (people named by surname), and a
  // second graph would hold every node twice while it is built.
  BoostGraph& g = *graph_;
  std::vector<NodeId> merged;
  for (NodeId n = 0; n < node_count(); ++n) {
    if (target[n] != n) merged.push_back(n);
  }
  if (merged.empty()) return std::move(*this);
  for (const NodeId n : merged) {
    merge_node_props(g[target[n]], g[n]);
    g[n] = NodeProps{};
  }
  // Each merged node's edges, taken off it and put on its target (and on
  // the target of its other end), merging with an edge already there.
  struct Moved {
    NodeId source;
    NodeId target;
    EdgeProps props;
  };
  std::vector<Moved> moved;
  for (const NodeId n : merged) {
    moved.clear();
    for (auto [it, end] = boost::out_edges(n, g); it != end; ++it) {
      moved.push_back({n, boost::target(*it, g), std::move(g[*it])});
    }
    for (auto [it, end] = boost::in_edges(n, g); it != end; ++it) {
      if (boost::source(*it, g) == n) continue;  // a loop, taken above
      moved.push_back({boost::source(*it, g), n, std::move(g[*it])});
    }
    for (const Moved& m : moved) edge_index_.erase(EdgeKey{m.source, m.target, m.props.kind, m.props.label});
    boost::clear_vertex(n, g);
    for (Moved& m : moved) {
      const size_t edges_before = boost::num_edges(g);
      const EdgeId e = upsert_edge(target[m.source], target[m.target], m.props.kind, m.props.label);
      EdgeProps& into = g[e];
      if (boost::num_edges(g) > edges_before) {  // new: same kind and label, take the rest
        into = std::move(m.props);
        continue;
      }
      if (into.date.empty()) into.date = m.props.date;
      into.count += m.props.count;
      for (const uint32_t d : m.props.documents) insert_sorted_unique(into.documents, d);
      append_all(into.provenance, m.props.provenance);
    }
  }
  // Then the merged nodes go, last first; the vertices after each are
  // renumbered, so the indexes are made again.
  for (auto n = merged.rbegin(); n != merged.rend(); ++n) boost::remove_vertex(*n, g);
  node_index_.clear();
  for (NodeId n = 0; n < node_count(); ++n) node_index_.emplace(g[n].key, n);
  rebuild_edge_index();
  return std::move(*this);
}

KnowledgeGraph KnowledgeGraph::induced(const std::vector<bool>& keep) && {
  KnowledgeGraph out;
  out.documents_ = std::move(documents_);
  out.document_index_ = std::move(document_index_);
  node_index_ = {};
  edge_index_ = {};
  std::vector<NodeId> mapped(node_count(), BoostGraph::null_vertex());
  NodeId kept = 0;
  for (NodeId n = 0; n < node_count(); ++n) {
    if (n < keep.size() && keep[n]) mapped[n] = kept++;
  }
  out.take_nodes(std::move(*this), mapped);
  for (auto [it, end] = boost::edges(*graph_); it != end; ++it) {
    const NodeId s = mapped[boost::source(*it, *graph_)];
    const NodeId t = mapped[boost::target(*it, *graph_)];
    EdgeProps& props = (*graph_)[*it];
    if (s == BoostGraph::null_vertex() || t == BoostGraph::null_vertex()) {
      props = EdgeProps{};
      continue;
    }
    const EdgeId e = boost::add_edge(s, t, std::move(props), *out.graph_).first;
    out.edge_index_.emplace(EdgeKey{s, t, (*out.graph_)[e].kind, (*out.graph_)[e].label}, e);
  }
  graph_->clear();
  return out;
}

}  // namespace eventgraph
