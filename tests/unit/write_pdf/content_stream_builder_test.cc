#include "writers/pdf/content_stream_builder.h"

#include <gtest/gtest.h>

#include <vector>

namespace folio::pdf {
namespace {

TEST(ContentStreamBuilder, TextInsideAnMcidWithTjAdjustmentsForKerning) {
  ContentStreamBuilder builder(CodeStrings::hex);
  builder.begin_tagged("P", 0);
  // Widths 500 and 600 at 10 pt: natural positions 100, 105, 111; the third glyph is kerned
  // 0.5 pt to the left. Glyphs shown in a row share one string.
  std::vector<PlacedGlyph> glyphs = {{1, 500, 100, 700}, {2, 600, 105, 700}, {3, 500, 110.5, 700}};
  builder.show_glyphs("F0", 10, glyphs);
  builder.end();
  EXPECT_EQ(builder.finish(),
            "/P <</MCID 0>> BDC\n"
            "0 0 0 rg\n"
            "BT\n/F0 10 Tf\n1 0 0 1 100 700 Tm\n[<00010002>50<0003>] TJ\nET\n"
            "EMC\n");
}

TEST(ContentStreamBuilder, AGlyphOffTheBaselineIsRaisedAndThePenGoesOnInTheSameMatrix) {
  ContentStreamBuilder builder(CodeStrings::hex);
  builder.begin_tagged("Span", 3);
  // A mark of width 0 raised 2.5 pt and moved 1 pt left of the pen, then back on the baseline.
  std::vector<PlacedGlyph> glyphs = {{1, 500, 100, 700}, {2, 0, 104, 702.5}, {3, 500, 105, 700}};
  builder.show_glyphs("F1", 10, glyphs, Rgb{1, 0, 0});
  builder.end();
  EXPECT_EQ(builder.finish(),
            "/Span <</MCID 3>> BDC\n"
            "1 0 0 rg\n"
            "BT\n/F1 10 Tf\n1 0 0 1 100 700 Tm\n[<0001>] TJ\n2.5 Ts\n[100<0002>] TJ\n0 Ts\n[-100<0003>] TJ\nET\n"
            "EMC\n");
}

TEST(ContentStreamBuilder, ARunEndingRaisedSetsTheRiseBackBeforeEndingTheTextObject) {
  ContentStreamBuilder builder(CodeStrings::hex);
  builder.begin_tagged("P", 0);
  std::vector<PlacedGlyph> glyphs = {{1, 500, 100, 700}, {2, 0, 105, 703}};
  builder.show_glyphs("F0", 10, glyphs);
  builder.end();
  EXPECT_EQ(builder.finish(),
            "/P <</MCID 0>> BDC\n0 0 0 rg\n"
            "BT\n/F0 10 Tf\n1 0 0 1 100 700 Tm\n[<0001>] TJ\n3 Ts\n[<0002>] TJ\n0 Ts\nET\n"
            "EMC\n");
}

TEST(ContentStreamBuilder, CodesInLiteralStringsAreTheirTwoBytesWithDelimitersAndCarriageReturnsEscaped) {
  ContentStreamBuilder builder;  // literal strings unless asked for hexadecimal
  builder.begin_tagged("P", 0);
  // "AB"; "()"; "\" and a carriage return; a line feed and NUL, kept as they are; then, after a
  // kern, byte 0xFF and "A".
  std::vector<PlacedGlyph> glyphs = {
      {0x4142, 500, 100, 700}, {0x2829, 500, 105, 700}, {0x5C0D, 500, 110, 700}, {0x0A00, 500, 115, 700},
      {0xFF41, 500, 119.5, 700}};
  builder.show_glyphs("F0", 10, glyphs);
  builder.end();
  using namespace std::string_literals;  // the expected text holds a NUL
  EXPECT_EQ(builder.finish(),
            "/P <</MCID 0>> BDC\n"
            "0 0 0 rg\n"
            "BT\n/F0 10 Tf\n1 0 0 1 100 700 Tm\n"
            "[(AB\\(\\)\\\\\\r\n\0)50(\xFF" "A)] TJ\nET\n"
            "EMC\n"s);
}

TEST(ContentStreamBuilder, ArtifactsWithTypeSubtypeAndAttachment) {
  ContentStreamBuilder builder;
  builder.begin_artifact("Pagination", "Footer");
  builder.fill_rect(0, 0, 10, 10, Rgb{0.5, 0.5, 0.5});
  builder.end();
  builder.begin_artifact();
  builder.stroke_line(0, 0, 100, 0, 0.5, {});
  builder.end();
  EXPECT_EQ(builder.finish(),
            "/Artifact <</Type /Pagination /Subtype /Footer /Attached [/Bottom]>> BDC\n"
            "/Span <</ActualText ()>> BDC\n"  // what pdftotext, which reads artifacts, reads of it
            "0.5 0.5 0.5 rg\n0 0 10 10 re f\nEMC\nEMC\n"
            "/Artifact BMC\nq 0 0 0 RG 0.5 w 0 0 m 100 0 l S Q\nEMC\n");
}

TEST(ContentStreamBuilder, ImagesAreScaledXObjects) {
  ContentStreamBuilder builder;
  builder.begin_tagged("Figure", 1);
  builder.draw_image("Im0", 72, 500, 96, 64);
  builder.end();
  EXPECT_EQ(builder.finish(), "/Figure <</MCID 1>> BDC\nq 96 0 0 64 72 500 cm /Im0 Do Q\nEMC\n");
}

using ContentStreamBuilderDeathTest = ::testing::Test;

TEST_F(ContentStreamBuilderDeathTest, PaintingOutsideASequenceAborts) {
  std::vector<PlacedGlyph> glyphs = {{1, 500, 100, 700}};
  EXPECT_DEATH(
      {
        ContentStreamBuilder builder;
        builder.show_glyphs("F0", 10, glyphs);
      },
      "outside");
  EXPECT_DEATH(
      {
        ContentStreamBuilder builder;
        builder.fill_rect(0, 0, 1, 1, {});
      },
      "outside");
  EXPECT_DEATH(
      {
        ContentStreamBuilder builder;
        builder.draw_image("Im0", 0, 0, 1, 1);
      },
      "outside");
}

TEST_F(ContentStreamBuilderDeathTest, NestingAndImbalanceAbort) {
  EXPECT_DEATH(
      {
        ContentStreamBuilder builder;
        builder.begin_tagged("P", 0);
        builder.begin_artifact();
      },
      "inside an open sequence");
  EXPECT_DEATH(
      {
        ContentStreamBuilder builder;
        builder.begin_artifact();
        builder.begin_tagged("P", 0);
      },
      "inside an open sequence");
  EXPECT_DEATH(
      {
        ContentStreamBuilder builder;
        builder.end();
      },
      "no open sequence");
  EXPECT_DEATH(
      {
        ContentStreamBuilder builder;
        builder.begin_tagged("P", 0);
        (void)builder.finish();
      },
      "open sequence");
}

}  // namespace
}  // namespace folio::pdf
