#include "extract/syntax/dependency_parser.h"

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <numeric>
#include <ostream>

#include "extract/syntax/feature_hash.h"

namespace eventgraph::syntax {
namespace {

enum Move : int { kShift = 0, kLeft = 1, kRight = 2 };
constexpr int kMoves = 3;

// Values of positions that hold no word, and of the root.
constexpr uint64_t kNoWord = 0x6e6f6e65ULL;
constexpr uint64_t kRootWord = 0x726f6f74ULL;
constexpr uint64_t kNoTag = 0xf001, kRootTag = 0xf002, kNoLabel = 0xf003;

// The configuration: a stack, the buffer (words b..n-1, then the root n),
// and the arcs so far with each word's two outermost children on each side.
struct ParseState {
  int n = 0;
  int b = 0;
  std::vector<int> stack;
  std::vector<int> head, lc1, lc2, rc1, rc2;
  std::vector<uint16_t> label;
  std::vector<uint8_t> left_count, right_count;
  std::vector<uint64_t> left_labels, right_labels;  // label sets, one bit per label (mod 64)

  void reset(int words) {
    n = words;
    b = 0;
    stack.clear();
    const size_t size = static_cast<size_t>(words) + 1;
    head.assign(size, -1);
    lc1.assign(size, -1);
    lc2.assign(size, -1);
    rc1.assign(size, -1);
    rc2.assign(size, -1);
    label.assign(size, 0);
    left_count.assign(size, 0);
    right_count.assign(size, 0);
    left_labels.assign(size, 0);
    right_labels.assign(size, 0);
  }
  bool terminal() const { return b == n && stack.empty(); }
  int s(size_t k) const { return stack.size() > k ? stack[stack.size() - 1 - k] : -1; }
  bool valid(int move) const {
    switch (move) {
      case kShift: return b < n;
      case kLeft: return !stack.empty() && (b < n || stack.size() == 1);  // the root takes one child
      default: return stack.size() >= 2;
    }
  }
  // The arc a move makes: {head, dependent}.
  std::pair<int, int> arc(int move) const { return move == kLeft ? std::pair{b, s(0)} : std::pair{s(1), s(0)}; }
  void apply(int move, uint16_t arc_label) {
    if (move == kShift) {
      stack.push_back(b++);
      return;
    }
    const auto [h, d] = arc(move);
    stack.pop_back();
    head[d] = h;
    label[d] = arc_label;
    const uint64_t bit = uint64_t{1} << (arc_label & 63);
    if (d < h) {  // left children come nearest first, so the new one is the leftmost
      lc2[h] = lc1[h];
      lc1[h] = d;
      left_count[h] = static_cast<uint8_t>(std::min(left_count[h] + 1, 255));
      left_labels[h] |= bit;
    } else {  // right children come nearest first too, so the new one is the rightmost
      rc2[h] = rc1[h];
      rc1[h] = d;
      right_count[h] = static_cast<uint8_t>(std::min(right_count[h] + 1, 255));
      right_labels[h] |= bit;
    }
  }
};

uint64_t distance_bucket(int a, int b) {
  if (a < 0 || b < 0) return 0;
  const int d = a > b ? a - b : b - a;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

// Per position, how many verbs, punctuation marks and conjunctions come
// before it: what lies between two words is then a subtraction.
struct GroupCounts {
  std::vector<std::array<uint16_t, 3>> before;
  void build(std::span<const uint16_t> tags, const std::vector<uint8_t>& group) {
    before.assign(tags.size() + 2, {0, 0, 0});
    for (size_t i = 0; i < tags.size(); ++i) {
      before[i + 1] = before[i];
      const uint8_t g = tags[i] < group.size() ? group[tags[i]] : 0;
      for (int k = 0; k < 3; ++k) before[i + 1][k] += (g >> k) & 1;
    }
    before[tags.size() + 1] = before[tags.size()];
  }
  // Bits of the groups present strictly between words a < b (0 if either is missing).
  uint64_t between(int a, int b) const {
    if (a < 0 || b < 0) return 8;
    if (a > b) std::swap(a, b);
    uint64_t bits = 0;
    for (int k = 0; k < 3; ++k) bits |= static_cast<uint64_t>(before[b][k] - before[a + 1][k] > 0) << k;
    return bits;
  }
};

struct Context {
  std::span<const WordFeatures> words;
  std::span<const uint16_t> tags;
  const ParseState& st;
  const GroupCounts& groups;
  uint64_t w(int x) const { return x < 0 ? kNoWord : x == st.n ? kRootWord : words[x].lower; }
  uint64_t t(int x) const { return x < 0 ? kNoTag : x == st.n ? kRootTag : tags[x]; }
  uint64_t l(int x) const { return x < 0 ? kNoLabel : st.label[x]; }
  uint64_t suffix(int x) const { return x < 0 || x == st.n ? kNoWord : words[x].suffix[2]; }
  int child(const std::vector<int>& of, int x) const { return x < 0 ? -1 : of[x]; }
};

// A move's feature key is made from "atoms": each value a template reads
// (a word, a tag, a relation, a distance, a count) as a random-looking
// 64-bit word: a word's hash as it is, anything else mixed once per
// configuration. A key is then its template's salt and its atoms, each
// rotated by its place, joined by exclusive-or: a few instructions a key,
// where mixing every value of every key (four multiplications a value) took
// a third of the moves' time. Atoms of random words make keys that are
// random words too, so the table's slots and fingerprints stay spread.
constexpr uint64_t atom(uint64_t value, uint64_t kind) { return mix64(value * 0x9e3779b97f4a7c15ULL + kind); }
enum AtomKind : uint64_t { kTagAtom = 1, kLabelAtom, kDistanceAtom, kCountAtom, kSetAtom, kBetweenAtom, kWordAtom };

constexpr int kMaxTransitionFeatures = 128;
constexpr std::array<uint64_t, kMaxTransitionFeatures> kTemplateSalts = [] {
  std::array<uint64_t, kMaxTransitionFeatures> salts{};
  for (int k = 0; k < kMaxTransitionFeatures; ++k) salts[k] = mix64(0x7472616e73ULL + static_cast<uint64_t>(k));
  return salts;
}();

struct KeyWriter {
  uint64_t* out;
  int count = 0;
  template <typename... Atoms>
  void add(Atoms... atoms) {
    uint64_t key = kTemplateSalts[count];
    int rotation = 0;
    ((key ^= std::rotl(static_cast<uint64_t>(atoms), rotation), rotation += 17), ...);
    out[count++] = key == 0 ? 1 : key;
  }
};

// Transition features. The template order and the atoms are part of the
// model format: change them and the model must be trained again.
void transition_features(const Context& c, std::vector<uint64_t>& keys) {
  const ParseState& st = c.st;
  const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const int b0 = st.b, b1 = st.b + 1 <= st.n ? st.b + 1 : -1, b2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  const int b3 = st.b + 3 <= st.n ? st.b + 3 : -1;
  auto word = [&](int x) { return x < 0 || x == st.n ? atom(c.w(x), kWordAtom) : c.w(x); };
  auto tag = [&](int x) { return atom(c.t(x), kTagAtom); };
  auto label = [&](int x) { return atom(c.l(x), kLabelAtom); };
  auto count = [](uint64_t v) { return atom(v, kCountAtom); };
  auto set = [](uint64_t v) { return atom(v, kSetAtom); };
  const uint64_t s0w = word(s0), s0t = tag(s0), s1w = word(s1), s1t = tag(s1), b0w = word(b0), b0t = tag(b0);
  const uint64_t b1w = word(b1), b1t = tag(b1), b2t = tag(b2), s2t = tag(s2);
  const int s0l1 = c.child(st.lc1, s0), s0l2 = c.child(st.lc2, s0), s0r1 = c.child(st.rc1, s0),
            s0r2 = c.child(st.rc2, s0);
  const int s1l1 = c.child(st.lc1, s1), s1r1 = c.child(st.rc1, s1), b0l1 = c.child(st.lc1, b0),
            b0l2 = c.child(st.lc2, b0);
  const uint64_t s0l1t = tag(s0l1), s0r1t = tag(s0r1), b0l1t = tag(b0l1), s1l1t = tag(s1l1), s1r1t = tag(s1r1);
  const uint64_t d_s0b0 = atom(distance_bucket(s0, b0 == st.n ? -1 : b0), kDistanceAtom),
                 d_s1s0 = atom(distance_bucket(s1, s0), kDistanceAtom);
  keys.resize(kMaxTransitionFeatures);
  KeyWriter k{keys.data()};
  k.add(uint64_t{0});
  // single positions
  k.add(s0w); k.add(s0t); k.add(s0w, s0t);
  k.add(s1w); k.add(s1t); k.add(s1w, s1t);
  k.add(b0w); k.add(b0t); k.add(b0w, b0t);
  k.add(b1w); k.add(b1t); k.add(b1w, b1t);
  k.add(word(b2)); k.add(b2t); k.add(word(s2)); k.add(s2t);
  // pairs: the stack's top against the buffer's front (LEFT) and the stack's second (RIGHT)
  k.add(s0w, s0t, b0w, b0t); k.add(s0w, s0t, b0w); k.add(s0w, b0w, b0t); k.add(s0w, s0t, b0t);
  k.add(s0t, b0w, b0t); k.add(s0w, b0w); k.add(s0t, b0t);
  k.add(s1w, s1t, s0w, s0t); k.add(s1w, s1t, s0w); k.add(s1w, s0w, s0t); k.add(s1w, s1t, s0t);
  k.add(s1t, s0w, s0t); k.add(s1w, s0w); k.add(s1t, s0t);
  k.add(b0t, b1t); k.add(b0w, b1w);
  // three tags
  k.add(b0t, b1t, b2t); k.add(s0t, b0t, b1t); k.add(s1t, s0t, b0t); k.add(s2t, s1t, s0t); k.add(s1t, s0t, b1t);
  k.add(s0t, s0l1t, b0t); k.add(s0t, s0r1t, b0t); k.add(s0t, b0t, b0l1t);
  k.add(s1t, s0t, s0l1t); k.add(s1t, s0t, s0r1t); k.add(s1t, s1r1t, s0t); k.add(s1t, s1l1t, s0t);
  // distances
  k.add(s0w, d_s0b0); k.add(s0t, d_s0b0); k.add(b0w, d_s0b0); k.add(b0t, d_s0b0); k.add(s0t, b0t, d_s0b0);
  k.add(s1w, d_s1s0); k.add(s1t, d_s1s0); k.add(s0w, d_s1s0); k.add(s0t, d_s1s0); k.add(s1t, s0t, d_s1s0);
  // how many children so far
  const uint64_t s0vl = count(s0 < 0 ? 0 : st.left_count[s0]), s0vr = count(s0 < 0 ? 0 : st.right_count[s0]);
  const uint64_t s1vl = count(s1 < 0 ? 0 : st.left_count[s1]), s1vr = count(s1 < 0 ? 0 : st.right_count[s1]);
  const uint64_t b0vl = count(st.left_count[b0]);
  k.add(s0w, s0vl); k.add(s0t, s0vl); k.add(s0w, s0vr); k.add(s0t, s0vr); k.add(b0w, b0vl); k.add(b0t, b0vl);
  k.add(s1w, s1vr); k.add(s1t, s1vr); k.add(s1w, s1vl); k.add(s1t, s1vl);
  // the children themselves
  const uint64_t s1r1l = label(s1r1);
  k.add(word(s0l1)); k.add(s0l1t); k.add(label(s0l1));
  k.add(word(s0r1)); k.add(s0r1t); k.add(label(s0r1));
  k.add(word(b0l1)); k.add(b0l1t); k.add(label(b0l1));
  k.add(s1r1t); k.add(s1r1l); k.add(s1l1t); k.add(label(s1l1));
  k.add(tag(s0l2)); k.add(label(s0l2)); k.add(tag(s0r2)); k.add(label(s0r2)); k.add(tag(b0l2)); k.add(label(b0l2));
  k.add(s0t, s0l1t, tag(s0l2)); k.add(s0t, s0r1t, tag(s0r2)); k.add(b0t, b0l1t, tag(b0l2));
  k.add(s1t, s1r1t, s1r1l);
  // the relations found so far, as sets
  const uint64_t s0ls = set(s0 < 0 ? 0 : st.left_labels[s0]), s0rs = set(s0 < 0 ? 0 : st.right_labels[s0]);
  const uint64_t s1rs = set(s1 < 0 ? 0 : st.right_labels[s1]), b0ls = set(st.left_labels[b0]);
  k.add(s0w, s0ls); k.add(s0t, s0ls); k.add(s0w, s0rs); k.add(s0t, s0rs);
  k.add(b0w, b0ls); k.add(b0t, b0ls); k.add(s1t, s1rs);
  k.add(s0t, b0t, atom(c.suffix(b0), kWordAtom)); k.add(s1t, s0t, atom(c.suffix(s0), kWordAtom));
  // what lies between the words a move would join
  const uint64_t between_s0b0 = atom(c.groups.between(s0, b0), kBetweenAtom),
                 between_s1s0 = atom(c.groups.between(s1, s0), kBetweenAtom);
  k.add(s0t, b0t, between_s0b0); k.add(s1t, s0t, between_s1s0); k.add(s0w, b0t, between_s0b0); k.add(s1t, s0w, between_s1s0);
  k.add(s0t, b0t, between_s0b0, d_s0b0); k.add(s1t, s0t, between_s1s0, d_s1s0);
  k.add(b0t, b1t, b2t, tag(b3));
  keys.resize(static_cast<size_t>(k.count));
}

// Relation features for the arc head -> dep, chosen when `dep` is popped.
void label_features(const Context& c, int head, int dep, std::vector<uint64_t>& keys) {
  const ParseState& st = c.st;
  const uint64_t dw = c.w(dep), dt = c.t(dep), hw = c.w(head), ht = c.t(head);
  const uint64_t dir = dep < head ? 1 : 2;
  const uint64_t dist = distance_bucket(dep, head == st.n ? -1 : head);
  const int l1 = st.lc1[dep], l2 = st.lc2[dep], r1 = st.rc1[dep], r2 = st.rc2[dep];
  const int sibling = dep < head ? st.lc1[head] : st.rc1[head];  // the head's nearest child on this side so far
  uint64_t k = 1000;
  auto add = [&](auto... values) { keys.push_back(feature_key(++k, values...)); };
  keys.clear();
  add(uint64_t{0});
  add(dw); add(dt); add(dw, dt); add(hw); add(ht); add(hw, ht);
  add(dt, ht); add(dw, ht); add(dt, hw); add(dw, hw); add(dt, ht, dir);
  add(dir, dist); add(dt, ht, dir, dist); add(dt, dir, dist);
  add(c.w(l1), dt); add(c.w(l1), dt, ht); add(c.t(l1), dt); add(c.l(l1), dt); add(c.w(l2), dt);
  add(c.t(l2), c.l(l2), dt); add(c.w(r1), dt); add(c.t(r1), c.l(r1), dt); add(c.t(r2), dt);
  add(st.left_labels[dep], dt); add(st.right_labels[dep], dt); add(st.left_labels[dep], dt, ht);
  add(st.left_labels[head], dt, dir); add(st.right_labels[head], dt, dir); add(st.left_labels[head], hw, dir);
  add(c.l(sibling), dt, ht, dir);
  add(c.suffix(dep), ht); add(c.suffix(dep), dt, dir);
  add(dep == 0 ? 1 : 0, dt, dir);
  add(std::min<uint64_t>(st.left_count[dep], 3), std::min<uint64_t>(st.right_count[dep], 3), dt);
  add(c.groups.between(dep, head == st.n ? -1 : head), dt, ht, dir);
}

int best_of(const float* scores, int n, auto allowed) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  for (int k = 0; k < n; ++k)
    if (allowed(k) && (best < 0 || scores[k] > best_score)) best = k, best_score = scores[k];
  return best;
}

}  // namespace

// Training lives in a class of its own so that it can reach the models.
class ParserTraining {
 public:
  ParserTraining(DependencyParser& parser, int label_count)
      : parser_(parser), moves_(kMoves), labels_(label_count) {}

  // One pass over `example`, updating the weights after every wrong move.
  // Returns the number of heads it got right.
  int learn(const DependencyParser::Example& e, bool explore, SplitMix64& random, double explore_rate) {
    const int n = static_cast<int>(e.words.size());
    gold_.assign(static_cast<size_t>(n) + 1, n);
    for (int i = 0; i < n; ++i) gold_[i] = e.heads[i] < 0 ? n : e.heads[i];
    in_stack_.assign(static_cast<size_t>(n) + 1, 0);
    st_.reset(n);
    groups_.build(e.tags, parser_.tag_group_);
    const Context c{e.words, e.tags, st_, groups_};
    float scores[kMoves];
    std::vector<float> label_scores(labels_.num_classes());
    while (!st_.terminal()) {
      transition_features(c, keys_);
      moves_.score(keys_, scores);
      int cost[kMoves];
      int least = std::numeric_limits<int>::max();
      for (int m = 0; m < kMoves; ++m) {
        cost[m] = st_.valid(m) ? move_cost(m) : std::numeric_limits<int>::max();
        least = std::min(least, cost[m]);
      }
      const int guess = best_of(scores, kMoves, [&](int m) { return st_.valid(m); });
      const int best_right = best_of(scores, kMoves, [&](int m) { return cost[m] == least; });
      if (cost[guess] != least) moves_.update(keys_, best_right, guess);
      moves_.next_instance();
      const int move = cost[guess] == least || (explore && random.chance(explore_rate)) ? guess : best_right;
      uint16_t arc_label = 0;
      if (move != kShift) {
        const auto arc = st_.arc(move);  // not a structured binding: lambdas below capture h (clang 14)
        const int h = arc.first, d = arc.second;
        label_features(c, h, d, keys_);
        labels_.score(keys_, label_scores.data());
        const int root_label = parser_.root_label_;
        const int guessed = best_of(label_scores.data(), labels_.num_classes(),
                                    [&](int l) { return (l == root_label) == (h == n); });
        if (gold_[d] == h) {
          labels_.update(keys_, e.labels[d], guessed);
          labels_.next_instance();
        }
        arc_label = static_cast<uint16_t>(guessed);
      } else {
        in_stack_[st_.b] = 1;
      }
      if (move != kShift) in_stack_[st_.s(0)] = 0;
      st_.apply(move, arc_label);
    }
    int right = 0;
    for (int i = 0; i < n; ++i) right += st_.head[i] == gold_[i];
    return right;
  }

  PerceptronTrainer& moves() { return moves_; }
  PerceptronTrainer& labels() { return labels_; }

 private:
  // How many gold arcs a move makes unreachable (Goldberg and Nivre's
  // dynamic oracle for arc-hybrid). The gold heads use n for the root.
  int move_cost(int move) const {
    const int n = st_.n, b = st_.b, s0 = st_.s(0), s1 = st_.s(1);
    int cost = 0;
    if (move == kShift) {
      for (int d : st_.stack) cost += gold_[d] == b;
      const int h = gold_[b];
      if (h != s0 && h < n && in_stack_[h]) ++cost;
      return cost;
    }
    for (int d = b; d < n; ++d) cost += gold_[d] == s0;  // its children still in the buffer
    const int h = gold_[s0];
    if (move == kLeft) {
      if (h != b && (h == s1 || h > b)) ++cost;
    } else {
      if (h != s1 && h >= b) ++cost;
    }
    return cost;
  }

  DependencyParser& parser_;
  PerceptronTrainer moves_, labels_;
  ParseState st_;
  GroupCounts groups_;
  std::vector<int> gold_;
  std::vector<uint8_t> in_stack_;
  std::vector<uint64_t> keys_;
};

void DependencyParser::parse(std::span<const WordFeatures> words, std::span<const uint16_t> tags,
                             std::span<int> heads, std::span<uint16_t> labels) const {
  const int n = static_cast<int>(words.size());
  ParseState st;
  st.reset(n);
  GroupCounts groups;
  groups.build(tags, tag_group_);
  const Context c{words, tags, st, groups};
  std::vector<uint64_t> keys;
  keys.reserve(128);
  float scores[kMoves];
  std::vector<float> label_scores(labels_.size());
  while (!st.terminal()) {
    // One move in ten is the only one allowed (a shift onto an empty stack,
    // the reductions left when the buffer is done): it needs no scores.
    int allowed = 0, move = -1;
    for (int m = 0; m < kMoves; ++m) {
      if (st.valid(m)) ++allowed, move = m;
    }
    if (allowed > 1) {
      transition_features(c, keys);
      transitions_.score(keys, scores);
      move = best_of(scores, kMoves, [&](int m) { return st.valid(m); });
    }
    uint16_t arc_label = 0;
    if (move != kShift) {
      const auto arc = st.arc(move);
      const int h = arc.first, d = arc.second;
      if (h == n) {  // the root's child takes the root relation, and no other word does
        arc_label = root_label_;
      } else {
        label_features(c, h, d, keys);
        labeler_.score(keys, label_scores.data());
        arc_label = static_cast<uint16_t>(best_of(label_scores.data(), static_cast<int>(labels_.size()),
                                                  [&](int l) { return l != root_label_; }));
      }
    }
    st.apply(move, arc_label);
  }
  for (int i = 0; i < n; ++i) {
    heads[i] = st.head[i] == n ? -1 : st.head[i];
    labels[i] = st.label[i];
  }
}

DependencyParser::Accuracy DependencyParser::accuracy(const std::vector<Example>& examples) const {
  size_t all = 0, attached = 0, labelled = 0;
  std::vector<int> heads;
  std::vector<uint16_t> labels;
  for (const Example& e : examples) {
    heads.assign(e.words.size(), -1);
    labels.assign(e.words.size(), 0);
    parse(e.words, e.tags, heads, labels);
    for (size_t i = 0; i < heads.size(); ++i) {
      attached += heads[i] == e.heads[i];
      labelled += heads[i] == e.heads[i] && labels[i] == e.labels[i];
    }
    all += heads.size();
  }
  const double n = static_cast<double>(std::max<size_t>(all, 1));
  return {attached / n, labelled / n};
}

DependencyParser DependencyParser::train(std::vector<std::string> labels, const std::vector<std::string>& tag_upos,
                                         const std::vector<Example>& train,
                                         const std::vector<Example>& dev, const TrainOptions& options,
                                         std::ostream* log) {
  DependencyParser parser;
  parser.labels_ = std::move(labels);
  for (const std::string& u : tag_upos)
    parser.tag_group_.push_back(u == "VERB" || u == "AUX" ? 1 : u == "PUNCT" ? 2 : u == "CCONJ" || u == "SCONJ" ? 4 : 0);
  parser.root_label_ = static_cast<uint16_t>(
      std::find(parser.labels_.begin(), parser.labels_.end(), "root") - parser.labels_.begin());
  ParserTraining training(parser, static_cast<int>(parser.labels_.size()));
  DependencyParser best = parser;
  double best_las = -1.0;
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  SplitMix64 random(options.seed);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[random.below(k)]);
    size_t right = 0, all = 0;
    for (size_t index : order) {
      right += training.learn(train[index], epoch > 1, random, options.explore);
      all += train[index].words.size();
    }
    DependencyParser candidate = parser;
    candidate.transitions_ = training.moves().average(options.min_updates);
    candidate.labeler_ = training.labels().average(options.label_min_updates);
    const Accuracy a = candidate.accuracy(dev);
    if (log)
      *log << "parser epoch " << epoch << ": train UAS " << 100.0 * right / std::max<size_t>(all, 1) << "%, dev UAS "
           << 100.0 * a.uas << "% LAS " << 100.0 * a.las << "%, " << candidate.transitions_.feature_count() << "+"
           << candidate.labeler_.feature_count() << " features\n";
    if (a.las > best_las) {
      best_las = a.las;
      best = std::move(candidate);
    }
  }
  return best;
}

void DependencyParser::write(ByteWriter& out) const {
  out.u32(static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) out.str(l);
  out.u16(root_label_);
  out.u32(static_cast<uint32_t>(tag_group_.size()));
  for (uint8_t g : tag_group_) out.u8(g);
  transitions_.write(out);
  labeler_.write(out);
}

DependencyParser DependencyParser::read(ByteReader& in) {
  DependencyParser p;
  const uint32_t n = in.u32();
  if (n == 0 || n > 4096) {
    in.fail("bad relation count");
    return p;
  }
  for (uint32_t k = 0; k < n && in.ok(); ++k) p.labels_.push_back(in.str());
  p.root_label_ = in.u16();
  const uint32_t groups = in.u32();
  if (groups > 65536) in.fail("bad tag group count");
  for (uint32_t k = 0; k < groups && in.ok(); ++k) p.tag_group_.push_back(in.u8());
  p.transitions_ = LinearModel::read(in);
  p.labeler_ = LinearModel::read(in);
  if (in.ok() && (p.root_label_ >= n || p.transitions_.num_classes() != kMoves ||
                  p.labeler_.num_classes() != static_cast<int>(n)))
    in.fail("parser tables do not fit together");
  return p;
}

}  // namespace eventgraph::syntax
