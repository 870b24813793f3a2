#include "app/cli_args.h"

#include <charconv>

#include "extract/civil_date.h"
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
      "  -j, --jobs N       extraction threads (default: one per core; output is the same)\n"
      "  -q, --quiet        no notes, warnings or summary on stderr\n"
      "  -h, --help         this help\n";
  const std::string selection =
      "  --from DATE        keep events on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www)\n"
      "  --to DATE          keep events on or before DATE\n"
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
           "file's extension (.graphml, .gexf, .dot, .json, .md, .csv) or --format.\n\n" +
           common + "  --format graphml|gexf|dot|json|md|csv\n" + selection;
  }
  if (command == "timeline") {
    return "usage: eventgraph timeline [INPUT...] [-o FILE] [--format md|csv|json] [options]\n\n"
           "Lists the merged events in date order, grouped by date.\n\n" +
           common + "  --format md|csv|json\n" + selection;
  }
  return "usage: eventgraph COMMAND [INPUT...] [options]\n\n"
         "Turns news articles into an event/timeline knowledge graph.\n\n"
         "commands:\n"
         "  extract    per-document timexes, entities, events and relations (JSON Lines)\n"
         "  build      the merged graph as GraphML, DOT, JSON (and timelines)\n"
         "  timeline   the merged events in date order (Markdown, CSV, JSON)\n\n"
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
    if (first != "extract" && first != "build" && first != "timeline") {
      return "unknown command '" + first + "'";
    }
    args.command = first;
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
    } else if (a == "--day-first") {
      args.day_first = true;
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
  if (args.outputs.size() > 1 && args.command != "build") return "only build takes several -o";
  if (args.command == "build" && args.outputs.empty()) return "build needs -o FILE";
  if (args.inputs.empty()) args.inputs.push_back("-");
  return "";
}

}  // namespace eventgraph
