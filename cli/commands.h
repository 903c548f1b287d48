// One function per subcommand: each registers its options on the CLI11 app and a callback that
// runs it and stores the exit code.
#pragma once

#include <CLI/CLI.hpp>

namespace folio::cli {

/// Exit codes: 0 ok, 2 could not run, 3 findings at or above --fail-on.
struct CommandState {
  int exit_code = 0;
};

void add_convert_command(CLI::App& app, CommandState& state);
void add_inspect_command(CLI::App& app, CommandState& state);
void add_audit_command(CLI::App& app, CommandState& state);
void add_fonts_command(CLI::App& app, CommandState& state);
void add_styles_command(CLI::App& app, CommandState& state);
void add_report_command(CLI::App& app, CommandState& state);
void add_worker_command(CLI::App& app, CommandState& state);

}  // namespace folio::cli
