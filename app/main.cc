// eventgraph: news articles in, an event/timeline knowledge graph out.
// This file only dispatches; each command lives in its own file.
#include <iostream>

#include "app/cli_args.h"
#include "app/commands.h"

#ifndef EVENTGRAPH_VERSION
#define EVENTGRAPH_VERSION "unknown"
#endif

int main(int argc, char** argv) {
  using namespace eventgraph;
  std::ios::sync_with_stdio(false);
  CliArgs args;
  const std::string error = parse_cli_args(argc, argv, args);
  if (!error.empty()) {
    std::cerr << "eventgraph: " << error << "\n\n" << usage_text(args.command);
    return 2;
  }
  if (args.version) {
    std::cout << "eventgraph " << EVENTGRAPH_VERSION << "\n";
    return 0;
  }
  if (args.help) {
    std::cout << usage_text(args.command);
    return 0;
  }
  if (args.command == "extract") return run_extract_command(args);
  if (args.command == "build") return run_build_command(args);
  if (args.command == "merge") return run_merge_command(args);
  if (args.command == "parse") return run_parse_command(args);
  if (args.command == "train-syntax") return run_train_syntax_command(args);
  return run_timeline_command(args);
}
