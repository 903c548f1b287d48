#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "model/dump.h"

namespace folio::cli {

namespace {
struct InspectArgs {
  std::string input;
  bool no_spans = false;
  ReadingOptions reading;
};
}  // namespace

void add_inspect_command(CLI::App& app, CommandState& state) {
  auto args = std::make_shared<InspectArgs>();
  CLI::App* cmd = app.add_subcommand("inspect", "Print the document model folio reads from a file");
  cmd->add_option("input", args->input, "Input file")->required();
  cmd->add_flag("--no-spans", args->no_spans, "Leave out source positions");
  add_reading_options(*cmd, args->reading);
  cmd->callback([args, &state] {
    job::LoadOptions options;
    job::DiagnosticFormat format = job::DiagnosticFormat::human;
    to_load_options(args->reading, options, format);
    auto loaded = job::load_document(args->input, options);
    if (!loaded) {
      for (const auto& d : loaded.error()) print_diagnostic(d, format);
      state.exit_code = 2;
      return;
    }
    for (const auto& d : loaded->warnings) print_diagnostic(d, format);
    const std::string dump = model::dump_document(loaded->value, {.spans = !args->no_spans});
    std::fwrite(dump.data(), 1, dump.size(), stdout);
  });
}

}  // namespace folio::cli
