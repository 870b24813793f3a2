// The lemmatizer learns edit scripts from (form, tag, lemma) triples; these
// rows train it on a handful written here and check forms it saw and forms
// it did not, each lemma checked by hand.
#include "extract/syntax/lemmatizer.h"

#include <doctest/doctest.h>

namespace eventgraph::syntax {
namespace {

Lemmatizer small_lemmatizer() {
  return Lemmatizer::train({
      {"bombed", "VBD", "bomb"},   {"killed", "VBD", "kill"},  {"shelled", "VBD", "shell"},
      {"went", "VBD", "go"},       {"forces", "NNS", "force"}, {"talks", "NNS", "talk"},
      {"The", "DT", "the"},        {"the", "DT", "the"},       {"Putin", "NNP", "Putin"},
      {"Obama", "NNP", "Obama"},   {"cities", "NNS", "city"},  {"parties", "NNS", "party"},
      {"larger", "JJR", "large"},  {"wider", "JJR", "wide"},   {"was", "VBD", "be"},
  });
}

TEST_CASE("Lemmatizer: irregular forms from the data, endings for the rest") {
  const Lemmatizer m = small_lemmatizer();
  struct Row {
    const char* form;
    const char* xpos;
    const char* lemma;
  };
  const Row rows[] = {
      {"went", "VBD", "go"},         // seen: its own script
      {"Went", "VBD", "go"},         // seen in lower case
      {"was", "VBD", "be"},
      {"attacked", "VBD", "attack"},  // unseen: the "-ed" ending of bombed/killed/shelled
      {"armies", "NNS", "army"},      // unseen: the "-ies" ending of cities/parties
      {"THE", "DT", "the"},
      {"Hollande", "NNP", "Hollande"},  // unseen proper noun keeps its case
      {"Forces", "NNS", "force"},       // a sentence's first word lower-cased
      {"ordered", "VBN", "ordered"},    // no VBN in training: left as it is
  };
  for (const Row& r : rows) CHECK_MESSAGE(m.lemma(r.form, r.xpos) == r.lemma, r.form);
}

TEST_CASE("Lemmatizer: a lexicon picks the ending whose lemma is a word") {
  const Lemmatizer m = small_lemmatizer();
  // A tiny lexicon: the verbs "bomb" and "resume", the noun "army".
  const Lemmatizer::Lexicon lexicon = [](std::string_view w) -> uint16_t {
    if (w == "bomb" || w == "resume") return 2;
    return w == "army" ? 1 : 0;
  };
  struct Row {
    const char* form;
    const char* xpos;
    const char* lemma;
  };
  const Row rows[] = {
      {"bombed", "VBD", "bomb"},      // the "-ed" ending gives a verb
      {"resumed", "VBD", "resume"},   // the ending cut the "e" a verb keeps
      {"resumed", "VBN", "resumed"},  // no VBN ending learned: left as it is
      {"attacked", "VBD", "attack"},  // no word in the lexicon: the first ending's lemma
  };
  for (const Row& r : rows) CHECK_MESSAGE(m.lemma(r.form, r.xpos, &lexicon) == r.lemma, r.form);
}

TEST_CASE("Lemmatizer: written and read back, it gives the same lemmas") {
  const Lemmatizer m = small_lemmatizer();
  ByteWriter w;
  m.write(w);
  ByteReader r(w.bytes());
  const Lemmatizer back = Lemmatizer::read(r);
  REQUIRE(r.ok());
  for (const char* form : {"went", "attacked", "armies", "The", "Putin"})
    CHECK(back.lemma(form, form[0] == 'a' && form[1] == 'r' ? "NNS" : "VBD") ==
          m.lemma(form, form[0] == 'a' && form[1] == 'r' ? "NNS" : "VBD"));
}

}  // namespace
}  // namespace eventgraph::syntax
