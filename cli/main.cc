// The folio executable: parses the command line and hands each subcommand to engine/job.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  try {
    CLI::App app{"folio: accessible documents from press releases"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("folio ") + FOLIO_VERSION);
    folio::cli::CommandState state;
    folio::cli::add_convert_command(app, state);
    folio::cli::add_inspect_command(app, state);
    folio::cli::add_audit_command(app, state);
    folio::cli::add_fonts_command(app, state);
    folio::cli::add_styles_command(app, state);
    folio::cli::add_report_command(app, state);
    folio::cli::add_worker_command(app, state);
    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      const int code = app.exit(e);
      // --help and --version exit 0; every other parse error is a usage error (exit 2).
      return code == 0 ? 0 : 2;
    }
    return state.exit_code;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "folio: internal error: %s\n", e.what());
    return 2;
  } catch (...) {
    std::fprintf(stderr, "folio: internal error\n");
    return 2;
  }
}
