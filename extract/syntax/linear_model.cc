#include "extract/syntax/linear_model.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace eventgraph::syntax {

void LinearModel::score_dense(std::span<const uint64_t> keys, float* scores) const {
  for (uint64_t key : keys) __builtin_prefetch(&dense_[key & mask_]);
  int32_t sum[kMaxDense - 1] = {};
  for (uint64_t key : keys) {
    const uint32_t fp = fingerprint(key);
    for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
      const DenseSlot& s = dense_[i];
      if (s.fingerprint == fp) {
        for (int c = 0; c < kMaxDense - 1; ++c) sum[c] += s.diff[c];
        break;
      }
      if (s.fingerprint == 0) break;
    }
  }
  const float unit = 1.0f / dense_scale_;
  for (int c = 0; c + 1 < num_classes_; ++c) scores[c] = static_cast<float>(sum[c]) * unit;
  scores[num_classes_ - 1] = 0.0f;
}

void LinearModel::score(std::span<const uint64_t> keys, float* scores) const {
  if (!dense_.empty()) return score_dense(keys, scores);
  std::fill(scores, scores + num_classes_, 0.0f);
  if (slots_.empty()) return;
  constexpr size_t kBatch = 64;
  const Slot* found[kBatch];
  for (size_t begin = 0; begin < keys.size(); begin += kBatch) {
    const size_t end = std::min(keys.size(), begin + kBatch);
    for (size_t k = begin; k < end; ++k) __builtin_prefetch(&slots_[keys[k] & mask_]);
    size_t n = 0;
    for (size_t k = begin; k < end; ++k) {
      const Slot* s = find(keys[k]);
      if (!s) continue;
      if (s->count == kDenseRow) {
        const float* row = dense_rows_.data() + s->first;
        for (uint32_t line = 0; line < row_stride_; line += 16) __builtin_prefetch(row + line);
      } else {
        __builtin_prefetch(&weights_[s->first]);
      }
      found[n++] = s;
    }
    const int classes = num_classes_;
    for (size_t k = 0; k < n; ++k) {
      if (found[k]->count == kDenseRow) {
        const float* __restrict row = dense_rows_.data() + found[k]->first;
        for (int c = 0; c < classes; ++c) scores[c] += row[c];
        continue;
      }
      const Weight* w = weights_.data() + found[k]->first;
      for (uint32_t j = 0; j < found[k]->count; ++j) scores[w[j].cls] += w[j].value;
    }
  }
}

void LinearModel::build_table(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& firsts,
                              const std::vector<uint32_t>& counts) {
  feature_count_ = keys.size();
  if (num_classes_ <= kMaxDense) {
    // Most probes are for features the model never saw: at load <= 1/2 such
    // a miss ends after one or two slots (at 3/4 it walked about five and
    // parsing was 10% slower).
    const size_t size = std::bit_ceil(std::max<size_t>(16, keys.size() * 2));
    mask_ = size - 1;
    dense_.assign(size, DenseSlot{});
    // Each row as differences from its last class, then the scale that
    // makes the largest difference the largest 16-bit value: a sum of ~100
    // rounded weights then errs by a few thousandths of the largest.
    std::vector<float> diffs(keys.size() * (kMaxDense - 1), 0.0f);
    float largest = 0.0f;
    for (size_t k = 0; k < keys.size(); ++k) {
      float row[kMaxDense] = {};
      for (uint32_t j = 0; j < counts[k]; ++j) row[weights_[firsts[k] + j].cls] = weights_[firsts[k] + j].value;
      for (int c = 0; c + 1 < num_classes_; ++c) {
        diffs[k * (kMaxDense - 1) + c] = row[c] - row[num_classes_ - 1];
        largest = std::max(largest, std::fabs(diffs[k * (kMaxDense - 1) + c]));
      }
    }
    dense_scale_ = largest > 0.0f ? 32767.0f / largest : 1.0f;
    for (size_t k = 0; k < keys.size(); ++k) {
      uint64_t i = keys[k] & mask_;
      while (dense_[i].fingerprint != 0) i = (i + 1) & mask_;
      dense_[i].fingerprint = fingerprint(keys[k]);
      for (int c = 0; c < kMaxDense - 1; ++c)
        dense_[i].diff[c] = static_cast<int16_t>(
            std::lround(std::clamp(diffs[k * (kMaxDense - 1) + c] * dense_scale_, -32767.0f, 32767.0f)));
    }
    // The slots hold everything: the key table and weight list are not kept.
    slots_.clear();
    weights_.clear();
    weights_.shrink_to_fit();
    return;
  }
  const size_t size = std::bit_ceil(std::max<size_t>(16, keys.size() * 2));
  mask_ = size - 1;
  slots_.assign(size, Slot{});
  // Wide rows move to dense_rows_; the rest are packed again without them.
  row_stride_ = (static_cast<uint32_t>(num_classes_) + 7) / 8 * 8;
  std::vector<Weight, HugePageAllocator<Weight>> sparse;
  sparse.reserve(weights_.size());
  dense_rows_.clear();
  for (size_t k = 0; k < keys.size(); ++k) {
    Slot slot{keys[k], 0, counts[k]};
    if (counts[k] * 4 >= static_cast<uint32_t>(num_classes_)) {
      slot.first = static_cast<uint32_t>(dense_rows_.size());
      slot.count = kDenseRow;
      dense_rows_.resize(dense_rows_.size() + row_stride_, 0.0f);
      for (uint32_t j = 0; j < counts[k]; ++j)
        dense_rows_[slot.first + weights_[firsts[k] + j].cls] = weights_[firsts[k] + j].value;
    } else {
      slot.first = static_cast<uint32_t>(sparse.size());
      sparse.insert(sparse.end(), weights_.begin() + firsts[k], weights_.begin() + firsts[k] + counts[k]);
    }
    uint64_t i = keys[k] & mask_;
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
  weights_ = std::move(sparse);
}

// On disk: the classes, then each feature as key, count, and its pairs, in
// key order, so the same weights always make the same bytes. The table is
// rebuilt at load (a few milliseconds), which keeps the file half the size.
void LinearModel::write(ByteWriter& out) const {
  out.u32(static_cast<uint32_t>(num_classes_));
  if (num_classes_ <= kMaxDense) {
    // The used slots with their places (fingerprints do not give back keys,
    // so the table is rebuilt as it was, not from keys).
    out.u64(feature_count_);
    out.u64(dense_.size());
    out.f32(dense_scale_);
    for (uint64_t i = 0; i < dense_.size(); ++i) {
      const DenseSlot& d = dense_[i];
      if (d.fingerprint == 0) continue;
      out.u32(static_cast<uint32_t>(i));
      out.u32(d.fingerprint);
      for (int16_t w : d.diff) out.u16(static_cast<uint16_t>(w));
    }
    return;
  }
  std::vector<const Slot*> used;
  for (const Slot& s : slots_)
    if (s.key != 0) used.push_back(&s);
  std::sort(used.begin(), used.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  out.u64(used.size());
  for (const Slot* s : used) {
    out.u64(s->key);
    if (s->count == kDenseRow) {  // written as the sparse row it came from
      const float* row = dense_rows_.data() + s->first;
      uint16_t count = 0;
      for (int c = 0; c < num_classes_; ++c) count += row[c] != 0.0f;
      out.u16(count);
      for (int c = 0; c < num_classes_; ++c)
        if (row[c] != 0.0f) {
          out.u16(static_cast<uint16_t>(c));
          out.f32(row[c]);
        }
      continue;
    }
    out.u16(static_cast<uint16_t>(s->count));
    for (uint32_t k = 0; k < s->count; ++k) {
      out.u16(static_cast<uint16_t>(weights_[s->first + k].cls));
      out.f32(weights_[s->first + k].value);
    }
  }
}

LinearModel LinearModel::read(ByteReader& in) {
  LinearModel m;
  m.num_classes_ = static_cast<int>(in.u32());
  if (in.ok() && m.num_classes_ > 0 && m.num_classes_ <= kMaxDense) {
    m.feature_count_ = in.u64();
    const uint64_t size = in.u64();
    m.dense_scale_ = in.f32();
    if (!in.ok() || size < 16 || !std::has_single_bit(size) || size > (uint64_t{1} << 32) ||
        m.feature_count_ > size / 2 || m.feature_count_ > in.remaining() / 12 || !std::isfinite(m.dense_scale_) ||
        m.dense_scale_ <= 0.0f) {
      in.fail("bad dense model table");
      return LinearModel();
    }
    m.mask_ = size - 1;
    // At most half the slots are used, so a probe always meets an empty one.
    m.dense_.assign(size, DenseSlot{});
    uint64_t previous = 0;
    for (uint64_t k = 0; k < m.feature_count_ && in.ok(); ++k) {
      const uint32_t i = in.u32();
      DenseSlot d;
      d.fingerprint = in.u32();
      for (int16_t& w : d.diff) w = static_cast<int16_t>(in.u16());
      if (i >= size || (k > 0 && i <= previous) || d.fingerprint == 0) in.fail("bad dense model slot");
      if (in.ok()) m.dense_[i] = d;
      previous = i;
    }
    if (!in.ok()) return LinearModel();
    return m;
  }
  const uint64_t n = in.u64();
  if (!in.ok() || m.num_classes_ <= 0 || m.num_classes_ > 65535 || n > in.remaining() / 10) {
    in.fail("bad linear model header");
    return LinearModel();
  }
  std::vector<uint64_t> keys(n);
  std::vector<uint32_t> firsts(n), counts(n);
  for (uint64_t k = 0; k < n && in.ok(); ++k) {
    keys[k] = in.u64();
    counts[k] = in.u16();
    firsts[k] = static_cast<uint32_t>(m.weights_.size());
    if (keys[k] == 0 || (k > 0 && keys[k] <= keys[k - 1])) in.fail("feature keys out of order");
    for (uint32_t j = 0; j < counts[k] && in.ok(); ++j) {
      const uint16_t c = in.u16();
      const float w = in.f32();
      if (c >= m.num_classes_ || !std::isfinite(w)) in.fail("bad weight");
      m.weights_.push_back({w, c});
    }
  }
  if (!in.ok()) return LinearModel();
  m.build_table(keys, firsts, counts);
  return m;
}

void PerceptronTrainer::score(std::span<const uint64_t> keys, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (uint64_t key : keys) {
    auto it = rows_.find(key);
    if (it == rows_.end()) continue;
    for (const Cell& c : it->second.cells) scores[c.cls] += c.weight;
  }
}

void PerceptronTrainer::update(std::span<const uint64_t> keys, int truth, int guess) {
  if (truth == guess) return;
  auto bump = [this](std::vector<Cell>& row, int cls, float delta) {
    for (Cell& c : row) {
      if (c.cls != cls) continue;
      c.total += static_cast<double>(time_ - c.stamp) * c.weight;
      c.stamp = time_;
      c.weight += delta;
      return;
    }
    row.push_back(Cell{static_cast<uint16_t>(cls), delta, 0.0, time_});
  };
  for (uint64_t key : keys) {
    Row& row = rows_[key];
    ++row.updates;
    bump(row.cells, truth, 1.0f);
    bump(row.cells, guess, -1.0f);
  }
}

LinearModel PerceptronTrainer::average(int min_updates) const {
  std::vector<uint64_t> keys;
  keys.reserve(rows_.size());
  for (const auto& [key, row] : rows_)
    if (row.updates >= static_cast<uint32_t>(min_updates)) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  LinearModel m;
  m.num_classes_ = num_classes_;
  std::vector<uint64_t> kept;
  std::vector<uint32_t> firsts, counts;
  const double t = static_cast<double>(std::max<int64_t>(time_, 1));
  for (uint64_t key : keys) {
    std::vector<Cell> row = rows_.at(key).cells;
    std::sort(row.begin(), row.end(), [](const Cell& a, const Cell& b) { return a.cls < b.cls; });
    const uint32_t first = static_cast<uint32_t>(m.weights_.size());
    for (const Cell& c : row) {
      const double avg = (c.total + static_cast<double>(time_ - c.stamp) * c.weight) / t;
      if (avg == 0.0) continue;
      m.weights_.push_back({static_cast<float>(avg), c.cls});
    }
    const uint32_t count = static_cast<uint32_t>(m.weights_.size()) - first;
    if (count == 0) continue;
    kept.push_back(key);
    firsts.push_back(first);
    counts.push_back(count);
  }
  m.build_table(kept, firsts, counts);
  return m;
}

}  // namespace eventgraph::syntax
