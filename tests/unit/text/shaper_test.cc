#include "text/shaper.h"

#include <gtest/gtest.h>

#include "support/paths.h"

namespace folio::text {
namespace {

FontBook& book() {
  static FontBook fonts = std::move(FontBook::load(test::source_dir() / "fonts" / "fonts.toml")).value();
  return fonts;
}

ParagraphInput input(std::string text, std::string lang, int level = 0) {
  ParagraphInput in;
  in.runs.push_back({0, text.size(), {}});
  in.text = std::move(text);
  in.lang = std::move(lang);
  in.base_level = level;
  return in;
}

std::size_t glyph_count(const ShapedParagraph& p) {
  std::size_t n = 0;
  for (const auto& r : p.runs) n += r.glyphs.size();
  return n;
}

TEST(Shaper, LigaturesInNotoSerif) {
  auto shaped = shape_paragraph(input("fi ffl", "en"), book());
  ASSERT_EQ(shaped.runs.size(), 1u);
  EXPECT_EQ(glyph_count(shaped), 3u);  // fi, space, ffl
  EXPECT_EQ(shaped.runs[0].glyphs[2].cluster, 3u);
}

TEST(Shaper, ArabicIsRightToLeftInVisualOrderWithDescendingClusters) {
  auto shaped = shape_paragraph(input("Paix السلام", "fr"), book());
  ASSERT_EQ(shaped.runs.size(), 2u);
  EXPECT_EQ(shaped.runs[1].level, 1);
  EXPECT_EQ(book().face(shaped.runs[1].face).postscript_name, "NotoNaskhArabic-Regular");
  const auto& g = shaped.runs[1].glyphs;
  ASSERT_GE(g.size(), 2u);
  EXPECT_GT(g.front().cluster, g.back().cluster);
  EXPECT_EQ(g.back().cluster, 5u);
}

TEST(Shaper, MissingCharacterIsReportedNotNotdef) {
  auto shaped = shape_paragraph(input("a\U000F0000b", "en"), book());
  ASSERT_EQ(shaped.warnings.size(), 1u);
  EXPECT_EQ(shaped.warnings[0].code, "layout.missing-glyph");
  EXPECT_NE(shaped.warnings[0].message.find("U+F0000"), std::string::npos);
  for (const auto& r : shaped.runs)
    for (const auto& g : r.glyphs) EXPECT_NE(g.gid, 0u);
}

TEST(Shaper, MissingCharacterNamedByIcu) {
  auto shaped = shape_paragraph(input("\U0001F9FF", "en"), book());
  if (shaped.warnings.empty()) GTEST_SKIP() << "a font covers U+1F9FF here";
  EXPECT_NE(shaped.warnings[0].message.find("NAZAR AMULET"), std::string::npos) << shaped.warnings[0].message;
}

}  // namespace
}  // namespace folio::text
