// `folio fonts`: the font fallback chains, the file each family resolves to and its package.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "style/font_manifest.h"
#include "text/font_book.h"
#include "text/hyphenator.h"

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
    auto fonts = args->manifest.empty() ? text::FontBook::load() : text::FontBook::load(args->manifest);
    if (!fonts) {
      for (const auto& d : fonts.error()) print_diagnostic(d, job::DiagnosticFormat::human);
      state.exit_code = 2;
      return;
    }
    const std::string text = fonts->describe_fonts() + "\n" + fonts->hyphenator().describe();
    std::fwrite(text.data(), 1, text.size(), stdout);
  });
}

}  // namespace folio::cli
