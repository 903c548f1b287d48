// Properties of the layout of the shared corpus (plain-text releases in every shipped style,
// HTML and Markdown ones in the default style): lines within the measure, content inside the text area, no .notdef, text neither lost
// nor doubled (see page_checks.h).
#include <gtest/gtest.h>

#include <algorithm>

#include "job/load_document.h"
#include "layout/layout_document.h"
#include "page_checks.h"
#include "support/paths.h"

namespace folio::layout {
namespace {

TEST(LayoutCorpus, EveryTextReleaseInEveryStyle) {
  const auto shared = test::shared_dir();
  if (!shared || !std::filesystem::is_directory(*shared / "corpus")) GTEST_SKIP() << "no shared corpus";
  auto fonts = text::FontBook::load(test::source_dir() / "fonts" / "fonts.toml");
  ASSERT_TRUE(fonts);
  std::vector<std::filesystem::path> inputs;
  for (const auto& e : std::filesystem::directory_iterator(*shared / "corpus")) {
    const auto ext = e.path().extension();
    if ((ext == ".txt" || ext == ".html" || ext == ".md") && e.path().filename() != "README.md") {
      inputs.push_back(e.path());
    }
  }
  std::sort(inputs.begin(), inputs.end());
  ASSERT_FALSE(inputs.empty());
  int checked = 0;
  for (const auto& input : inputs) {
    auto doc = job::load_document(input.string(), {});
    ASSERT_TRUE(doc) << input;
    // Plain-text releases in every style; HTML and Markdown ones (more scripts) in the default.
    const bool all_styles = input.extension() == ".txt";
    for (const char* name : {"default", "letter", "large-print", "letterhead"}) {
      if (!all_styles && std::string(name) != "default") continue;
      auto style = style::load_style(name, test::source_dir() / "styles");
      ASSERT_TRUE(style) << name;
      auto paged = layout_document(doc->value, *style, *fonts);
      EXPECT_FALSE(paged.value.pages.empty());
      for (const auto& w : paged.warnings) {
        EXPECT_NE(w.code, "layout.missing-glyph") << input.filename() << " " << name << ": " << w.message;
      }
      const auto problems = checks::check_pages(paged.value, doc->value, *style);
      for (std::size_t i = 0; i < std::min<std::size_t>(problems.size(), 5); ++i) {
        ADD_FAILURE() << input.filename() << " in " << name << ": " << problems[i];
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace folio::layout
