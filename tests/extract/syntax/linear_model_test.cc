// The averaged perceptron and its frozen tables, on toy problems written
// here: what is learned must score the same after writing and reading, and
// broken bytes must fail cleanly.
#include "extract/syntax/linear_model.h"

#include <doctest/doctest.h>

#include <vector>

#include "extract/syntax/feature_hash.h"

namespace eventgraph::syntax {
namespace {

// A toy instance k of class k mod classes has three features: its own, one
// its class shares, and a bias all share.
LinearModel learn(int classes, int instances) {
  PerceptronTrainer t(classes);
  std::vector<float> scores(classes);
  for (int epoch = 0; epoch < 5; ++epoch)
    for (int k = 0; k < instances; ++k) {
      const uint64_t keys[] = {feature_key(1, 0), feature_key(2, static_cast<uint64_t>(k)),
                               feature_key(4, static_cast<uint64_t>(k % classes))};
      t.score(keys, scores.data());
      int guess = 0;
      for (int c = 1; c < classes; ++c)
        if (scores[c] > scores[guess]) guess = c;
      t.update(keys, k % classes, guess);
      t.next_instance();
    }
  return t.average();
}

int predict(const LinearModel& m, int k) {
  std::vector<float> scores(m.num_classes());
  const uint64_t keys[] = {feature_key(1, 0), feature_key(2, static_cast<uint64_t>(k)),
                           feature_key(4, static_cast<uint64_t>(k % m.num_classes())), feature_key(3, 99)};
  m.score(keys, scores.data());
  int best = 0;
  for (int c = 1; c < m.num_classes(); ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

TEST_CASE("PerceptronTrainer learns a separable problem, sparse and dense tables alike") {
  for (int classes : {3, 7}) {  // 3: weights inside the slots; 7: sparse rows
    const LinearModel m = learn(classes, 40);
    for (int k = 0; k < 40; ++k) CHECK(predict(m, k) == k % classes);
  }
}

// One update of +1 (truth) and -1 (guess) per instance, averaged over
// `instances` decisions: the weights are those steps over the count.
TEST_CASE("a model of three classes scores the differences from its last class, in 16-bit fixed point") {
  PerceptronTrainer t(3);
  const uint64_t a[] = {feature_key(1, 10)}, b[] = {feature_key(1, 11)}, both[] = {a[0], b[0]};
  t.update(a, 0, 2);  // a: +1 class 0, -1 class 2
  t.update(b, 1, 0);  // b: +1 class 1, -1 class 0
  t.update(b, 1, 0);  // b again: +2, -2
  t.next_instance();
  const LinearModel m = t.average();
  float s[3];
  m.score(a, s);
  CHECK(s[0] == doctest::Approx(2.0f).epsilon(1e-4));  // 1 - (-1)
  CHECK(s[1] == doctest::Approx(1.0f).epsilon(1e-4));  // 0 - (-1)
  CHECK(s[2] == 0.0f);                                 // the last class is the zero point
  m.score(b, s);
  CHECK(s[0] == doctest::Approx(-2.0f).epsilon(1e-4));
  CHECK(s[1] == doctest::Approx(2.0f).epsilon(1e-4));
  CHECK(s[2] == 0.0f);
  m.score(both, s);  // sums, and the winner is the class the weights favour
  CHECK(s[0] == doctest::Approx(0.0f).epsilon(1e-4));
  CHECK(s[1] == doctest::Approx(3.0f).epsilon(1e-4));
  const uint64_t unknown[] = {feature_key(1, 12)};
  m.score(unknown, s);
  CHECK(s[0] == 0.0f);
  CHECK(s[1] == 0.0f);
}

TEST_CASE("LinearModel written and read back scores the same, bytes the same") {
  for (int classes : {3, 7}) {
    const LinearModel m = learn(classes, 40);
    ByteWriter w;
    m.write(w);
    ByteReader r(w.bytes());
    const LinearModel back = LinearModel::read(r);
    REQUIRE(r.ok());
    CHECK(r.remaining() == 0);
    for (int k = 0; k < 40; ++k) CHECK(predict(back, k) == predict(m, k));
    ByteWriter again;
    back.write(again);
    CHECK(again.bytes() == w.bytes());
  }
}

TEST_CASE("LinearModel::read fails cleanly on every truncation") {
  for (int classes : {3, 7}) {
    ByteWriter w;
    learn(classes, 10).write(w);
    const std::string& bytes = w.bytes();
    for (size_t cut = 0; cut < bytes.size(); ++cut) {
      ByteReader r(std::string_view(bytes).substr(0, cut));
      LinearModel::read(r);
      CHECK_FALSE(r.ok());
    }
  }
}

TEST_CASE("training is deterministic: the same updates give the same bytes") {
  ByteWriter a, b;
  learn(7, 30).write(a);
  learn(7, 30).write(b);
  CHECK(a.bytes() == b.bytes());
}

}  // namespace
}  // namespace eventgraph::syntax
