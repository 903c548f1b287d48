#include "text/shaper.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/paths.h"
#include "text/shape_cache.h"

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

TEST(Shaper, JoinersTakeNoGlyph) {
  // Sinhala "apa-radh + virama + ZWJ", a space, then a word. HarfBuzz would draw the ZWJ as the
  // space glyph at zero advance; a PDF reader takes that glyph's width from /W, so the real space
  // after it would lose its gap and the two words would extract as one.
  const std::string text = "අපරාධ්\u200D මූල";
  auto shaped = shape_paragraph(input(text, "si"), book());
  std::vector<Glyph> glyphs;
  for (const auto& run : shaped.runs) glyphs.insert(glyphs.end(), run.glyphs.begin(), run.glyphs.end());
  const auto space = std::find_if(glyphs.begin(), glyphs.end(), [&](const Glyph& g) { return g.cluster == text.find(' '); });
  ASSERT_NE(space, glyphs.end());
  EXPECT_EQ(std::count_if(glyphs.begin(), glyphs.end(), [&](const Glyph& g) { return g.gid == space->gid; }), 1);
  EXPECT_TRUE(shaped.warnings.empty());
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

// The word cache must give what shaping each run whole gives: kerning, ligatures and Arabic
// joining stay inside words when no lookup of the face sees the space.
void expect_words_match_whole_runs(const std::string& text, const std::string& lang, int level) {
  const auto in = input(text, lang, level);
  for (int pass = 0; pass < 2; ++pass) {  // the second pass is served from the cache
    const auto shaped = shape_paragraph(in, book());
    for (const auto& run : shaped.runs) {
      const Face& face = book().face(run.face);
      EXPECT_TRUE(face.space_free_lookups) << face.postscript_name;
      const ShapeProps props{run.script, (run.level & 1) != 0, lang};
      const auto whole = book().shape_cache().shape(run.face, face, props, text, run.begin, run.end, false);
      ASSERT_EQ(run.glyphs.size(), whole.size()) << text;
      const double scale = in.size / face.units_per_em;
      for (std::size_t g = 0; g < whole.size(); ++g) {
        EXPECT_EQ(run.glyphs[g].gid, whole[g].gid);
        EXPECT_EQ(run.glyphs[g].advance, whole[g].advance * scale);
        EXPECT_EQ(run.glyphs[g].cluster, run.begin + whole[g].cluster);
        EXPECT_EQ(run.glyphs[g].unsafe_to_break, whole[g].unsafe_to_break);
      }
    }
  }
}

TEST(Shaper, CachedWordsMatchWholeRunsInLatin) {
  expect_words_match_whole_runs("AVATAR Tavern office  affluent, «\u202fTé\u202f» Tavern office", "fr", 0);
}

TEST(Shaper, CachedWordsMatchWholeRunsInArabic) {
  expect_words_match_whole_runs("السلام عليكم السلام", "ar", 1);
}

// Full-width punctuation between Traditional Chinese characters stays in their TC face (the
// comma centred in its em box), not in the Simplified face where it sits low.
TEST(Shaper, TraditionalChinesePunctuationInTheTraditionalFace) {
  auto shaped = shape_paragraph(input("發布，計劃。", "zh-Hant"), book());
  ASSERT_FALSE(shaped.runs.empty());
  for (const auto& run : shaped.runs) EXPECT_EQ(book().face(run.face).postscript_name, "NotoSerifCJKtc-Regular");
  auto simplified = shape_paragraph(input("发布，计划。", "zh"), book());
  ASSERT_FALSE(simplified.runs.empty());
  EXPECT_EQ(book().face(simplified.runs[0].face).postscript_name, "NotoSerifCJKsc-Regular");
}

TEST(Shaper, FacesWhoseLookupsSeeTheSpaceAreShapedWhole) {
  auto shaped = shape_paragraph(input("中文 中文", "zh"), book());
  ASSERT_FALSE(shaped.runs.empty());
  if (book().face(shaped.runs[0].face).space_free_lookups) GTEST_SKIP() << "this CJK face ignores spaces";
  EXPECT_EQ(shaped.runs[0].glyphs.size(), 5u);
}

// The faces of a paragraph's characters are kept by code point, style and script
// (shape_paragraph): the same letters in alternating styles each get their style's face.
TEST(Shaper, EachStyleRunHasItsStylesFaceForTheSameLetters) {
  ParagraphInput in;
  in.text = "alpha alpha alpha alpha";
  in.lang = "en";
  for (std::size_t i = 0; i < 4; ++i) {
    TextStyle style;
    style.bold = i % 2 == 1;
    style.italic = i == 3;
    in.runs.push_back({6 * i, std::min<std::size_t>(6 * i + 6, in.text.size()), style});
  }
  const auto shaped = shape_paragraph(in, book());
  std::vector<std::string> faces;
  for (const auto& run : shaped.runs) faces.push_back(book().face(run.face).postscript_name);
  EXPECT_EQ(faces, (std::vector<std::string>{"NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Regular",
                                             "NotoSerif-BoldItalic"}));
}

}  // namespace
}  // namespace folio::text
