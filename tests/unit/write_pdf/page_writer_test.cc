#include "writers/pdf/page_writer.h"

#include <gtest/gtest.h>

#include "test_pages.h"
#include "writers/pdf/cluster_text.h"
#include "writers/pdf/write_pdf.h"

namespace folio::pdf {
namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

model::Document document_with(model::Block block) {
  model::Document document;
  document.metadata.title = "Titre";
  document.metadata.language = "fr";
  document.blocks.push_back(std::move(block));
  return document;
}

model::Block paragraph(std::uint32_t id) {
  model::Block block{{}, model::Role::none, model::Paragraph{{model::make_text("Bonjour")}}};
  block.info.id = base::NodeId{id};
  return block;
}

base::Warned<std::string> debug_pdf(const layout::PagedDocument& pages, const model::Document& document) {
  return write_pdf(pages, document, PdfOptions{true, 0, false});
}

TEST(PageWriter, UntaggedContentBecomesAnArtifactWithAWarning) {
  test::TestPages pages("fr", "Titre");
  pages.text(2, 1, "Bonjour");
  const auto pdf = debug_pdf(pages.done(), document_with(paragraph(1)));
  ASSERT_EQ(pdf.warnings.size(), 1u);
  EXPECT_EQ(pdf.warnings[0].code, "pdf.untagged-content");
  EXPECT_TRUE(contains(pdf.value, "/Artifact BMC\n0 0 0 rg\nBT"));
}

TEST(PageWriter, RulesInsideATagAreArtifactsBetweenMcids) {
  test::TestPages pages("fr", "Titre");
  pages.tag(1, "P");
  pages.text(2, 1, "Bonjour");
  pages.rule();
  pages.text(2, 1, " tous");
  pages.end();
  const auto pdf = debug_pdf(pages.done(), document_with(paragraph(1)));
  EXPECT_TRUE(pdf.warnings.empty());
  EXPECT_TRUE(contains(pdf.value, "EMC\n/Artifact BMC\nq 0 0 0 RG 0.5 w"));
  EXPECT_TRUE(contains(pdf.value, "/P <</MCID 0>> BDC"));
  EXPECT_TRUE(contains(pdf.value, "/P <</MCID 1>> BDC"));
}

TEST(PageWriter, DecorativeImageIsAnArtifactNotAFigure) {
  test::TestPages pages("fr", "Titre");
  pages.tag(1, "Figure");
  pages.image(1, std::string(FOLIO_PDF_FIXTURES) + "/chart.png", 48, 32);
  pages.end();
  model::Figure figure;
  figure.image.alt = "";
  model::Block block{{}, model::Role::none, std::move(figure)};
  block.info.id = base::NodeId{1};
  const auto pdf = debug_pdf(pages.done(), document_with(std::move(block)));
  EXPECT_TRUE(pdf.warnings.empty());
  EXPECT_TRUE(contains(pdf.value, "/Artifact BMC\nq 48 0 0 32"));
  EXPECT_FALSE(contains(pdf.value, "/S/Figure"));
  EXPECT_TRUE(contains(pdf.value, "<pdfuaid:part>1</pdfuaid:part>"));
}

TEST(PageWriter, UnreadableImageIsLeftOutWithAWarning) {
  test::TestPages pages("fr", "Titre");
  pages.tag(1, "Figure", {}, "Un graphique");
  pages.image(1, std::string(FOLIO_PDF_FIXTURES) + "/release.md", 48, 32);
  pages.end();
  pages.tag(2, "P");
  pages.text(3, 2, "Bonjour");
  pages.end();
  model::Document document = document_with(paragraph(2));
  const auto pdf = write_pdf(pages.done(), document, PdfOptions{true, 0, false});
  ASSERT_EQ(pdf.warnings.size(), 1u);
  EXPECT_EQ(pdf.warnings[0].code, "pdf.image-unreadable");
  EXPECT_FALSE(contains(pdf.value, "/Subtype /Image"));
  EXPECT_FALSE(contains(pdf.value, "/XObject"));
}

TEST(PageWriter, NonStandardTypeIsWrittenAsDiv) {
  test::TestPages pages("fr", "Titre");
  pages.tag(1, "Aside");
  pages.text(2, 1, "Bonjour");
  pages.end();
  const auto pdf = debug_pdf(pages.done(), document_with(paragraph(1)));
  ASSERT_EQ(pdf.warnings.size(), 1u);
  EXPECT_EQ(pdf.warnings[0].code, "pdf.nonstandard-type");
  EXPECT_TRUE(contains(pdf.value, "/S/Div>>"));
  EXPECT_FALSE(contains(pdf.value, "RoleMap"));
}

TEST(PageWriter, LanguageFromTheModelWhenLayoutGivesNone) {
  test::TestPages pages("fr", "Titre");
  pages.tag(1, "P");
  pages.text(2, 1, "Hello");
  pages.end();
  model::Block block = paragraph(1);
  block.info.lang = "en";
  const auto pdf = debug_pdf(pages.done(), document_with(std::move(block)));
  EXPECT_TRUE(contains(pdf.value, "/Lang(en)"));
}

// The /K of the first P, as written (MCIDs in the order the element lists them). Structure
// elements are written as PoDoFo writes in compact mode, even in debug mode (pdf_syntax.h).
std::string kids_of_first_p(const std::string& pdf) {
  const std::size_t p = pdf.find("/S/P>>");
  if (p == std::string::npos) return "";
  const std::size_t k = pdf.find("/K[", pdf.rfind("<</Type/StructElem", p));
  return pdf.substr(k, pdf.find(']', k) - k + 1);
}

TEST(PageWriter, RightToLeftTextIsASequenceOfItsOwnAndTheElementListsItsSequencesInReadingOrder) {
  // An Arabic line painted left to right (visual order): "Linux" (logically last), then two
  // Arabic runs in one font, the second with digits only, logically first.
  test::TestPages pages("ar", "عنوان");
  pages.tag(1, "P");
  pages.text(2, 1, "Linux ");
  pages.text(3, 1, "نسخة", 11, test::kArabic, true);
  pages.text(3, 1, " ٣ ", 11, test::kArabic, true);
  layout::PagedDocument document = pages.done();
  auto run = [&](std::size_t i) -> layout::GlyphRun& { return std::get<layout::GlyphRun>(document.pages[0].items[i]); };
  run(1).level = 2;
  run(1).block_offset = 20;
  run(2).block_offset = 4;
  run(3).block_offset = 0;
  model::Block block = paragraph(1);
  block.info.lang = "ar";
  const auto pdf = debug_pdf(document, document_with(std::move(block)));
  EXPECT_TRUE(pdf.warnings.empty());
  // Three sequences: the Latin word, the Arabic word, and the digit a space away from it (a word
  // of its own: its run touches the Arabic one only by its white space); the element lists them
  // in reading order, the digit first.
  EXPECT_TRUE(contains(pdf.value, "/P <</MCID 2>> BDC"));
  EXPECT_FALSE(contains(pdf.value, "/P <</MCID 3>> BDC"));
  EXPECT_EQ(kids_of_first_p(pdf.value), "/K[ 2 1 0]");
}

TEST(PageWriter, RightToLeftRunsThatTouchShareASequence) {
  // "نسخة" and the digit right after it, touching, in one font: pdf.js reads them as one item,
  // in the right order.
  test::TestPages pages("ar", "عنوان");
  pages.tag(1, "P");
  pages.text(2, 1, "نسخة", 11, test::kArabic, true);
  pages.text(3, 1, "٣", 11, test::kArabic, true);
  layout::PagedDocument document = pages.done();
  std::get<layout::GlyphRun>(document.pages[0].items[1]).block_offset = 1;
  std::get<layout::GlyphRun>(document.pages[0].items[2]).block_offset = 0;
  model::Block block = paragraph(1);
  block.info.lang = "ar";
  const auto pdf = debug_pdf(document, document_with(std::move(block)));
  EXPECT_TRUE(contains(pdf.value, "/P <</MCID 0>> BDC"));
  EXPECT_FALSE(contains(pdf.value, "/P <</MCID 1>> BDC"));
}

TEST(PageWriter, LeftToRightRunsOfOneLevelShareASequence) {
  test::TestPages pages("fr", "Titre");
  pages.tag(1, "P");
  pages.text(2, 1, "Bonjour ");
  pages.text(3, 1, "à tous", 11, test::kSans);
  const auto pdf = debug_pdf(pages.done(), document_with(paragraph(1)));
  EXPECT_TRUE(contains(pdf.value, "/P <</MCID 0>> BDC"));
  EXPECT_FALSE(contains(pdf.value, "/P <</MCID 1>> BDC"));
}

TEST(ClusterText, ASpacingGlyphCarryingANonspacingMarkGivesTheMarkToTheInvisibleGlyph) {
  // Sinhala ki (ක + ි) drawn as one glyph 10 pt wide, then ma (ම).
  layout::GlyphRun run;
  run.text = "කිම";
  run.glyphs = {{7, 0, 10, 0, 0}, {8, 6, 8, 0, 0}};
  const auto glyphs = content_glyphs(run, 99u);
  ASSERT_EQ(glyphs.size(), 3u);
  EXPECT_EQ(glyphs[0].gid, 7u);
  EXPECT_EQ(glyphs[0].text, "ක");
  EXPECT_EQ(glyphs[1].gid, 99u);
  EXPECT_EQ(glyphs[1].text, "ි");
  EXPECT_TRUE(glyphs[1].invisible);
  EXPECT_DOUBLE_EQ(glyphs[1].x, 10);  // where the glyph ends
  EXPECT_EQ(glyphs[2].text, "ම");
  EXPECT_DOUBLE_EQ(glyphs[2].x, 10);
  // Without an invisible glyph, and in right-to-left runs, glyphs keep their whole text.
  EXPECT_EQ(content_glyphs(run, std::nullopt).size(), 2u);
  EXPECT_EQ(content_glyphs(run, std::nullopt)[0].text, "කි");
  layout::GlyphRun rtl = run;
  rtl.level = 1;
  rtl.glyphs = {{8, 6, 8, 0, 0}, {7, 0, 10, 0, 0}};
  EXPECT_EQ(content_glyphs(rtl, 99u).size(), 2u);
  // A mark that is a glyph of its own (no advance) keeps its text too.
  run.text = "e\u0301x";
  run.glyphs = {{1, 0, 5, 0, 0}, {2, 0, 0, 0, 0}, {3, 3, 5, 0, 0}};
  const auto marks = content_glyphs(run, 99u);
  ASSERT_EQ(marks.size(), 3u);
  EXPECT_EQ(marks[1].text, "\u0301");
  EXPECT_FALSE(marks[1].invisible);
}

TEST(ClusterText, LigatureGlyphCarriesItsWholeCluster) {
  layout::GlyphRun run;
  run.text = "office";
  run.glyphs = {{1, 0, 0, 0, 0}, {2, 1, 0, 0, 0}, {3, 4, 0, 0, 0}, {4, 5, 0, 0, 0}};
  EXPECT_EQ(glyph_texts(run), (std::vector<std::string>{"o", "ffi", "c", "e"}));
}

TEST(ClusterText, SeveralGlyphsShareTheirClusterInLogicalOrder) {
  layout::GlyphRun run;
  run.text = "e\u0301x";  // e + combining acute drawn as two glyphs, then x
  run.glyphs = {{1, 0, 0, 0, 0}, {2, 0, 0, 0, 0}, {3, 3, 0, 0, 0}};
  EXPECT_EQ(glyph_texts(run), (std::vector<std::string>{"e", "\u0301", "x"}));
  run.text = "e";
  run.glyphs = {{1, 0, 0, 0, 0}, {2, 0, 0, 0, 0}};
  EXPECT_EQ(glyph_texts(run), (std::vector<std::string>{"e", ""}));
}

TEST(ClusterText, RightToLeftRunsHaveDescendingClusters) {
  layout::GlyphRun run;
  run.text = "سلام";  // 4 letters, 2 bytes each; visual order is the reverse
  run.level = 1;
  run.glyphs = {{4, 6, 0, 0, 0}, {3, 4, 0, 0, 0}, {2, 2, 0, 0, 0}, {1, 0, 0, 0, 0}};
  EXPECT_EQ(glyph_texts(run), (std::vector<std::string>{"م", "ا", "ل", "س"}));
  // Two glyphs in one cluster (a letter and its mark drawn apart): the logically first one,
  // the rightmost, takes the code point.
  run.glyphs = {{4, 6, 0, 0, 0}, {3, 4, 0, 0, 0}, {2, 2, 0, 0, 0}, {5, 2, 0, 0, 0}, {1, 0, 0, 0, 0}};
  EXPECT_EQ(glyph_texts(run), (std::vector<std::string>{"م", "ا", "", "ل", "س"}));
}

TEST(ClusterText, ARightToLeftRunOfPunctuationAloneIsDrawnInLogicalOrder) {
  // ")," after a Latin word in an Arabic line: visual order is "," then ")"; pdf.js would read
  // the item as it is drawn, so it is drawn right to left.
  layout::GlyphRun run;
  run.text = "),";
  run.level = 1;
  run.glyphs = {{2, 1, 3, 0, 0}, {1, 0, 4, 0, 0}};
  const auto glyphs = content_glyphs(run, 99u);
  ASSERT_EQ(glyphs.size(), 2u);
  EXPECT_EQ(glyphs[0].gid, 1u);
  EXPECT_DOUBLE_EQ(glyphs[0].x, 3);  // at its place on the page
  EXPECT_EQ(glyphs[1].gid, 2u);
  EXPECT_DOUBLE_EQ(glyphs[1].x, 0);
  // With a letter the run is one item pdf.js turns itself: visual order.
  run.text = "،ب";
  run.glyphs = {{2, 2, 3, 0, 0}, {1, 0, 4, 0, 0}};
  EXPECT_EQ(content_glyphs(run, 99u)[0].gid, 2u);
}

TEST(PageWriter, AWordFinalMarkARightToLeftRunBeginsWithIsASequenceAfterTheRest) {
  // "جداً" (very), drawn from its left end: its last letters' marks come first. pdf.js compares
  // no position for a mark, so the line end before the word would be read after it.
  test::TestPages pages("ar", "عنوان");
  pages.tag(1, "P");
  pages.text(2, 1, "جداً", 11, test::kArabic, true);
  model::Block block = paragraph(1);
  block.info.lang = "ar";
  const auto pdf = debug_pdf(pages.done(), document_with(std::move(block)));
  EXPECT_TRUE(pdf.warnings.empty());
  // The letters, then the mark alone; the element reads the letters first.
  EXPECT_TRUE(contains(pdf.value, "/P <</MCID 1>> BDC"));
  EXPECT_FALSE(contains(pdf.value, "/P <</MCID 2>> BDC"));
  EXPECT_EQ(kids_of_first_p(pdf.value), "/K[ 0 1]");
}

TEST(StandardType, OnlyIso32000Types) {
  EXPECT_EQ(standard_type("BlockQuote"), "BlockQuote");
  EXPECT_EQ(standard_type("Sect"), "Sect");
  EXPECT_FALSE(standard_type("Aside"));
  EXPECT_FALSE(standard_type("p"));
}

}  // namespace
}  // namespace folio::pdf
