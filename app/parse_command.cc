// `eventgraph parse`: the syntax layer on its own, as a CoNLL-U parser.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.h"
#include "app/corpus_run.h"
#include "export/atomic_file.h"
#include "read/corpus_reader.h"
#include "extract/syntax/conllu_analysis.h"
#include "extract/syntax/ud_words.h"
#include "extract/text/text.h"

namespace eventgraph {
namespace {

using syntax::ConlluSentence;

// One sentence as a JSON object: the same facts as its CoNLL-U lines.
std::string sentence_json(const std::string& doc_id, const ConlluSentence& s) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("doc");
  w.String(doc_id.c_str(), static_cast<rapidjson::SizeType>(doc_id.size()));
  for (const std::string& c : s.comments) {
    for (std::string_view key : {"sent_id", "text"}) {
      const std::string prefix = "# " + std::string(key) + " = ";
      if (!c.starts_with(prefix)) continue;
      w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
      w.String(c.data() + prefix.size(), static_cast<rapidjson::SizeType>(c.size() - prefix.size()));
    }
  }
  w.Key("words");
  w.StartArray();
  for (size_t i = 0; i < s.words.size(); ++i) {
    const syntax::ConlluWord& word = s.words[i];
    w.StartObject();
    w.Key("id");
    w.Uint(static_cast<unsigned>(i + 1));
    for (auto [key, value] : {std::pair{"form", &word.form}, std::pair{"lemma", &word.lemma},
                              std::pair{"upos", &word.upos}, std::pair{"xpos", &word.xpos},
                              std::pair{"deprel", &word.deprel}}) {
      w.Key(key);
      w.String(value->c_str(), static_cast<rapidjson::SizeType>(value->size()));
    }
    w.Key("head");
    w.Int(word.head + 1);
    // The byte span, when MISC has a well-formed TokenRange=start:end (a
    // CoNLL-U file given as input may have anything there).
    const size_t range = word.misc.find("TokenRange=");
    if (range != std::string::npos) {
      const char* p = word.misc.data() + range + 11;
      const char* end = word.misc.data() + word.misc.size();
      unsigned start = 0, stop = 0;
      const auto a = std::from_chars(p, end, start);
      if (a.ec == std::errc() && a.ptr < end && *a.ptr == ':') {
        const auto b = std::from_chars(a.ptr + 1, end, stop);
        if (b.ec == std::errc() && (b.ptr == end || *b.ptr == '|')) {
          w.Key("start");
          w.Uint(start);
          w.Key("end");
          w.Uint(stop);
        }
      }
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return buffer.GetString();
}

void write_sentence(std::ostream& out, const std::string& doc_id, const ConlluSentence& s, bool json) {
  if (json) {
    out << sentence_json(doc_id, s) << '\n';
    return;
  }
  std::string text;
  syntax::append_conllu(s, text);
  out << text;
}

// --input-format conllu: the words as given, analysed (gold tokenization).
bool parse_conllu_inputs(const CliArgs& args, const syntax::SyntaxModel& model, std::ostream& out, bool json) {
  bool all_read = true;
  for (const std::string& input : args.inputs) {
    std::ostringstream bytes;
    if (input == "-") {
      bytes << std::cin.rdbuf();
    } else {
      std::ifstream in(input, std::ios::binary);
      if (!in) {
        report_error(input + ": cannot open");
        all_read = false;
        continue;
      }
      bytes << in.rdbuf();
    }
    syntax::ConlluDocument doc = syntax::read_conllu(bytes.str(), input);
    for (const std::string& p : doc.problems) std::cerr << p << "\n";
    all_read &= doc.problems.empty();
    for (ConlluSentence& s : doc.sentences) {
      syntax::annotate_conllu(model, s);
      write_sentence(out, input, s, json);
    }
  }
  return all_read;
}

}  // namespace

int run_parse_command(const CliArgs& args) {
  const syntax::LoadedSyntaxModel loaded =
      args.model.empty() ? syntax::shared_syntax_model() : syntax::load_syntax_model(args.model);
  if (!loaded.model) {
    report_error(loaded.error);
    return 1;
  }
  const bool json = args.format == "json";
  AtomicFile out(args.outputs.empty() ? "-" : args.outputs.front());
  if (!out.ok()) {
    report_error(out.error());
    return 1;
  }
  int status = 0;
  if (args.input_format == "conllu") {
    if (!parse_conllu_inputs(args, *loaded.model, out.stream(), json)) status = 1;
  } else {
    ReaderOptions reader_options;
    reader_options.dct_override = args.dct;
    reader_options.max_doc_bytes = args.max_doc_bytes;
    reader_options.warn_missing_dct = false;
    CorpusReader reader(reader_options);
    const ReadSummary summary = reader.read(
        args.inputs,
        [&](Document&& doc) {
          const TokenizedText text = tokenize(doc.text);
          for (size_t k = 0; k < text.sentences.size(); ++k) {
            syntax::SentenceSyntax analysis;
            analysis.span = text.sentences[k].span;
            analysis.words = syntax::ud_words(text, text.sentences[k]);
            loaded.model->analyze(analysis.words);
            write_sentence(out.stream(), doc.info.id,
                           syntax::to_conllu(analysis, doc.text, doc.info.id + "-" + std::to_string(k + 1)), json);
          }
        },
        [&](const ReadProblem& p) {
          if (!args.quiet || p.severity == ProblemSeverity::kSkipped) std::cerr << p.to_string() << "\n";
        });
    if (!args.quiet || summary.skipped > 0) std::cerr << summary.to_string() << "\n";
    if (summary.skipped > 0) status = 1;
  }
  if (!out.commit()) {
    report_error(out.error());
    return 1;
  }
  return status;
}

}  // namespace eventgraph
