#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "job/image_loader.h"
#include "layout/paged_document.h"
#include "model/dump.h"
#include "pdf_engine/pdf_engine.h"
#include "style/style.h"

namespace folio::cli {

namespace {
struct InspectArgs {
  std::string input;
  bool no_spans = false;
  bool pages = false;
  bool glyphs = false;
  std::string style = "default";
  ReadingOptions reading;
};
}  // namespace

void add_inspect_command(CLI::App& app, CommandState& state) {
  auto args = std::make_shared<InspectArgs>();
  CLI::App* cmd = app.add_subcommand("inspect", "Print the document model folio reads from a file");
  cmd->add_option("input", args->input, "Input file")->required();
  cmd->add_flag("--no-spans", args->no_spans, "Leave out source positions");
  cmd->add_flag("--pages", args->pages, "Print the laid-out pages (one line per glyph run) instead of the model");
  cmd->add_flag("--glyphs", args->glyphs, "With --pages: also each run's glyph ids, advances and clusters");
  cmd->add_option("--style", args->style, "With --pages: the house style to lay out in");
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
    std::string dump;
    if (args->pages) {
      auto style = style::load_style(args->style, style::default_styles_dir());
      auto engine = pdf_engine::engine();
      const auto package = job::read_package(args->input);
      const auto images = [&](const std::string& src) {
        return package ? job::load_package_image(*package, src) : job::load_local_image(args->input, src);
      };
      auto pages = style && engine ? (*engine)->lay_out(loaded->value, *style, images)
                                   : base::Unexpected{style ? engine.error() : style.error()};
      if (!pages) {
        for (const auto& d : pages.error()) print_diagnostic(d, format);
        state.exit_code = 2;
        return;
      }
      for (const auto& d : pages->warnings) print_diagnostic(d, format);
      dump = layout::dump_pages(pages->value, {.glyphs = args->glyphs});
    } else {
      dump = model::dump_document(loaded->value, {.spans = !args->no_spans});
    }
    std::fwrite(dump.data(), 1, dump.size(), stdout);
  });
}

}  // namespace folio::cli
