// linear_model.h: sparse multi-class linear models, trained as averaged
// perceptrons, the scoring core of the tagger, the parser and the labeler.
//
// A model maps a feature key (feature_hash.h) to the few classes it has a
// weight for: a perceptron touches only the true and the guessed class at an
// update, so rows are sparse and a row of a 100-class tagger holds a handful
// of pairs, not 100 floats. Scoring a decision is then one table probe per
// feature plus a short loop, and the whole model stays small enough to live
// in the processor's cache.
//
//   PerceptronTrainer trainer(num_classes);
//   trainer.score(keys, scores);                 // current weights
//   trainer.update(keys, truth, guess);          // after a wrong guess
//   trainer.next_instance();                     // once per decision seen
//   LinearModel model = trainer.average();       // the averaged weights
//   model.score(keys, scores);                   // inference
//
// A row that holds weights for at least a quarter of the classes (the bias,
// common suffixes, tag pairs) is stored dense and added with vector
// instructions: scattering it weight by weight made a chain of dependent
// loads and stores through the score array.
//
// Models of up to three classes (the parser's moves) keep each feature's
// weights inside its table slot, beside a 32-bit fingerprint of its key, as
// 16-bit fixed-point differences from the last class's weight (only
// differences decide which class wins): a probe is one 8-byte read, eight to
// a cache line, and the table a quarter of what three floats a slot made.
// The parser's table is the most probed memory of the syntax stage, and most
// of its probes go to the main memory: a smaller table is a faster parser.
//
// LinearModel is a read-only value (copyable, movable) and safe to share
// across threads; PerceptronTrainer is movable, not meant to be shared.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "extract/syntax/binary_io.h"
#include "extract/syntax/huge_page_allocator.h"

namespace eventgraph::syntax {

class LinearModel {
 public:
  LinearModel() = default;

  int num_classes() const { return num_classes_; }
  size_t feature_count() const { return feature_count_; }
  size_t memory_bytes() const {
    return slots_.size() * sizeof(Slot) + weights_.size() * sizeof(Weight) + dense_.size() * sizeof(DenseSlot) +
           dense_rows_.size() * sizeof(float);
  }

  // Sets scores[0..num_classes) to the sum of the weights of `keys`. The
  // probes are made in three passes (prefetch every slot, find each and
  // prefetch its weights, add them up) so that the memory accesses of one
  // decision overlap instead of waiting one after another.
  void score(std::span<const uint64_t> keys, float* scores) const;

  void write(ByteWriter& out) const;
  // Reads a model written by write(); on failure `in` holds the error.
  static LinearModel read(ByteReader& in);

 private:
  friend class PerceptronTrainer;
  struct Slot {  // 16 bytes: a probe reads one cache line
    uint64_t key = 0;  // 0: empty
    uint32_t first = 0;  // into weights_, or for a dense row into dense_rows_
    uint32_t count = 0;  // kDenseRow for a dense row
  };
  static constexpr uint32_t kDenseRow = 0xffffffff;
  void build_table(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& firsts,
                   const std::vector<uint32_t>& counts);
  const Slot* find(uint64_t key) const {
    for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return &s;
      if (s.key == 0) return nullptr;
    }
  }

  static constexpr int kMaxDense = 3;
  struct DenseSlot {  // the row inline: 8 bytes
    uint32_t fingerprint = 0;  // the key's high half, never 0; 0: empty
    int16_t diff[kMaxDense - 1] = {};  // (weight[c] - weight[last]) * dense_scale_, rounded
  };
  static uint32_t fingerprint(uint64_t key) { return static_cast<uint32_t>(key >> 32) | 1; }
  void score_dense(std::span<const uint64_t> keys, float* scores) const;
  struct Weight {  // one cache access for both
    float value;
    uint32_t cls;
  };
  int num_classes_ = 0;
  size_t feature_count_ = 0;
  uint64_t mask_ = 0;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;  // open addressing, power-of-two size, load <= 1/2
  std::vector<Weight, HugePageAllocator<Weight>> weights_;
  std::vector<DenseSlot, HugePageAllocator<DenseSlot>> dense_;  // instead of slots_ and weights_ when dense
  std::vector<float, HugePageAllocator<float>> dense_rows_;   // rows of num_classes_ weights
  uint32_t row_stride_ = 0;                                    // num_classes_ rounded up to 8
  float dense_scale_ = 1.0f;  // fixed-point units per unit of weight in dense_
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}
  PerceptronTrainer(PerceptronTrainer&&) = default;
  PerceptronTrainer& operator=(PerceptronTrainer&&) = default;
  PerceptronTrainer(const PerceptronTrainer&) = delete;
  PerceptronTrainer& operator=(const PerceptronTrainer&) = delete;

  int num_classes() const { return num_classes_; }
  // scores[0..num_classes) = the current (not averaged) weights of `keys`.
  void score(std::span<const uint64_t> keys, float* scores) const;
  // +1 to `truth`, -1 to `guess` for every key (nothing when they agree).
  void update(std::span<const uint64_t> keys, int truth, int guess);
  // Counts one decision for the average (call once per decision, right or wrong).
  void next_instance() { ++time_; }
  // The averaged weights. Features updated fewer than `min_updates` times
  // are dropped: a feature the perceptron corrected once is mostly noise,
  // and such features are most of the table.
  LinearModel average(int min_updates = 1) const;

 private:
  struct Cell {
    uint16_t cls;
    float weight;
    double total;   // sum of the weight over time, up to `stamp`
    int64_t stamp;  // time of the last change
  };
  int num_classes_;
  int64_t time_ = 0;
  struct Row {
    uint32_t updates = 0;
    std::vector<Cell> cells;
  };
  std::unordered_map<uint64_t, Row> rows_;
};

}  // namespace eventgraph::syntax
