#include "extract/syntax/pos_tagger.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <ostream>

#include "extract/syntax/feature_hash.h"

namespace eventgraph::syntax {
namespace {

constexpr uint64_t kNoTag = 0xfff0;  // the tag of a position before the sentence

// Feature templates; the numbers are part of the model format.
enum Template : uint64_t {
  kBias = 1, kWord, kForm, kSuffix, kPrefix, kShape, kFlags, kFirstFlags,
  kPrevWord, kNextWord, kPrev2Word, kNext2Word, kPrevSuffix, kNextSuffix, kPrevShape, kNextShape,
  kPrevTag, kPrev2Tag, kPrevTags, kPrevTagWord, kPrevWordWord, kWordNextWord, kPrevTagSuffix,
  kNextFlags, kLength, kNext2Suffix,
  kClass, kNextClass, kNext2Class, kPrevClass, kClassNextClass, kPrevTagClass, kPrevTagNextClass, kWordNextClass,
  kShapeFirst,
};

constexpr uint64_t kUnknownWord = 0x756e6bULL;

// A word enters the ambiguity table when seen this often in training; rarer
// words are unknown there, in training as when tagging new text.
constexpr int kMinClassCount = 2;
// A word tagged without scoring: seen this often, with one tag this share of the time.
constexpr int kMinSureCount = 20;
constexpr double kMinSureShare = 0.995;

int best_class(const float* scores, int n) {
  return static_cast<int>(std::max_element(scores, scores + n) - scores);
}

}  // namespace

// Lexicon bits: 1 noun, 2 verb, 4 adjective, 8 adverb; 16 a noun's plural,
// 32 a verb's -s form, 64 a verb's past, 128 a verb's -ing form, 256 a
// comparative or superlative; 1024: the lexicon has no such word.
uint16_t PosTagger::lexicon_bits(std::string_view form) const {
  char buf[48];
  if (form.size() >= sizeof buf) return 1024;
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  }
  const std::string_view w(buf, form.size());
  auto bits_of = [&](std::string_view base) -> uint16_t {
    if (base.size() < 2) return 0;
    const uint16_t* bits = lexicon_.find(word_hash(base));
    return bits ? *bits : uint16_t{0};
  };
  uint16_t bits = bits_of(w);
  auto with = [&](std::string_view stem, std::string_view add, uint16_t base_bit, uint16_t result) {
    if (stem.size() + add.size() > sizeof buf - 8) return;
    char tmp[48];
    std::copy(stem.begin(), stem.end(), tmp);
    std::copy(add.begin(), add.end(), tmp + stem.size());
    if (bits_of(std::string_view(tmp, stem.size() + add.size())) & base_bit) bits |= result;
  };
  auto ends = [&](std::string_view suffix) { return w.size() > suffix.size() + 1 && w.ends_with(suffix); };
  auto doubled = [&](size_t cut) {  // "bombed" no, "planned" yes: the letter before the ending twice
    return w.size() > cut + 2 && w[w.size() - cut - 1] == w[w.size() - cut - 2];
  };
  if (ends("s") && !ends("ss")) {
    const std::string_view stem = w.substr(0, w.size() - 1);
    with(stem, "", 1, 16);
    with(stem, "", 2, 32);
    if (ends("es")) {
      with(w.substr(0, w.size() - 2), "", 1, 16);
      with(w.substr(0, w.size() - 2), "", 2, 32);
    }
    if (ends("ies")) {
      with(w.substr(0, w.size() - 3), "y", 1, 16);
      with(w.substr(0, w.size() - 3), "y", 2, 32);
    }
  }
  if (ends("ed")) {
    with(w.substr(0, w.size() - 2), "", 2, 64);
    with(w.substr(0, w.size() - 1), "", 2, 64);
    if (doubled(2)) with(w.substr(0, w.size() - 3), "", 2, 64);
    if (ends("ied")) with(w.substr(0, w.size() - 3), "y", 2, 64);
  }
  if (ends("ing")) {
    with(w.substr(0, w.size() - 3), "", 2, 128);
    with(w.substr(0, w.size() - 3), "e", 2, 128);
    if (doubled(3)) with(w.substr(0, w.size() - 4), "", 2, 128);
  }
  for (std::string_view ending : {std::string_view("er"), std::string_view("est")}) {
    if (!ends(ending)) continue;
    const std::string_view stem = w.substr(0, w.size() - ending.size());
    with(stem, "", 4, 256);
    with(stem, "e", 4, 256);
    if (doubled(ending.size())) with(stem.substr(0, stem.size() - 1), "", 4, 256);
    if (stem.ends_with('i')) with(stem.substr(0, stem.size() - 1), "y", 4, 256);
  }
  return bits == 0 ? 1024 : bits;
}

uint16_t PosTagger::lexicon_entry(std::string_view lower_word) const {
  const uint16_t* bits = lexicon_.find(word_hash(lower_word));
  return bits ? *bits : uint16_t{0};
}

template <typename Form>
void PosTagger::word_classes(std::span<const Form> forms, std::span<const WordFeatures> words,
                             std::vector<uint64_t>& out) const {
  out.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const WordFacts* f = word_table_.find(words[i].lower);
    out[i] = f                  ? f->ambiguity
             : lexicon_.empty() ? kUnknownWord
                                : kUnknownWord + lexicon_bits(forms[i]);
  }
}

void PosTagger::build_word_table() {
  std::vector<std::pair<uint64_t, WordFacts>> entries(known_.begin(), known_.end());
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  word_table_.build(entries);
}

void PosTagger::features(std::span<const WordFeatures> w, std::span<const uint64_t> classes, size_t i,
                         const uint16_t* tags, std::vector<uint64_t>& keys) {
  const size_t n = w.size();
  const WordFeatures& x = w[i];
  auto word_at = [&](ptrdiff_t k) -> uint64_t {
    if (k < 0) return kBeforeSentence;
    if (static_cast<size_t>(k) >= n) return kAfterSentence;
    return w[k].lower;
  };
  const ptrdiff_t p = static_cast<ptrdiff_t>(i);
  const uint64_t t1 = i >= 1 ? tags[i - 1] : kNoTag;
  const uint64_t t2 = i >= 2 ? tags[i - 2] : kNoTag;
  keys.clear();
  keys.push_back(feature_key(kBias, 0));
  keys.push_back(feature_key(kWord, x.lower));
  keys.push_back(feature_key(kForm, x.form));
  for (int k = 0; k < 4; ++k)
    if (x.suffix[k]) keys.push_back(feature_key(kSuffix, x.suffix[k]));
  for (int k = 0; k < 3; ++k)
    if (x.prefix[k]) keys.push_back(feature_key(kPrefix, x.prefix[k]));
  keys.push_back(feature_key(kShape, x.shape));
  keys.push_back(feature_key(i == 0 ? kFirstFlags : kFlags, x.flags));
  keys.push_back(feature_key(kLength, std::min<uint64_t>(x.length, 12)));
  keys.push_back(feature_key(kPrevWord, word_at(p - 1)));
  keys.push_back(feature_key(kNextWord, word_at(p + 1)));
  keys.push_back(feature_key(kPrev2Word, word_at(p - 2)));
  keys.push_back(feature_key(kNext2Word, word_at(p + 2)));
  keys.push_back(feature_key(kPrevSuffix, i >= 1 ? w[i - 1].suffix[2] : kBeforeSentence));
  keys.push_back(feature_key(kNextSuffix, i + 1 < n ? w[i + 1].suffix[2] : kAfterSentence));
  keys.push_back(feature_key(kNext2Suffix, i + 2 < n ? w[i + 2].suffix[2] : kAfterSentence));
  keys.push_back(feature_key(kPrevShape, i >= 1 ? w[i - 1].shape : kBeforeSentence));
  keys.push_back(feature_key(kNextShape, i + 1 < n ? w[i + 1].shape : kAfterSentence));
  keys.push_back(feature_key(kNextFlags, i + 1 < n ? w[i + 1].flags : 0xff));
  keys.push_back(feature_key(kPrevTag, t1));
  keys.push_back(feature_key(kPrev2Tag, t2));
  keys.push_back(feature_key(kPrevTags, t1, t2));
  keys.push_back(feature_key(kPrevTagWord, t1, x.lower));
  keys.push_back(feature_key(kPrevTagSuffix, t1, x.suffix[2]));
  keys.push_back(feature_key(kPrevWordWord, word_at(p - 1), x.lower));
  keys.push_back(feature_key(kWordNextWord, x.lower, word_at(p + 1)));
  const uint64_t c0 = classes[i];
  const uint64_t c1 = i + 1 < n ? classes[i + 1] : kAfterSentence;
  const uint64_t c2 = i + 2 < n ? classes[i + 2] : kAfterSentence;
  const uint64_t cm1 = i >= 1 ? classes[i - 1] : kBeforeSentence;
  keys.push_back(feature_key(kClass, c0));
  keys.push_back(feature_key(kNextClass, c1));
  keys.push_back(feature_key(kNext2Class, c2));
  keys.push_back(feature_key(kPrevClass, cm1));
  keys.push_back(feature_key(kClassNextClass, c0, c1));
  keys.push_back(feature_key(kPrevTagClass, t1, c0));
  keys.push_back(feature_key(kPrevTagNextClass, t1, c1));
  keys.push_back(feature_key(kWordNextClass, x.lower, c1));
  keys.push_back(feature_key(kShapeFirst, x.shape, i == 0 ? 1 : 0));
}

void PosTagger::tag(std::span<const std::string_view> forms, std::span<const WordFeatures> words,
                    std::span<uint16_t> tags) const {
  std::vector<uint64_t> keys;
  keys.reserve(32);
  std::vector<float> scores(upos_.size());
  std::vector<uint64_t> classes;
  word_classes(forms, words, classes);
  for (size_t i = 0; i < words.size(); ++i) {
    if (const WordFacts* f = word_table_.find(words[i].lower); f && f->sure_tag != 0xffff) {
      tags[i] = f->sure_tag;
      continue;
    }
    features(words, classes, i, tags.data(), keys);
    model_.score(keys, scores.data());
    tags[i] = static_cast<uint16_t>(best_class(scores.data(), static_cast<int>(scores.size())));
  }
}

double PosTagger::accuracy(const std::vector<Example>& examples) const {
  size_t right = 0, all = 0;
  std::vector<uint16_t> tags;
  for (const Example& e : examples) {
    tags.assign(e.words.size(), 0);
    std::vector<std::string_view> forms(e.forms.begin(), e.forms.end());
    tag(forms, e.words, tags);
    for (size_t i = 0; i < tags.size(); ++i) right += tags[i] == e.tags[i];
    all += tags.size();
  }
  return all ? static_cast<double>(right) / static_cast<double>(all) : 0.0;
}

PosTagger PosTagger::train(std::vector<std::string> upos, std::vector<std::string> xpos, const Lexicon& lexicon,
                           const std::vector<Example>& train, const std::vector<Example>& dev,
                           const TrainOptions& options, std::ostream* log) {
  const int classes = static_cast<int>(upos.size());
  PerceptronTrainer trainer(classes);
  PosTagger best;
  best.upos_ = upos;
  best.xpos_ = xpos;
  // The ambiguity table, from the training words; a std::map makes each
  // word's tag set in a fixed order, so its hash does not vary by run.
  std::unordered_map<uint64_t, std::map<uint16_t, int>> seen;
  for (const Example& e : train)
    for (size_t i = 0; i < e.words.size(); ++i) ++seen[e.words[i].lower][e.tags[i]];
  for (const auto& [word, tag_counts] : seen) {
    int total = 0, most = 0;
    uint16_t most_tag = 0;
    uint64_t h = 0x7461677365740000ULL;
    for (const auto& [tag, count] : tag_counts) {
      total += count;
      h = mix64(h ^ (tag + 1));
      if (count > most) most = count, most_tag = tag;
    }
    if (total < kMinClassCount) continue;
    WordFacts f;
    f.ambiguity = h;
    if (total >= kMinSureCount && most >= kMinSureShare * total) f.sure_tag = most_tag;
    best.known_[word] = f;
  }
  // While training, every word is scored (the sure tags are for tagging).
  {
    std::vector<std::pair<uint64_t, WordFacts>> entries;
    for (const auto& [word, f] : best.known_) entries.push_back({word, WordFacts{f.ambiguity, 0xffff}});
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    best.word_table_.build(entries);
  }
  {
    std::map<uint64_t, uint16_t> by_hash;  // two words of one hash: the later wins
    for (const auto& [word, bits] : lexicon) by_hash[word_hash(word)] = bits;
    best.lexicon_.build({by_hash.begin(), by_hash.end()});
  }
  std::vector<uint64_t> sentence_classes;
  double best_accuracy = -1.0;
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  SplitMix64 random(options.seed);
  std::vector<uint64_t> keys;
  std::vector<float> scores(classes);
  std::vector<uint16_t> guessed;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[random.below(k)]);
    size_t right = 0, all = 0;
    for (size_t index : order) {
      const Example& e = train[index];
      guessed.assign(e.words.size(), 0);
      best.word_classes(std::span<const std::string>(e.forms), std::span<const WordFeatures>(e.words),
                        sentence_classes);
      for (size_t i = 0; i < e.words.size(); ++i) {
        features(e.words, sentence_classes, i, guessed.data(), keys);
        trainer.score(keys, scores.data());
        const int guess = best_class(scores.data(), classes);
        trainer.update(keys, e.tags[i], guess);
        trainer.next_instance();
        // The history is the tagger's own guesses, as it will be when tagging.
        guessed[i] = static_cast<uint16_t>(guess);
        right += guess == e.tags[i];
        ++all;
      }
    }
    PosTagger candidate;
    candidate.upos_ = upos;
    candidate.xpos_ = xpos;
    candidate.known_ = best.known_;
    candidate.lexicon_ = best.lexicon_;
    candidate.build_word_table();
    candidate.model_ = trainer.average(options.min_updates);
    const double accuracy = candidate.accuracy(dev);
    if (log)
      *log << "tagger epoch " << epoch << ": train " << 100.0 * right / std::max<size_t>(all, 1) << "%, dev "
           << 100.0 * accuracy << "%, " << candidate.model_.feature_count() << " features\n";
    if (accuracy > best_accuracy) {
      best_accuracy = accuracy;
      best.model_ = std::move(candidate.model_);
    }
  }
  best.build_word_table();
  return best;
}

void PosTagger::write(ByteWriter& out) const {
  out.u32(static_cast<uint32_t>(upos_.size()));
  for (size_t t = 0; t < upos_.size(); ++t) {
    out.str(upos_[t]);
    out.str(xpos_[t]);
  }
  std::vector<std::pair<uint64_t, WordFacts>> table(known_.begin(), known_.end());
  std::sort(table.begin(), table.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  out.u64(table.size());
  for (const auto& [word, f] : table) {
    out.u64(word);
    out.u64(f.ambiguity);
    out.u16(f.sure_tag);
  }
  const std::vector<std::pair<uint64_t, uint16_t>> words = lexicon_.entries();
  out.u64(words.size());
  for (const auto& [word, bits] : words) {
    out.u64(word);
    out.u16(bits);
  }
  model_.write(out);
}

PosTagger PosTagger::read(ByteReader& in) {
  PosTagger t;
  const uint32_t n = in.u32();
  if (n == 0 || n > 4096) {
    in.fail("bad tag count");
    return t;
  }
  for (uint32_t k = 0; k < n && in.ok(); ++k) {
    t.upos_.push_back(in.str());
    t.xpos_.push_back(in.str());
  }
  const uint64_t entries = in.u64();
  if (entries > in.remaining() / 18) in.fail("bad word table size");
  for (uint64_t k = 0; k < entries && in.ok(); ++k) {
    const uint64_t word = in.u64();
    WordFacts f;
    f.ambiguity = in.u64();
    f.sure_tag = in.u16();
    if (f.sure_tag != 0xffff && f.sure_tag >= n) in.fail("bad sure tag");
    t.known_[word] = f;
  }
  t.build_word_table();
  const uint64_t words = in.u64();
  if (words > in.remaining() / 10) in.fail("bad lexicon size");
  t.lexicon_.read(in, words, [](ByteReader& r) { return r.u16(); }, "lexicon words");
  t.model_ = LinearModel::read(in);
  if (in.ok() && t.model_.num_classes() != static_cast<int>(n)) in.fail("tagger classes do not match its tags");
  return t;
}

}  // namespace eventgraph::syntax
