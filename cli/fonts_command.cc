// `folio fonts`: the font fallback chains, the file each family resolves to and its package.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "pdf_engine/pdf_engine.h"

namespace folio::cli {

namespace {
struct FontsArgs {
  std::string manifest;
};
}  // namespace

void add_fonts_command(CLI::App& app, CommandState& state) {
  auto args = std::make_shared<FontsArgs>();
  CLI::App* cmd = app.add_subcommand("fonts", "Show the font fallback chains, the installed files they use, and the hyphenation dictionaries");
  cmd->add_option("--manifest", args->manifest, "Font manifest (default: fonts/fonts.toml)");
  cmd->callback([args, &state] {
    auto engine = pdf_engine::engine();
    auto text = engine ? (*engine)->describe_fonts(args->manifest) : base::Result<std::string>{base::Unexpected{engine.error()}};
    if (!text) {
      for (const auto& d : text.error()) print_diagnostic(d, job::DiagnosticFormat::human);
      state.exit_code = 2;
      return;
    }
    std::fwrite(text->data(), 1, text->size(), stdout);
  });
}

}  // namespace folio::cli
