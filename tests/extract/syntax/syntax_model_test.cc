// The shipped syntax model on sentences written for this test. Every
// expected relation was decided by reading the sentence with the UD English
// guidelines and EWT's own conventions (checked in the treebank: "on March
// 30, 2004" has "30" as head with the month as nmod:unmarked; "President
// George Bush" has "George" as head with the title as nmod:desc; a quoted
// clause is the ccomp of "said"), not copied from the program's output.
#include "extract/syntax/syntax_model.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/syntax/ud_words.h"

namespace eventgraph::syntax {
namespace {

struct Parsed {
  std::string text;
  TokenizedText tokens;
  std::vector<SyntaxWord> words;

  int index(std::string_view form) const {
    for (size_t i = 0; i < words.size(); ++i)
      if (words[i].form == form) return static_cast<int>(i);
    return -2;
  }
  // "dependent relation head" for the word `form`, e.g. "navy obj ordered".
  std::string arc(std::string_view form) const {
    const int i = index(form);
    if (i < 0) return "no word " + std::string(form);
    const SyntaxWord& w = words[i];
    return std::string(w.form) + " " + std::string(w.deprel) + " " +
           (w.head < 0 ? std::string("ROOT") : std::string(words[w.head].form));
  }
};

const SyntaxModel& model() {
  const LoadedSyntaxModel& m = shared_syntax_model();
  REQUIRE_MESSAGE(m.model, m.error);
  return *m.model;
}

Parsed parse(const std::string& text) {
  Parsed p;
  p.text = text;
  p.tokens = tokenize(p.text);
  for (const Sentence& s : p.tokens.sentences) {
    std::vector<SyntaxWord> w = ud_words(p.tokens, s);
    model().analyze(w);
    const int offset = static_cast<int>(p.words.size());
    for (SyntaxWord& x : w) {
      if (x.head >= 0) x.head += offset;
      p.words.push_back(std::move(x));
    }
  }
  return p;
}

TEST_CASE("syntax: hand-checked analyses of news sentences") {
  struct Row {
    const char* sentence;
    std::vector<const char*> arcs;  // "dependent relation head"
  };
  const Row rows[] = {
      {"Russian President Vladimir Putin ordered the navy to cooperate with French warships.",
       {"ordered root ROOT", "Vladimir nsubj ordered", "Putin flat Vladimir", "President nmod:desc Vladimir",
        "navy obj ordered", "warships obl cooperate", "with case warships",
        "French amod warships", "the det navy", "to mark cooperate"}},
      {"The jet was shot down by a missile.",
       {"shot root ROOT", "jet nsubj:pass shot", "was aux:pass shot", "down compound:prt shot",
        "missile obl:agent shot", "by case missile"}},
      {"The man who sold the car left.", {"sold acl:relcl man", "who nsubj sold", "car obj sold"}},
      {"Russia and France struck targets.",
       {"struck root ROOT", "Russia nsubj struck", "France conj Russia", "and cc France", "targets obj struck"}},
      {"Sergei Shoigu, the defense minister, arrived in Moscow.",
       {"arrived root ROOT", "Sergei nsubj arrived", "Shoigu flat Sergei", "minister appos Sergei",
        "defense compound minister", "Moscow obl arrived", "in case Moscow"}},
      {"The plane crashed on October 31, 2015.",
       {"31 obl crashed", "on case 31", "October nmod:unmarked 31", "2015 nmod:unmarked 31"}},
      {"\"We will respond,\" Hollande said.",
       {"said root ROOT", "Hollande nsubj said", "respond ccomp said", "We nsubj respond", "will aux respond"}},
      {"They don't know.", {"know root ROOT", "They nsubj know", "do aux know", "n't advmod know"}},
      {"France will not negotiate with the Islamic State group.",
       {"negotiate root ROOT", "France nsubj negotiate", "will aux negotiate", "not advmod negotiate",
        "group obl negotiate"}},
  };
  for (const Row& r : rows) {
    const Parsed p = parse(r.sentence);
    for (const char* expected : r.arcs) {
      const std::string form(expected, std::string_view(expected).find(' '));
      CHECK_MESSAGE(p.arc(form) == expected, r.sentence);
    }
  }
}

TEST_CASE("syntax: parts of speech and lemmas") {
  const Parsed p = parse("Russian warplanes bombed the cities on Tuesday.");
  struct Row {
    const char* form;
    Upos upos;
    const char* xpos;
    const char* lemma;
  };
  const Row rows[] = {
      {"Russian", Upos::kAdj, "JJ", "Russian"},   {"warplanes", Upos::kNoun, "NNS", "warplane"},
      {"the", Upos::kDet, "DT", "the"},
      {"cities", Upos::kNoun, "NNS", "city"},     {"on", Upos::kAdp, "IN", "on"},
      {"Tuesday", Upos::kPropn, "NNP", "Tuesday"}, {".", Upos::kPunct, ".", "."},
  };
  for (const Row& r : rows) {
    const int i = p.index(r.form);
    REQUIRE(i >= 0);
    CHECK_MESSAGE(p.words[i].upos == r.upos, r.form);
    CHECK_MESSAGE(p.words[i].xpos == r.xpos, r.form);
    CHECK_MESSAGE(p.words[i].lemma == r.lemma, r.form);
  }
  const int bombed = p.index("bombed");
  REQUIRE(bombed >= 0);
  CHECK(p.words[bombed].upos == Upos::kVerb);
  CHECK(p.words[bombed].lemma == "bomb");  // not "bombe": the lexicon knows "bomb" is a verb
}

// Right analyses the shipped model gets wrong, kept as the list the next
// parser must fix (reported on every run, not failing it). The first three
// are one mistake: in a news narrative an unknown past-tense verb after its
// subject is tagged a participle (VBN), as the web text of EWT more often
// has it ("the plane crashed" read as "the plane [that was] crashed").
TEST_CASE("syntax: known misses of the shipped model" * doctest::may_fail()) {
  struct Row {
    const char* sentence;
    const char* arc;
  };
  const Row rows[] = {
      {"The plane crashed on October 31, 2015.", "crashed root ROOT"},
      {"The plane crashed on October 31, 2015.", "plane nsubj crashed"},
      {"Russian warplanes bombed the cities on Tuesday.", "bombed root ROOT"},
      {"Russian President Vladimir Putin ordered the navy to cooperate with French warships.",
       "cooperate xcomp ordered"},  // object control: the infinitive is the verb's, not the noun's
      {"The man who sold the car left.", "left root ROOT"},  // a garden path
      {"The man who sold the car left.", "man nsubj left"},
  };
  for (const Row& r : rows) {
    const Parsed p = parse(r.sentence);
    const std::string form(r.arc, std::string_view(r.arc).find(' '));
    CHECK_MESSAGE(p.arc(form) == r.arc, r.sentence);
  }
}

// Every analysis is a tree: one root, heads inside the sentence, no cycle.
void check_tree(const std::vector<SyntaxWord>& words) {
  int roots = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    roots += words[i].head < 0;
    REQUIRE(words[i].head < static_cast<int>(words.size()));
    REQUIRE(words[i].head != static_cast<int>(i));
    size_t steps = 0;
    for (int h = words[i].head; h >= 0; h = words[h].head) REQUIRE(++steps <= words.size());
    CHECK(!words[i].deprel.empty());
  }
  CHECK(roots == (words.empty() ? 0 : 1));
}

TEST_CASE("syntax: bad input gives trees, not crashes") {
  std::string long_sentence;
  for (int i = 0; i < 5000; ++i) long_sentence += i % 7 == 0 ? "and " : "war ";
  std::string commas(10000, ',');
  std::string noise;
  uint64_t x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    noise += static_cast<char>(x >> 56);
  }
  for (const std::string* text : {&long_sentence, &commas, &noise}) {
    const TokenizedText t = tokenize(*text);
    size_t words = 0;
    for (const Sentence& s : t.sentences) {
      std::vector<SyntaxWord> w = ud_words(t, s);
      model().analyze(w);
      check_tree(w);
      words += w.size();
    }
    CHECK(words > 0);
  }
  std::vector<SyntaxWord> none;
  model().analyze(none);  // an empty sentence is no error
  CHECK(none.empty());
}

TEST_CASE("syntax model files: broken ones give an error naming the file") {
  const std::string good = model().serialize();
  struct Row {
    std::string bytes;
    const char* error;  // part of the message
  };
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  std::string version = good;
  version[8] = 9;
  const Row rows[] = {
      {"", "not an eventgraph syntax model"},
      {"hello world, not a model at all", "not an eventgraph syntax model"},
      {good.substr(0, good.size() - 1), "truncated"},
      {good + "x", "truncated or padded"},
      {flipped, "checksum mismatch"},
      {version, "model format version 9"},
  };
  for (const Row& r : rows) {
    const LoadedSyntaxModel m = parse_syntax_model(r.bytes, "m.egsyn");
    CHECK(m.model == nullptr);
    CHECK_MESSAGE(m.error.find(r.error) != std::string::npos, m.error);
    CHECK(m.error.rfind("m.egsyn: ", 0) == 0);
  }
  const LoadedSyntaxModel missing = load_syntax_model("/nonexistent/model.egsyn");
  CHECK(missing.model == nullptr);
  CHECK(missing.error.find("/nonexistent/model.egsyn") != std::string::npos);
  // And the good bytes load, to the same bytes.
  const LoadedSyntaxModel back = parse_syntax_model(good, "m.egsyn");
  REQUIRE(back.model);
  CHECK(back.model->serialize() == good);
}

}  // namespace
}  // namespace eventgraph::syntax
