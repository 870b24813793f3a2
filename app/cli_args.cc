#include "app/cli_args.h"

#include <charconv>

#include "extract/text/civil_date.h"
#include "extract/timex_value.h"

namespace eventgraph {

std::string usage_text(const std::string& command) {
  const std::string common =
      "  -o FILE            output file (default: standard output)\n"
      "  --dct YYYY-MM-DD   publication date for every document (overrides the header)\n"
      "  --prefer past|future|nearest\n"
      "                     direction of bare weekdays and months (default: past, as in news)\n"
      "  --day-first        read 6/10/2018 as 6 October (British, Indian, Australian papers);\n"
      "                     default: month first, as in the US\n"
      "  --no-syntax        read events from lexicon phrases and token windows only, without\n"
      "                     the dependency parse: about 20 times faster, far fewer events\n"
      "  -j, --jobs N       extraction threads (default: one per core; output is the same)\n"
      "  --max-doc-bytes N  skip (and name) documents longer than N bytes; K, M, G suffixes\n"
      "                     (default 64M: no article is that long, an endless input is)\n"
      "  -q, --quiet        no notes, warnings or summary on stderr\n"
      "  -h, --help         this help\n";
  const std::string selection =
      "  --from DATE        keep events on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www)\n"
      "  --to DATE          keep events on or before DATE\n"
      "  --no-documents     leave document nodes and their mentioned_in edges out (provenance stays)\n"
      "  --csv-bom          start a CSV with a UTF-8 byte-order mark, which Excel needs to read UTF-8\n"
      "  --actor NAME       keep the ego network of this actor (name, alias or id)\n"
      "  --depth N          hops from --actor (default 1)\n";
  if (command == "extract") {
    return "usage: eventgraph extract [INPUT...] [-o FILE] [options]\n\n"
           "Prints one JSON object per document: its timexes, entities, events and relations,\n"
           "with UTF-8 byte offsets into the document text.\n\n"
           "INPUT: .txt/.md files (news header read), .jsonl/.ndjson, .json, directories\n"
           "(recursive, sorted), or - for JSON Lines on standard input (the default).\n\n" +
           common;
  }
  if (command == "build") {
    return "usage: eventgraph build [INPUT...] -o FILE [-o FILE...] [options]\n\n"
           "Merges every document into one graph and writes it; the format comes from each\n"
           "file's extension (.graphml, .gexf, .dot, .json, .cyjs, .html, .md, .csv) or --format.\n"
           ".html is a report to read in a browser: timeline, actor network, evidence.\n"
           ".egraph is a snapshot: the graph as it can grow (--into) and be written again.\n\n" +
           common + "  --format graphml|yed|gexf|gexf12|dot|json|cyjs|html|md|csv\n"
           "                     yed: GraphML with yEd's labels, colours and shapes\n"
           "  --into FILE.egraph add the inputs to this snapshot (documents it has are not added\n"
           "                     twice; a changed one replaces its old version, with a note)\n"
           "  --gexf-version 1.3|1.2\n"
           "                     GEXF 1.3 (default, Gephi) or 1.2draft (what NetworkX 2.8 reads)\n" + selection;
  }
  if (command == "merge") {
    return "usage: eventgraph merge SNAPSHOT.egraph... -o FILE [-o FILE...] [options]\n\n"
           "Merges snapshots that build wrote (-o g.egraph) into one, and writes it as a snapshot\n"
           "or any graph format; the same graph as one build of all their documents.\n\n"
           "  -o FILE            output (.egraph, .graphml, .gexf, .dot, .json, .cyjs, .html, .md, .csv)\n"
           "  -q, --quiet        no notes\n" + selection;
  }
  if (command == "timeline") {
    return "usage: eventgraph timeline [INPUT...] [-o FILE] [--format md|csv|json|timelinejs] [options]\n\n"
           "Lists the merged events in date order, grouped by date.\n\n" +
           common + "  --format md|csv|json|timelinejs\n"
           "                     timelinejs: the JSON Knight Lab's TimelineJS3 loads\n" + selection;
  }
  if (command == "parse") {
    return "usage: eventgraph parse [INPUT...] [-o FILE] [--format conllu|json] [options]\n\n"
           "Part-of-speech tags, lemmas and labelled dependencies (Universal Dependencies) for\n"
           "every sentence, as CoNLL-U with each word's byte span (TokenRange=start:end),\n"
           "or JSON Lines (one sentence a line).\n\n"
           "  -o FILE            output file (default: standard output)\n"
           "  --format conllu|json\n"
           "  --input-format conllu\n"
           "                     read CoNLL-U and analyse its words as given (gold tokenization)\n"
           "  --model FILE       syntax model (default: $EVENTGRAPH_SYNTAX_MODEL, else the shipped one)\n"
           "  -q, --quiet        no notes or summary on stderr\n"
           "  -h, --help         this help\n";
  }
  if (command == "train-syntax") {
    return "usage: eventgraph train-syntax --train FILE --dev FILE -o MODEL [options]\n\n"
           "Trains the tagger, lemmatizer and parser on a CoNLL-U treebank, keeping the epochs\n"
           "that score best on --dev; the same data and options give the same model bytes.\n\n"
           "  --tagger-epochs N  (default 12)\n"
           "  --parser-epochs N  (default 15)\n"
           "  --jackknife K      the parser learns from tags of K taggers trained without the\n"
           "                     part they tag (default 0: the final tagger's)\n"
           "  --max-sentences N  train on the first N sentences only (quick checks)\n"
           "  --seed N           shuffling seed (default 1)\n"
           "  --min-updates N    keep the tagger's and labeler's features updated at least N times\n"
           "                     (default 2)\n"
           "  --parser-min-updates N\n"
           "                     the same for the parser's moves (default 3)\n"
           "  --lexicon FILE     part-of-speech lexicon for unknown words\n"
           "                     (default: data/syntax/wordnet_pos.tsv; '' for none)\n"
           "  -q, --quiet        no progress on stderr\n";
  }
  return "usage: eventgraph COMMAND [INPUT...] [options]\n\n"
         "Turns news articles into an event/timeline knowledge graph.\n\n"
         "commands:\n"
         "  extract    per-document timexes, entities, events and relations (JSON Lines)\n"
         "  build      the merged graph as GraphML, DOT, JSON, a report (and timelines); a snapshot\n"
         "  merge      snapshots (.egraph) merged into one, or written as any graph format\n"
         "  timeline   the merged events in date order (Markdown, CSV, JSON)\n"
         "  parse      part-of-speech tags, lemmas and dependencies (CoNLL-U, JSON)\n"
         "  train-syntax  train the syntax model from a Universal Dependencies treebank\n\n"
         "`eventgraph COMMAND --help` for its options; --version for the version.\n"
         "Exit status: 0 ok, 1 some input was skipped or an output failed, 2 usage error.\n";
}

std::string parse_cli_args(int argc, char** argv, CliArgs& args) {
  int i = 1;
  if (i < argc) {
    const std::string first = argv[i];
    if (first == "--version") {
      args.version = true;
      return "";
    }
    if (first == "-h" || first == "--help") {
      args.help = true;
      return "";
    }
    if (first != "extract" && first != "build" && first != "merge" && first != "timeline" && first != "parse" &&
        first != "train-syntax") {
      return "unknown command '" + first + "'";
    }
    args.command = first;
    if (first == "train-syntax") args.training.lexicon = syntax::syntax_data_path("wordnet_pos.tsv");
    ++i;
  } else {
    return "no command given";
  }
  const auto value = [&](const std::string& flag, std::string& out) -> std::string {
    if (i + 1 >= argc) return flag + " needs a value";
    out = argv[++i];
    return "";
  };
  for (; i < argc; ++i) {
    const std::string a = argv[i];
    std::string error;
    if (a == "-h" || a == "--help") {
      args.help = true;
    } else if (a == "-q" || a == "--quiet") {
      args.quiet = true;
    } else if (a == "-o" || a == "--output") {
      std::string out;
      error = value(a, out);
      args.outputs.push_back(out);
    } else if (a == "--format") {
      error = value(a, args.format);
    } else if (a == "--dct") {
      error = value(a, args.dct);
      if (error.empty() && !parse_iso_date(args.dct)) error = "--dct needs a real date YYYY-MM-DD, not '" + args.dct + "'";
    } else if (a == "--from" || a == "--to") {
      std::string& target = a == "--from" ? args.from : args.to;
      error = value(a, target);
      if (error.empty() && !parse_timex_interval(target)) error = a + " needs a date such as 2015-11-17 or 2015-11, not '" + target + "'";
    } else if (a == "--actor") {
      error = value(a, args.actor);
    } else if (a == "--depth") {
      std::string d;
      error = value(a, d);
      const auto [ptr, ec] = std::from_chars(d.data(), d.data() + d.size(), args.depth);
      if (error.empty() && (ec != std::errc() || ptr != d.data() + d.size() || args.depth < 0)) {
        error = "--depth needs a whole number >= 0, not '" + d + "'";
      }
    } else if (a == "-j" || a == "--jobs") {
      std::string j;
      error = value(a, j);
      const auto [ptr, ec] = std::from_chars(j.data(), j.data() + j.size(), args.jobs);
      if (error.empty() && (ec != std::errc() || ptr != j.data() + j.size() || args.jobs < 1)) {
        error = "--jobs needs a whole number >= 1, not '" + j + "'";
      }
    } else if (a == "--max-doc-bytes") {
      std::string v;
      error = value(a, v);
      size_t n = 0, scale = 1;
      std::string digits = v;
      if (!digits.empty() && (digits.back() == 'K' || digits.back() == 'M' || digits.back() == 'G')) {
        scale = digits.back() == 'K' ? 1 << 10 : digits.back() == 'M' ? 1 << 20 : size_t{1} << 30;
        digits.pop_back();
      }
      const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
      if (error.empty() && (ec != std::errc() || ptr != digits.data() + digits.size() || n == 0 ||
                            n > (size_t{1} << 40) / scale))
        error = "--max-doc-bytes needs a size such as 1000000, 500K or 64M, not '" + v + "'";
      args.max_doc_bytes = n * scale;
    } else if (a == "--input-format") {
      error = value(a, args.input_format);
      if (error.empty() && args.input_format != "conllu" && args.input_format != "text")
        error = "--input-format takes conllu or text, not '" + args.input_format + "'";
    } else if (a == "--model") {
      error = value(a, args.model);
    } else if (a == "--lexicon") {
      error = value(a, args.training.lexicon);
    } else if (a == "--train") {
      error = value(a, args.train);
    } else if (a == "--dev") {
      error = value(a, args.dev);
    } else if (a == "--tagger-epochs" || a == "--parser-epochs" || a == "--jackknife" || a == "--max-sentences" ||
               a == "--seed" || a == "--min-updates" || a == "--parser-min-updates") {
      std::string v;
      error = value(a, v);
      long long n = 0;
      const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (error.empty() && (ec != std::errc() || ptr != v.data() + v.size() || n < 0 || n > 1000000000))
        error = a + " needs a whole number >= 0, not '" + v + "'";
      if (a == "--tagger-epochs") args.training.tagger_epochs = static_cast<int>(n);
      if (a == "--parser-epochs") args.training.parser_epochs = static_cast<int>(n);
      if (a == "--jackknife") args.training.jackknife = static_cast<int>(n);
      if (a == "--max-sentences") args.training.max_sentences = static_cast<size_t>(n);
      if (a == "--seed") args.training.seed = static_cast<uint64_t>(n);
      if (a == "--min-updates") args.training.min_updates = static_cast<int>(n);
      if (a == "--parser-min-updates") args.training.parser_min_updates = static_cast<int>(n);
    } else if (a == "--day-first") {
      args.day_first = true;
    } else if (a == "--no-syntax") {
      args.syntax = false;
    } else if (a == "--gexf-version") {
      error = value(a, args.gexf_version);
      if (error.empty() && args.gexf_version != "1.3" && args.gexf_version != "1.2") {
        error = "--gexf-version is 1.3 or 1.2, not '" + args.gexf_version + "'";
      }
    } else if (a == "--no-documents") {
      args.no_documents = true;
    } else if (a == "--into") {
      error = value(a, args.into);
    } else if (a == "--csv-bom") {
      args.csv_bom = true;
    } else if (a == "--prefer") {
      std::string p;
      error = value(a, p);
      if (p == "past") args.prefer = DatePreference::kPast;
      else if (p == "future") args.prefer = DatePreference::kFuture;
      else if (p == "nearest") args.prefer = DatePreference::kNearest;
      else if (error.empty()) error = "--prefer takes past, future or nearest, not '" + p + "'";
    } else if (a.size() > 1 && a[0] == '-') {
      error = "unknown option '" + a + "'";
    } else {
      args.inputs.push_back(a);
    }
    if (!error.empty()) return error;
  }
  if (args.help) return "";
  if (args.outputs.size() > 1 && args.command != "build" && args.command != "merge") {
    return "only build and merge take several -o";
  }
  if ((args.command == "build" || args.command == "merge") && args.outputs.empty()) return args.command + " needs -o FILE";
  if (args.command == "merge" && args.inputs.empty()) return "merge needs snapshots (.egraph) to merge";
  if (args.command == "train-syntax") {
    if (args.train.empty() || args.dev.empty()) return "train-syntax needs --train FILE and --dev FILE";
    if (args.outputs.empty()) return "train-syntax needs -o MODEL";
  }
  if (args.command == "parse" && !args.format.empty() && args.format != "conllu" && args.format != "json")
    return "parse --format takes conllu or json, not '" + args.format + "'";
  if (args.inputs.empty()) args.inputs.push_back("-");
  return "";
}

}  // namespace eventgraph
