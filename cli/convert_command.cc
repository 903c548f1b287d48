#include <memory>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "job/convert.h"

namespace folio::cli {

namespace {
struct ConvertArgs {
  std::vector<std::string> inputs;
  std::string output;
  std::vector<std::string> formats;
  int wrap = 0;
  std::string fail_on = "error";
  std::string collection;
  std::string order = "date";
  std::string style = "default";
  bool pdf_debug = false;
  bool strict = false;
  bool no_audit = false;
  ReadingOptions reading;
};
}  // namespace

void add_convert_command(CLI::App& app, CommandState& state) {
  auto args = std::make_shared<ConvertArgs>();
  CLI::App* cmd = app.add_subcommand("convert", "Convert releases to accessible outputs");
  cmd->add_option("inputs", args->inputs, "Input files (txt, html, md)")->required();
  cmd->add_option("-o,--output", args->output,
                  "Output file, directory (DIR/<input stem>.<ext>) or - for stdout (default: current directory)");
  cmd->add_option("--to", args->formats, "Output formats, comma separated: txt, pdf, epub (default: all)")->delimiter(',');
  cmd->add_option("--style", args->style, "House style: a name from `folio styles` or a .toml file (default: default)");
  cmd->add_flag("--pdf-debug", args->pdf_debug, "Write PDF streams uncompressed, for reading");
  cmd->add_flag("--strict", args->strict,
                "Fail (exit 3) when an output cannot meet its accessibility claim (PDF/UA-1: title, language, alt text) "
                "or its own audit finds an error; refuse (exit 2) an input with any byte that is not UTF-8 or a NUL");
  cmd->add_flag("--no-audit", args->no_audit, "Do not audit the PDFs and EPUBs written (as `folio audit` would)");
  cmd->add_option("--collection", args->collection,
                  "Make one EPUB titled TITLE with one chapter per input (-o FILE.epub or DIR)");
  cmd->add_option("--order", args->order, "Chapter order of a collection: by date (default) or as given")
      ->check(CLI::IsMember({"date", "input"}));
  cmd->add_option("--wrap", args->wrap, "Wrap plain text at N columns (0: no wrapping)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--fail-on", args->fail_on, "Exit 3 when diagnostics reach this severity")
      ->check(CLI::IsMember({"error", "warning"}));
  add_reading_options(*cmd, args->reading);
  cmd->callback([args, &state] {
    job::ConvertOptions options;
    job::DiagnosticFormat format = job::DiagnosticFormat::human;
    to_load_options(args->reading, options.load, format);
    options.formats = args->formats;
    options.output = args->output;
    options.text.wrap = args->wrap;
    options.collection_title = args->collection;
    options.input_order = args->order == "input";
    options.style = args->style;
    options.pdf_debug = args->pdf_debug;
    options.strict = args->strict;
    options.load.strict = args->strict;
    options.audit = !args->no_audit;
    if (!read_source_date_epoch(options.source_date_epoch)) {
      state.exit_code = 2;
      return;
    }
    const auto summary =
        job::run_convert(args->inputs, options, [format](const base::Diagnostic& d) { print_diagnostic(d, format); });
    if (summary.inputs_failed > 0) {
      state.exit_code = 2;
    } else if (summary.errors || (args->fail_on == "warning" && summary.warnings)) {
      state.exit_code = 3;
    }
  });
}

}  // namespace folio::cli
