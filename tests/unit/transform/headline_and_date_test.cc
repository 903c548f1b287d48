#include <gtest/gtest.h>

#include "transform/outline.h"
#include "transform/shown_date.h"

namespace folio::transform {
namespace {

namespace m = model;

m::Block heading(int level, const std::string& text) {
  m::Block b;
  b.node = m::Heading{level, {m::make_text(text)}};
  return b;
}

m::Block paragraph(const std::string& text, m::Role role = m::Role::none) {
  m::Block b;
  b.role = role;
  b.node = m::Paragraph{{m::make_text(text)}};
  return b;
}

TEST(Headline, OpeningLevelOneHeadingBecomesTheHeadline) {
  m::Document doc;
  doc.metadata.title = "Autre chose";
  doc.blocks = {heading(1, "La une"), paragraph("Texte."), heading(1, "Section")};
  EXPECT_TRUE(ensure_headline(doc, false).empty());
  EXPECT_EQ(doc.blocks[0].role, m::Role::headline);
  EXPECT_EQ(doc.blocks[2].role, m::Role::none);
}

TEST(Headline, LowerHeadingThatSaysTheTitleBecomesTheHeadline) {
  m::Document doc;
  doc.metadata.title = "La une";
  doc.blocks = {paragraph("Chapeau."), heading(1, "La une"), paragraph("Texte.")};
  EXPECT_TRUE(ensure_headline(doc, false).empty());
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[1].role, m::Role::headline);
}

TEST(Headline, SourceTitleIsShownWhenNothingElseIs) {
  m::Document doc;
  doc.metadata.title = "Rapport annuel";
  doc.blocks = {paragraph("Texte.")};
  const auto diags = ensure_headline(doc, false);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].code, "outline.headline-from-title");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].role, m::Role::headline);
  EXPECT_EQ(m::plain_text(doc.blocks[0]), "Rapport annuel");
}

TEST(Headline, DerivedTitleAndExistingHeadlineAreLeftAlone) {
  m::Document derived;
  derived.metadata.title = "The board met today.";
  derived.blocks = {paragraph("The board met today. It agreed.")};
  EXPECT_TRUE(ensure_headline(derived, true).empty());
  EXPECT_EQ(derived.blocks.size(), 1u);

  m::Document headed;
  headed.metadata.title = "T";
  headed.blocks = {paragraph("Une", m::Role::headline), heading(1, "Section")};
  EXPECT_TRUE(ensure_headline(headed, false).empty());
  EXPECT_EQ(headed.blocks[1].role, m::Role::none);
}

TEST(ShownDate, LongFormInTheDocumentsLanguage) {
  EXPECT_EQ(long_date("2009-02-14", "fr"), "14 février 2009");
  EXPECT_EQ(long_date("2009-02-14", "en"), "February 14, 2009");
  EXPECT_EQ(long_date("2009-02-14", "de"), "14. Februar 2009");
  EXPECT_EQ(long_date("2009-02-14", "zh-Hant"), "2009年2月14日");
  EXPECT_EQ(long_date("2009-02-14T23:30:00+05:00", "en"), "February 14, 2009");  // the calendar day as written
  EXPECT_EQ(long_date("2021-02-30", "en"), std::nullopt);
  EXPECT_EQ(long_date("2021", "en"), std::nullopt);
  EXPECT_EQ(long_date("", "en"), std::nullopt);
}

TEST(ShownDate, DateOfTheMetadataGoesUnderTheHeadline) {
  m::Document doc;
  doc.metadata.language = "fr";
  doc.metadata.date = "2026-03-12";
  doc.metadata.place = "Lyon";
  doc.blocks = {heading(1, "La une"), paragraph("Sous-titre", m::Role::subheadline), paragraph("Texte.")};
  doc.blocks[0].role = m::Role::headline;
  const auto diags = show_date(doc);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].code, "release.date-shown");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[2].role, m::Role::dateline);
  EXPECT_EQ(m::plain_text(doc.blocks[2]), "Lyon, 12 mars 2026");
}

TEST(ShownDate, DateAlreadyShownIsNotRepeated) {
  m::Document dateline;
  dateline.metadata.date = "2026-03-12";
  dateline.blocks = {heading(1, "La une"), paragraph("Paris, le 12 mars 2026 –", m::Role::dateline)};
  EXPECT_TRUE(show_date(dateline).empty());

  m::Document in_lead;
  in_lead.metadata.language = "en";
  in_lead.metadata.date = "2005-10-13";
  in_lead.blocks = {heading(1, "Town hall"), paragraph("On October 13, 2005 the senator met voters.")};
  EXPECT_TRUE(show_date(in_lead).empty());
  EXPECT_EQ(in_lead.blocks.size(), 2u);

  m::Document undated;
  undated.blocks = {heading(1, "La une")};
  EXPECT_TRUE(show_date(undated).empty());
}

}  // namespace
}  // namespace folio::transform
