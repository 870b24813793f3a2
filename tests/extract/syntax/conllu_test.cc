// CoNLL-U reading and writing, on sentences written for this test in the
// treebank's format.
#include "extract/syntax/conllu.h"

#include <doctest/doctest.h>

#include <string>

namespace eventgraph::syntax {
namespace {

const char* const kSample =
    "# sent_id = t-1\n"
    "# text = They don't fly.\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tfly\tfly\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

TEST_CASE("read_conllu reads words, multiword tokens and comments") {
  const ConlluDocument d = read_conllu(kSample, "t.conllu");
  CHECK(d.problems.empty());
  REQUIRE(d.sentences.size() == 1);
  const ConlluSentence& s = d.sentences[0];
  CHECK(s.comments.size() == 2);
  REQUIRE(s.words.size() == 5);
  CHECK(s.words[0].form == "They");
  CHECK(s.words[0].head == 3);   // 0-based: "fly"
  CHECK(s.words[3].head == -1);  // the root
  CHECK(s.words[3].misc == "SpaceAfter=No");
  REQUIRE(s.ranges.size() == 1);
  CHECK(s.ranges[0].first == 1);
  CHECK(s.ranges[0].last == 2);
  CHECK(s.ranges[0].form == "don't");
}

TEST_CASE("append_conllu writes back what read_conllu read") {
  const ConlluDocument d = read_conllu(kSample, "t.conllu");
  std::string out;
  append_conllu(d.sentences[0], out);
  CHECK(out == kSample);
}

TEST_CASE("read_conllu skips empty nodes and tolerates CRLF") {
  const ConlluDocument d = read_conllu(
      "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\r\n"
      "1.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t0:root\t_\r\n"
      "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\r\n\r\n",
      "e.conllu");
  CHECK(d.problems.empty());
  REQUIRE(d.sentences.size() == 1);
  CHECK(d.sentences[0].words.size() == 2);
}

TEST_CASE("read_conllu names the file and line of each problem and goes on") {
  struct Row {
    const char* text;
    const char* problem;  // the start of the message
  };
  const Row rows[] = {
      {"1\tGo\tgo\tVERB\n\n", "b.conllu:1: a word line needs ten"},
      {"2\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n", "b.conllu:1: word ids must count"},
      {"1\tGo\tgo\tVERB\tVB\t_\t7\troot\t_\t_\n\n", "b.conllu:1: a head points past"},
      {"1\tGo\tgo\tVERB\tVB\t_\tx\troot\t_\t_\n\n", "b.conllu:1: bad head"},
      {"3-1\tGo\t_\t_\t_\t_\t_\t_\t_\t_\n\n", "b.conllu:1: bad multiword token range"},
  };
  for (const Row& r : rows) {
    const std::string good = "1\tOk\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";
    const ConlluDocument d = read_conllu(std::string(r.text) + good, "b.conllu");
    REQUIRE_MESSAGE(d.problems.size() == 1, r.text);
    CHECK_MESSAGE(d.problems[0].rfind(r.problem, 0) == 0, d.problems[0]);
    CHECK_MESSAGE(d.sentences.size() == 1, r.text);  // the good sentence after it is kept
  }
}

}  // namespace
}  // namespace eventgraph::syntax
