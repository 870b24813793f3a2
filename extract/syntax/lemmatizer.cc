#include "extract/syntax/lemmatizer.h"

#include <algorithm>
#include <map>

#include "extract/syntax/feature_hash.h"
#include "extract/syntax/word_features.h"

namespace eventgraph::syntax {
namespace {

constexpr size_t kLongestEnding = 5;
constexpr uint64_t kWholeForm = 100;  // key kinds 0..kLongestEnding are endings

}  // namespace

uint64_t Lemmatizer::key(std::string_view lower_text, std::string_view xpos, uint64_t kind) {
  return feature_key(kind + 1, word_hash(lower_text), word_hash(xpos));
}

Lemmatizer::Script Lemmatizer::script_for(std::string_view form, std::string_view lemma) {
  // Prefer lower-casing when it fits: "Forces" at a sentence's start and
  // "forces" mid-sentence then share a script, and a proper noun keeps its
  // case because lower-casing would not give its lemma.
  for (uint8_t lower : {uint8_t{1}, uint8_t{0}}) {
    const std::string base = lower ? ascii_lower(form) : std::string(form);
    size_t common = 0;
    while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
    if (lower && common == 0 && !lemma.empty() && !base.empty()) continue;  // try the form as written
    if (base.size() - common > 255) continue;
    Script s{lower, static_cast<uint8_t>(base.size() - common), std::string(lemma.substr(common))};
    if (apply(s, form) == lemma) return s;
  }
  return Script{0, 0, ""};
}

std::string Lemmatizer::apply(const Script& s, std::string_view form) {
  std::string out = s.lower ? ascii_lower(form) : std::string(form);
  if (s.cut > out.size()) return std::string(form);
  // A script learned on one word may not fit another: never cut inside a
  // UTF-8 character ("'m" -> "be" cuts two bytes; "´m" has a two-byte accent).
  const size_t keep = out.size() - s.cut;
  if (keep < out.size() && (static_cast<unsigned char>(out[keep]) & 0xC0) == 0x80) return std::string(form);
  out.resize(keep);
  out += s.append;
  return out.empty() ? std::string(form) : out;
}

Lemmatizer Lemmatizer::train(const std::vector<Example>& words) {
  Lemmatizer m;
  std::map<std::tuple<uint8_t, uint8_t, std::string>, uint32_t> script_ids;
  auto id_of = [&](const Script& s) {
    auto [it, added] = script_ids.emplace(std::make_tuple(s.lower, s.cut, s.append), 0);
    if (added) {
      it->second = static_cast<uint32_t>(m.scripts_.size());
      m.scripts_.push_back(s);
    }
    return it->second;
  };
  // Counts per key and script; std::map keeps the choice deterministic.
  std::map<uint64_t, std::map<uint32_t, uint32_t>> form_counts, ending_counts;
  for (const Example& w : words) {
    if (w.lemma.empty() || w.lemma == "_") continue;
    const uint32_t id = id_of(script_for(w.form, w.lemma));
    const std::string lower = ascii_lower(w.form);
    ++form_counts[key(lower, w.xpos, kWholeForm)][id];
    for (size_t k = 0; k <= kLongestEnding && k < lower.size(); ++k)
      ++ending_counts[key(std::string_view(lower).substr(lower.size() - k), w.xpos, k)][id];
  }
  auto most_common = [](const std::map<uint32_t, uint32_t>& counts) {
    return std::max_element(counts.begin(), counts.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
  };
  std::vector<std::pair<uint64_t, uint32_t>> known, endings;
  for (const auto& [k, counts] : form_counts) known.emplace_back(k, most_common(counts));
  for (const auto& [k, counts] : ending_counts) {
    uint32_t total = 0;
    for (const auto& [id, c] : counts) total += c;
    if (total >= 2) endings.emplace_back(k, most_common(counts));  // a single word is no rule
  }
  m.known_.build(known);
  m.endings_.build(endings);
  return m;
}

namespace {

// The lexicon bit of the part of speech a Penn tag belongs to (0: none).
uint16_t lexicon_bit(std::string_view xpos) {
  if (xpos.starts_with("VB")) return 2;
  if (xpos.starts_with("NN") && !xpos.starts_with("NNP")) return 1;
  if (xpos.starts_with("JJ")) return 4;
  if (xpos.starts_with("RB")) return 8;
  return 0;
}

}  // namespace

std::string Lemmatizer::lemma(std::string_view form, std::string_view xpos, const Lexicon* lexicon) const {
  if (scripts_.empty()) return std::string(form);
  char buf[64];
  if (form.size() <= sizeof buf) {
    for (size_t i = 0; i < form.size(); ++i) {
      const char c = form[i];
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    }
    const std::string_view lower(buf, form.size());
    if (const uint32_t* id = known_.find(key(lower, xpos, kWholeForm))) return apply(scripts_[*id], form);
    const uint16_t bit = lexicon ? lexicon_bit(xpos) : 0;
    std::string first;
    for (size_t k = std::min(kLongestEnding, lower.size());; --k) {
      if (const uint32_t* id = endings_.find(key(lower.substr(lower.size() - k), xpos, k))) {
        std::string candidate = apply(scripts_[*id], form);
        if (bit == 0) return candidate;
        if ((*lexicon)(ascii_lower(candidate)) & bit) return candidate;
        if (first.empty()) first = std::move(candidate);
      }
      if (k == 0) break;
    }
    // No ending gave a word: the ending's script may have cut an "e" the
    // lemma keeps ("resumed" ends like "armed": "resum"; the verb is "resume").
    if (!first.empty() && bit != 0 && (*lexicon)(ascii_lower(first) + 'e') & bit) return first + 'e';
    if (!first.empty()) return first;
  }
  return std::string(form);
}

size_t Lemmatizer::memory_bytes() const {
  return known_.memory_bytes() + endings_.memory_bytes() + scripts_.size() * sizeof(Script);
}

void Lemmatizer::write(ByteWriter& out) const {
  out.u32(static_cast<uint32_t>(scripts_.size()));
  for (const Script& s : scripts_) {
    out.u8(s.lower);
    out.u8(s.cut);
    out.str(s.append);
  }
  for (const auto* table : {&known_, &endings_}) {
    const std::vector<std::pair<uint64_t, uint32_t>> sorted = table->entries();
    out.u64(sorted.size());
    for (const auto& [k, id] : sorted) {
      out.u64(k);
      out.u32(id);
    }
  }
}

Lemmatizer Lemmatizer::read(ByteReader& in) {
  Lemmatizer m;
  const uint32_t n = in.u32();
  for (uint32_t k = 0; k < n && in.ok(); ++k) {
    Script s;
    s.lower = in.u8();
    s.cut = in.u8();
    s.append = in.str();
    m.scripts_.push_back(std::move(s));
  }
  for (auto* table : {&m.known_, &m.endings_}) {
    const uint64_t count = in.u64();
    if (count > in.remaining() / 12) in.fail("bad lemma table size");
    table->read(
        in, count,
        [&](ByteReader& r) {
          const uint32_t id = r.u32();
          if (id >= m.scripts_.size()) r.fail("lemma script out of range");
          return id;
        },
        "lemma keys");
  }
  return m;
}

}  // namespace eventgraph::syntax
