// GlyphRecorder::record gives every run the glyphs content_glyphs says it shows, whether it takes
// its short way (a plain run) or builds them.
#include "writers/pdf/shown_glyphs.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "test_pages.h"
#include "writers/pdf/cid_font_builder.h"
#include "writers/pdf/cluster_text.h"

namespace folio::pdf {
namespace {

constexpr const char* kSinhala = "/usr/share/fonts/truetype/noto/NotoSansSinhala-Regular.ttf";

std::unique_ptr<CidFontBuilder> open_font(const std::string& file) {
  auto font = CidFontBuilder::open(file, 0, "");
  EXPECT_TRUE(font.has_value());
  return font ? std::move(font.value()) : nullptr;
}

/// What the content glyphs of `run` say, recorded in `font` one by one.
std::vector<ShownGlyph> from_content_glyphs(CidFontBuilder& font, const layout::GlyphRun& run) {
  const bool rtl = run.level % 2 == 1;
  std::vector<ShownGlyph> out;
  for (const ContentGlyph& glyph : content_glyphs(run, font.invisible_glyph())) {
    ShownGlyph shown;
    shown.x = glyph.x;
    shown.y = glyph.y;
    shown.cluster = glyph.cluster;
    if (glyph.gid == 0) {
      shown.notdef = true;
    } else {
      shown.entry = static_cast<std::uint32_t>(font.use(glyph.gid, glyph.text, rtl));
      shown.mark = has_nonspacing_mark(glyph.text);
      shown.space = glyph.text == " " && glyph.y == 0;
      shown.spaced_mark = rtl && glyph.text.size() > 1 && glyph.text.front() == ' ';
      shown.blank = glyph.text == " " || shown.spaced_mark;
    }
    out.push_back(shown);
  }
  return out;
}

void expect_same(const std::vector<ShownGlyph>& got, const std::vector<ShownGlyph>& want, const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (std::size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE(what + ", glyph " + std::to_string(i));
    EXPECT_DOUBLE_EQ(got[i].x, want[i].x);
    EXPECT_DOUBLE_EQ(got[i].y, want[i].y);
    EXPECT_EQ(got[i].entry, want[i].entry);
    EXPECT_EQ(got[i].cluster, want[i].cluster);
    EXPECT_EQ(got[i].notdef, want[i].notdef);
    EXPECT_EQ(got[i].space, want[i].space);
    EXPECT_EQ(got[i].blank, want[i].blank);
    EXPECT_EQ(got[i].spaced_mark, want[i].spaced_mark);
    EXPECT_EQ(got[i].mark, want[i].mark);
  }
}

struct Case {
  std::string what;
  layout::GlyphRun run;
  bool plain;
};

/// Records every case in one recorder and the same content glyphs in a second font of the same
/// file: both must agree glyph by glyph, entries included, and record the same glyphs.
void check(const std::string& file, const std::vector<Case>& cases) {
  auto recorded = open_font(file);
  auto reference = open_font(file);
  ASSERT_TRUE(recorded && reference);
  GlyphRecorder recorder(*recorded);
  for (const Case& c : cases) {
    EXPECT_EQ(recorder.plain(c.run), c.plain) << c.what;
    expect_same(recorder.record(c.run), from_content_glyphs(*reference, c.run), c.what);
  }
  ASSERT_TRUE(recorded->subset().has_value());
  ASSERT_TRUE(reference->subset().has_value());
  EXPECT_EQ(recorded->to_unicode_cmap(), reference->to_unicode_cmap());
}

TEST(GlyphRecorder, LatinRunsOnEitherPath) {
  std::vector<Case> cases;
  cases.push_back({"shaped French text", test::shape(test::kSans, 0, "Bonjour à tous, l’office fleuri !", 11, false), true});
  // A glyph of no font (gid 0), a space, a glyph raised off the baseline and one moved left.
  layout::GlyphRun hand;
  hand.text = "a b?c";
  hand.glyphs = {{68, 0, 5, 0, 0}, {3, 1, 2.5, 0, 0}, {69, 2, 5, 0, 0}, {0, 3, 6, 0, 0}, {70, 4, 5, -0.5, 2}};
  cases.push_back({"hand-made run", hand, true});
  // Two glyphs in one cluster (a letter and its mark drawn apart): content_glyphs shares the text.
  layout::GlyphRun shared = hand;
  shared.text = "e\u0301x";
  shared.glyphs = {{72, 0, 5, 0, 0}, {600, 0, 0, -3, 1}, {91, 3, 5, 0, 0}};
  cases.push_back({"a cluster of two glyphs", shared, false});
  // Clusters out of logical order.
  layout::GlyphRun reordered = hand;
  reordered.glyphs = {{69, 2, 5, 0, 0}, {68, 0, 5, 0, 0}};
  cases.push_back({"clusters out of order", reordered, false});
  // The ends of a left-to-right stretch in a right-to-left line get their marks.
  layout::GlyphRun start = hand;
  start.ltr_start = true;
  cases.push_back({"left end of a left-to-right stretch", start, false});
  layout::GlyphRun end = hand;
  end.ltr_end = true;
  cases.push_back({"right end of a left-to-right stretch", end, false});
  // The same run again: its glyphs are known by now.
  cases.push_back({"shaped French text again", cases.front().run, true});
  check(test::kSans, cases);
}

TEST(GlyphRecorder, RunsContentGlyphsChangeTakeTheLongWay) {
  std::vector<Case> sinhala;
  // ki (ක + ි) is one glyph that moves the pen: its mark goes onto the invisible glyph.
  sinhala.push_back({"Sinhala vowel sign", test::shape(kSinhala, 0, "කිම", 11, false), false});
  // Sinhala without a mark on a spacing glyph is plain.
  sinhala.push_back({"Sinhala letters alone", test::shape(kSinhala, 0, "මම", 11, false), true});
  check(kSinhala, sinhala);
  std::vector<Case> arabic;
  arabic.push_back({"Arabic", test::shape(test::kArabic, 0, "سلام عليكم", 11, true), false});
  check(test::kArabic, arabic);
}

}  // namespace
}  // namespace folio::pdf
