#include "graph/graph_queries.h"

#include <algorithm>
#include <deque>

#include "extract/timex_value.h"

namespace eventgraph {
namespace {

bool same_ignoring_case(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Keeps the documents that kept nodes are mentioned in.
void keep_cited_documents(const KnowledgeGraph& g, std::vector<bool>& keep) {
  const std::vector<NodeId> doc_nodes = g.document_nodes();
  std::vector<bool> extra(keep.size(), false);
  for (NodeId n = 0; n < keep.size(); ++n) {
    if (!keep[n] || g.node(n).kind == NodeKind::kDocument) continue;
    for (const uint32_t d : g.node(n).documents) {
      if (doc_nodes[d] != BoostGraph::null_vertex()) extra[doc_nodes[d]] = true;
    }
  }
  for (size_t n = 0; n < keep.size(); ++n) keep[n] = keep[n] || extra[n];
}

}  // namespace

std::vector<NodeId> events_in_date_order(const KnowledgeGraph& g) {
  struct Keyed {
    NodeId node;
    std::optional<TimexInterval> interval;
  };
  std::vector<Keyed> events;
  for (NodeId n = 0; n < g.node_count(); ++n) {
    if (g.node(n).kind == NodeKind::kEvent) events.push_back({n, parse_timex_interval(g.node(n).date)});
  }
  std::stable_sort(events.begin(), events.end(), [&](const Keyed& a, const Keyed& b) {
    if (a.interval.has_value() != b.interval.has_value()) return a.interval.has_value();
    if (a.interval && b.interval) {
      if (a.interval->first != b.interval->first) return a.interval->first < b.interval->first;
      if (a.interval->precision != b.interval->precision) return a.interval->precision < b.interval->precision;
    }
    return g.node(a.node).label < g.node(b.node).label;
  });
  std::vector<NodeId> out;
  out.reserve(events.size());
  for (const Keyed& k : events) out.push_back(k.node);
  return out;
}

std::optional<KnowledgeGraph> filter_date_range(KnowledgeGraph g, const std::string& from, const std::string& to) {
  std::optional<TimexInterval> lo, hi;
  if (!from.empty() && !(lo = parse_timex_interval(from))) return std::nullopt;
  if (!to.empty() && !(hi = parse_timex_interval(to))) return std::nullopt;
  const BoostGraph& bg = g.boost_graph();
  std::vector<bool> keep(g.node_count(), false);
  for (NodeId n = 0; n < g.node_count(); ++n) {
    if (g.node(n).kind != NodeKind::kEvent) continue;
    const auto when = parse_timex_interval(g.node(n).date);
    if (!when) continue;
    if (lo && when->last < lo->first) continue;
    if (hi && when->first > hi->last) continue;
    keep[n] = true;
    for (auto [it, end] = boost::out_edges(n, bg); it != end; ++it) keep[boost::target(*it, bg)] = true;
  }
  keep_cited_documents(g, keep);
  return std::move(g).induced(keep);
}

KnowledgeGraph without_documents(KnowledgeGraph g) {
  std::vector<bool> keep(g.node_count(), false);
  for (NodeId n = 0; n < g.node_count(); ++n) keep[n] = g.node(n).kind != NodeKind::kDocument;
  return std::move(g).induced(keep);
}

std::optional<NodeId> find_actor(const KnowledgeGraph& g, const std::string& name) {
  for (NodeId n = 0; n < g.node_count(); ++n) {
    const NodeProps& p = g.node(n);
    if (p.kind != NodeKind::kActor) continue;
    if (same_ignoring_case(p.key, name) || same_ignoring_case(p.label, name)) return n;
  }
  for (NodeId n = 0; n < g.node_count(); ++n) {
    const NodeProps& p = g.node(n);
    if (p.kind != NodeKind::kActor) continue;
    for (const std::string& a : p.aliases) {
      if (same_ignoring_case(a, name)) return n;
    }
  }
  return std::nullopt;
}

std::optional<KnowledgeGraph> ego_network(KnowledgeGraph g, const std::string& name, int depth) {
  const auto center = find_actor(g, name);
  if (!center) return std::nullopt;
  const BoostGraph& bg = g.boost_graph();
  std::vector<int> distance(g.node_count(), -1);
  std::deque<NodeId> queue{*center};
  distance[*center] = 0;
  while (!queue.empty()) {
    const NodeId n = queue.front();
    queue.pop_front();
    if (distance[n] >= depth) continue;
    const auto visit = [&](NodeId m) {
      if (distance[m] >= 0 || g.node(m).kind == NodeKind::kDocument) return;
      distance[m] = distance[n] + 1;
      queue.push_back(m);
    };
    for (auto [it, end] = boost::out_edges(n, bg); it != end; ++it) visit(boost::target(*it, bg));
    for (auto [it, end] = boost::in_edges(n, bg); it != end; ++it) visit(boost::source(*it, bg));
  }
  std::vector<bool> keep(g.node_count(), false);
  for (size_t n = 0; n < keep.size(); ++n) keep[n] = distance[n] >= 0;
  keep_cited_documents(g, keep);
  return std::move(g).induced(keep);
}

}  // namespace eventgraph
