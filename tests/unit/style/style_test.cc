#include "style/style.h"

#include <gtest/gtest.h>

#include "base/span.h"
#include "style/font_manifest.h"
#include "support/paths.h"

namespace folio::style {
namespace {

std::filesystem::path styles_dir() { return test::source_dir() / "styles"; }

TEST(Style, EveryShippedStyleLoads) {
  for (const char* name : {"default", "letter", "large-print", "letterhead"}) {
    auto style = load_style(name, styles_dir());
    ASSERT_TRUE(style) << name << ": " << style.error().front().message;
    EXPECT_EQ(style->name, name);
    EXPECT_FALSE(style->description.empty());
    EXPECT_GE(contrast_ratio(style->text, style->background), 4.5);
  }
}

TEST(Style, PageSizesAndLargePrint) {
  auto a4 = load_style("default", styles_dir());
  ASSERT_TRUE(a4);
  EXPECT_NEAR(a4->page_width, 595.28, 0.01);
  EXPECT_NEAR(a4->page_height, 841.89, 0.01);
  auto letter = load_style("letter", styles_dir());
  ASSERT_TRUE(letter);
  EXPECT_DOUBLE_EQ(letter->page_width, 612);
  EXPECT_DOUBLE_EQ(letter->margin_left, 72);
  auto large = load_style("large-print", styles_dir());
  ASSERT_TRUE(large);
  EXPECT_GE(large->base_size, 16);
  EXPECT_GE(large->leading, 1.5);
  EXPECT_EQ(large->align, Align::ragged);
  EXPECT_FALSE(large->hyphenate);
  auto letterhead = load_style("letterhead", styles_dir());
  ASSERT_TRUE(letterhead);
  EXPECT_TRUE(letterhead->letterhead);
  EXPECT_EQ(letterhead->header.left, "{organization}");
}

TEST(Style, ListsShippedStyles) {
  auto list = list_styles(styles_dir());
  EXPECT_TRUE(list.warnings.empty());
  ASSERT_EQ(list.value.size(), 4u);
  EXPECT_EQ(list.value[0].name, "default");
  EXPECT_EQ(list.value[1].name, "large-print");
}

TEST(Style, ContrastRatioFollowsWcag) {
  EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
  EXPECT_NEAR(contrast_ratio({0x77, 0x77, 0x77}, {255, 255, 255}), 4.48, 0.01);
}

TEST(Style, LowContrastIsRefusedWithTheRatio) {
  auto style = parse_style("[colors]\ntext = \"#999999\"\nbackground = \"#ffffff\"\n", "grey.toml");
  ASSERT_FALSE(style);
  const auto& d = style.error().front();
  EXPECT_EQ(d.code, "style.low-contrast");
  EXPECT_NE(d.message.find("#999999"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("#ffffff"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("2.85:1"), std::string::npos) << d.message;
}

TEST(Style, MalformedTomlGivesFileAndLine) {
  auto style = parse_style("description = \"x\"\n[page]\nsize = \"A4\n", "broken.toml");
  ASSERT_FALSE(style);
  const auto& d = style.error().front();
  EXPECT_EQ(d.code, "style.syntax");
  EXPECT_EQ(d.span.file, "broken.toml");
  EXPECT_EQ(d.span.line, 3u);
  EXPECT_EQ(base::format_location(d.span).rfind("broken.toml:3", 0), 0u);
}

TEST(Style, UnknownKeysAndBadValuesAreErrorsWithLines) {
  auto style = parse_style("[text]\nsize = 3\nalign = \"center\"\ncolour = 1\n", "bad.toml");
  ASSERT_FALSE(style);
  ASSERT_EQ(style.error().size(), 3u);
  EXPECT_EQ(style.error()[0].span.line, 4u);  // unknown key, reported first
  EXPECT_EQ(style.error()[1].span.line, 2u);
  EXPECT_EQ(style.error()[2].span.line, 3u);
}

TEST(Style, LengthsTakeUnits) {
  auto style = parse_style("[page]\nwidth = \"100mm\"\nheight = 400\nmargins = { left = \"1in\", right = \"10pt\" }\n", "u.toml");
  ASSERT_TRUE(style) << style.error().front().message;
  EXPECT_NEAR(style->page_width, 283.46, 0.01);
  EXPECT_DOUBLE_EQ(style->page_height, 400);
  EXPECT_DOUBLE_EQ(style->margin_left, 72);
  EXPECT_DOUBLE_EQ(style->margin_right, 10);
}

TEST(Style, UnknownStyleNameIsAnError) {
  auto style = load_style("no-such-style", styles_dir());
  ASSERT_FALSE(style);
  EXPECT_EQ(style.error().front().code, "style.unreadable");
}

TEST(FontManifest, ShippedManifestHasTheThreeChains) {
  auto manifest = load_font_manifest(test::source_dir() / "fonts" / "fonts.toml");
  ASSERT_TRUE(manifest) << manifest.error().front().message;
  for (const char* chain : {"serif", "sans", "mono"}) {
    ASSERT_TRUE(manifest->chains.count(chain)) << chain;
    EXPECT_FALSE(manifest->chains.at(chain).at("default").empty());
  }
  for (const auto& [chain, scripts] : manifest->chains) {
    for (const auto& [script, families] : scripts) {
      for (const auto& f : families) EXPECT_TRUE(manifest->packages.count(f)) << f << " has no package";
    }
  }
}

}  // namespace
}  // namespace folio::style
