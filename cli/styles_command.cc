// `folio styles`: the shipped house styles, or the computed values of one style.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "style/style.h"

namespace folio::cli {

namespace {
struct StylesArgs {
  std::string name;
};

void print_style(const style::Style& s) {
  const auto band = [](const style::Band& b) {
    return "left \"" + b.left + "\", center \"" + b.center + "\", right \"" + b.right + "\"";
  };
  std::printf("style %s (%s)\n  %s\n", s.name.c_str(), s.file.c_str(), s.description.c_str());
  std::printf("  page %.2f x %.2f pt, margins %.2f %.2f %.2f %.2f pt (top right bottom left)\n", s.page_width,
              s.page_height, s.margin_top, s.margin_right, s.margin_bottom, s.margin_left);
  std::printf("  text: chain %s, %.1f pt, leading %.2f, %s, hyphenation %s, paragraph spacing %.1f pt\n",
              s.font_chain.c_str(), s.base_size, s.leading, s.align == style::Align::justify ? "justified" : "ragged",
              s.hyphenate ? "on" : "off", s.paragraph_spacing);
  std::printf("  headings: chain %s, sizes %.1f %.1f %.1f %.1f %.1f %.1f pt; code: chain %s\n", s.heading_chain.c_str(),
              s.heading_sizes[0], s.heading_sizes[1], s.heading_sizes[2], s.heading_sizes[3], s.heading_sizes[4],
              s.heading_sizes[5], s.mono_chain.c_str());
  std::printf("  colours: text %s, background %s (contrast %.2f:1), accent %s (contrast %.2f:1)\n",
              s.text.hex().c_str(), s.background.hex().c_str(), style::contrast_ratio(s.text, s.background),
              s.accent.hex().c_str(), style::contrast_ratio(s.accent, s.background));
  std::printf("  header: %s\n  footer: %s\n", band(s.header).c_str(), band(s.footer).c_str());
  if (s.letterhead) std::printf("  letterhead band%s%s\n", s.logo.empty() ? "" : ", logo ", s.logo.c_str());
}
}  // namespace

void add_styles_command(CLI::App& app, CommandState& state) {
  auto args = std::make_shared<StylesArgs>();
  CLI::App* cmd = app.add_subcommand("styles", "List the house styles, or show one style's values");
  cmd->add_option("style", args->name, "A style name or .toml file to show");
  cmd->callback([args, &state] {
    if (!args->name.empty()) {
      auto s = style::load_style(args->name, style::default_styles_dir());
      if (!s) {
        for (const auto& d : s.error()) print_diagnostic(d, job::DiagnosticFormat::human);
        state.exit_code = 2;
        return;
      }
      print_style(*s);
      return;
    }
    auto list = style::list_styles(style::default_styles_dir());
    for (const auto& d : list.warnings) print_diagnostic(d, job::DiagnosticFormat::human);
    for (const auto& entry : list.value) std::printf("%-14s %s\n", entry.name.c_str(), entry.description.c_str());
    if (list.value.empty()) state.exit_code = 2;
  });
}

}  // namespace folio::cli
