#include "extract/syntax/syntax_model.h"

#include <cstdlib>
#include <fstream>

#include "extract/syntax/feature_hash.h"

#ifndef EVENTGRAPH_DATA_DIR
#define EVENTGRAPH_DATA_DIR "data"
#endif

namespace eventgraph::syntax {
namespace {

constexpr std::string_view kMagic = "EGSYNTAX";
// 2: the parser's move features keyed by atoms (dependency_parser.cc).
// 3: the moves' weights as 16-bit differences (linear_model.h).
constexpr uint32_t kFormatVersion = 3;
constexpr uint32_t kByteOrderMark = 0x01020304;
constexpr size_t kHeaderSize = 8 + 4 + 4 + 8 + 8;

uint64_t checksum(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ULL;
  return mix64(h);
}

}  // namespace

Upos upos_from_name(std::string_view name) {
  static constexpr std::string_view kNames[] = {"X",    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ",
                                                "DET",  "INTJ", "NOUN", "NUM",   "PART",  "PRON",
                                                "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"};
  for (size_t k = 0; k < std::size(kNames); ++k)
    if (kNames[k] == name) return static_cast<Upos>(k);
  return Upos::kX;
}

SyntaxModel::SyntaxModel(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser, std::string provenance)
    : tagger_(std::move(tagger)),
      lemmatizer_(std::move(lemmatizer)),
      parser_(std::move(parser)),
      provenance_(std::move(provenance)) {
  for (int t = 0; t < tagger_.tag_count(); ++t) {
    const std::string_view u = tagger_.upos(static_cast<uint16_t>(t)), x = tagger_.xpos(static_cast<uint16_t>(t));
    if (u == "PROPN" && x == "NNP") proper_noun_tag_ = static_cast<uint16_t>(t);
    if (u == "VERB" && x == "VBZ") present_verb_tag_ = static_cast<uint16_t>(t);
    if (u == "VERB" && x == "VBD") past_verb_tag_ = static_cast<uint16_t>(t);
    if (u == "VERB" && x == "VBP") base_verb_tag_ = static_cast<uint16_t>(t);
  }
}

void SyntaxModel::analyze(std::span<SyntaxWord> words, std::span<const uint8_t> hints) const {
  const size_t n = words.size();
  if (n == 0) return;
  std::vector<std::string_view> forms(n);
  for (size_t i = 0; i < n; ++i) forms[i] = words[i].form;
  std::vector<WordFeatures> features;
  word_features(forms, features);
  std::vector<uint16_t> tags(n), labels(n);
  std::vector<int> heads(n);
  tagger_.tag(forms, features, tags);
  for (size_t i = 0; i < hints.size() && i < n; ++i) {
    const Upos u = upos_from_name(tagger_.upos(tags[i]));
    if (hints[i] == kName && proper_noun_tag_ != 0xffff &&
        (u == Upos::kVerb || u == Upos::kAux || u == Upos::kAdp || u == Upos::kDet || u == Upos::kPron ||
         u == Upos::kAdv || u == Upos::kSconj || u == Upos::kCconj)) {
      tags[i] = proper_noun_tag_;
    } else if (hints[i] == kFiniteVerb && (u != Upos::kVerb || tagger_.xpos(tags[i]) == "VBN") &&
               present_verb_tag_ != 0xffff && past_verb_tag_ != 0xffff) {
      // (A participle too: "Hill commented" is no reduced relative.)
      // VBZ for -s, VBD for -ed and the irregular pasts, VBP for a bare form
      // after a plural subject ("Howe and Shultz plan to").
      const std::string_view f = words[i].form;
      const bool s_form = !f.empty() && (f.back() == 's' || f.back() == 'S');
      const bool past = f.size() > 2 && (f.ends_with("ed") || f.ends_with("ED") || f == "said" || f == "told");
      tags[i] = s_form ? present_verb_tag_ : past || base_verb_tag_ == 0xffff ? past_verb_tag_ : base_verb_tag_;
    }
  }
  parser_.parse(features, tags, heads, labels);
  const Lemmatizer::Lexicon lexicon = [this](std::string_view w) { return tagger_.lexicon_entry(w); };
  for (size_t i = 0; i < n; ++i) {
    SyntaxWord& w = words[i];
    w.upos_name = tagger_.upos(tags[i]);
    w.upos = upos_from_name(w.upos_name);
    w.xpos = tagger_.xpos(tags[i]);
    w.lemma = lemmatizer_.lemma(w.form, w.xpos, &lexicon);
    w.head = heads[i];
    w.deprel = parser_.label_name(labels[i]);
  }
}

std::string SyntaxModel::serialize() const {
  ByteWriter payload;
  payload.str(provenance_);
  tagger_.write(payload);
  lemmatizer_.write(payload);
  parser_.write(payload);
  ByteWriter file;
  file.bytes().append(kMagic);
  file.u32(kFormatVersion);
  file.u32(kByteOrderMark);
  file.u64(payload.bytes().size());
  file.u64(checksum(payload.bytes()));
  file.bytes().append(payload.bytes());
  return file.bytes();
}

LoadedSyntaxModel parse_syntax_model(std::string_view bytes, std::string_view name) {
  auto fail = [&](std::string why) { return LoadedSyntaxModel{nullptr, std::string(name) + ": " + why}; };
  if (bytes.size() < kHeaderSize || bytes.substr(0, kMagic.size()) != kMagic)
    return fail("not an eventgraph syntax model (no EGSYNTAX header)");
  ByteReader header(bytes.substr(kMagic.size(), kHeaderSize - kMagic.size()));
  const uint32_t version = header.u32();
  const uint32_t byte_order = header.u32();
  const uint64_t size = header.u64();
  const uint64_t sum = header.u64();
  if (version != kFormatVersion)
    return fail("model format version " + std::to_string(version) + ", this eventgraph reads version " +
                std::to_string(kFormatVersion) + " (retrain with `eventgraph train-syntax`)");
  if (byte_order != kByteOrderMark) return fail("written on a machine of the other byte order");
  const std::string_view payload = bytes.substr(kHeaderSize);
  if (payload.size() != size)
    return fail("truncated or padded: the header says " + std::to_string(size) + " bytes, the file has " +
                std::to_string(payload.size()));
  if (checksum(payload) != sum) return fail("checksum mismatch: the file is corrupt");
  ByteReader in(payload);
  std::string provenance = in.str();
  PosTagger tagger = PosTagger::read(in);
  Lemmatizer lemmatizer = Lemmatizer::read(in);
  DependencyParser parser = DependencyParser::read(in);
  if (!in.ok()) return fail("malformed model: " + in.error());
  if (in.remaining() != 0) return fail("malformed model: bytes left after the parser");
  return LoadedSyntaxModel{std::make_shared<const SyntaxModel>(std::move(tagger), std::move(lemmatizer),
                                                               std::move(parser), std::move(provenance)),
                           ""};
}

LoadedSyntaxModel load_syntax_model(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return LoadedSyntaxModel{nullptr, path + ": cannot open the syntax model"};
  const std::streamoff size = in.tellg();
  if (size < 0 || size > (std::streamoff{1} << 32))
    return LoadedSyntaxModel{nullptr, path + ": not a syntax model (not a regular file of a sensible size)"};
  std::string bytes(static_cast<size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) return LoadedSyntaxModel{nullptr, path + ": cannot read the syntax model"};
  return parse_syntax_model(bytes, path);
}

std::string syntax_data_path(std::string_view file) {
  return std::string(EVENTGRAPH_DATA_DIR) + "/syntax/" + std::string(file);
}

std::string default_syntax_model_path() {
  if (const char* env = std::getenv("EVENTGRAPH_SYNTAX_MODEL"); env && *env) return env;
  return syntax_data_path("en_ewt.egsyn");
}

const LoadedSyntaxModel& shared_syntax_model() {
  static const LoadedSyntaxModel loaded = load_syntax_model(default_syntax_model_path());
  return loaded;
}

}  // namespace eventgraph::syntax
