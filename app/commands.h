// commands.h: the commands of `eventgraph`. Each returns the process
// exit status: 0 ok, 1 when input was skipped or an output could not be
// written (outputs are written whole or not at all).
#pragma once

#include "app/cli_args.h"

namespace eventgraph {

int run_extract_command(const CliArgs& args);
int run_build_command(const CliArgs& args);
int run_merge_command(const CliArgs& args);
int run_timeline_command(const CliArgs& args);
int run_parse_command(const CliArgs& args);
int run_train_syntax_command(const CliArgs& args);

}  // namespace eventgraph
