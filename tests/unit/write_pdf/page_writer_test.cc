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
  EXPECT_FALSE(contains(pdf.value, "/S /Figure"));
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
  EXPECT_TRUE(contains(pdf.value, "/S /Div"));
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
  EXPECT_TRUE(contains(pdf.value, "/Lang (en)"));
}

TEST(ClusterText, LigatureGlyphCarriesItsWholeCluster) {
  layout::GlyphRun run;
  run.text = "office";
  run.glyphs = {{1, 0, 0, 0, 0}, {2, 0, 0, 0, 1}, {3, 0, 0, 0, 4}, {4, 0, 0, 0, 5}};
  EXPECT_EQ(glyph_texts(run), (std::vector<std::string>{"o", "ffi", "c", "e"}));
}

TEST(ClusterText, SeveralGlyphsShareTheirClusterInLogicalOrder) {
  layout::GlyphRun run;
  run.text = "e\u0301x";  // e + combining acute drawn as two glyphs, then x
  run.glyphs = {{1, 0, 0, 0, 0}, {2, 0, 0, 0, 0}, {3, 0, 0, 0, 3}};
  EXPECT_EQ(glyph_texts(run), (std::vector<std::string>{"e", "\u0301", "x"}));
  run.text = "e";
  run.glyphs = {{1, 0, 0, 0, 0}, {2, 0, 0, 0, 0}};
  EXPECT_EQ(glyph_texts(run), (std::vector<std::string>{"e", ""}));
}

TEST(ClusterText, RightToLeftRunsHaveDescendingClusters) {
  layout::GlyphRun run;
  run.text = "سلام";  // 4 letters, 2 bytes each; visual order is the reverse
  run.level = 1;
  run.glyphs = {{4, 0, 0, 0, 6}, {3, 0, 0, 0, 4}, {2, 0, 0, 0, 2}, {1, 0, 0, 0, 0}};
  EXPECT_EQ(glyph_texts(run), (std::vector<std::string>{"م", "ا", "ل", "س"}));
  // Two glyphs in one cluster (a letter and its mark drawn apart): the logically first one,
  // the rightmost, takes the code point.
  run.glyphs = {{4, 0, 0, 0, 6}, {3, 0, 0, 0, 4}, {2, 0, 0, 0, 2}, {5, 0, 0, 0, 2}, {1, 0, 0, 0, 0}};
  EXPECT_EQ(glyph_texts(run), (std::vector<std::string>{"م", "ا", "", "ل", "س"}));
}

TEST(StandardType, OnlyIso32000Types) {
  EXPECT_EQ(standard_type("BlockQuote"), "BlockQuote");
  EXPECT_EQ(standard_type("Sect"), "Sect");
  EXPECT_FALSE(standard_type("Aside"));
  EXPECT_FALSE(standard_type("p"));
}

}  // namespace
}  // namespace folio::pdf
