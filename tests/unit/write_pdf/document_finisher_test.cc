#include "writers/pdf/document_finisher.h"

#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include "release_fixture.h"
#include "writers/pdf/write_pdf.h"
#include "writers/pdf/xmp_packet.h"

namespace folio::pdf {
namespace {

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

TEST(XmpPacket, ClaimsPdfUaOnlyWhenAllowed) {
  XmpFields fields;
  fields.title = "Rapport <annuel> & bilan";
  fields.language = "fr";
  fields.creators = {"Organisation"};
  fields.create_date = "2024-03-15T10:53:20Z";
  fields.producer = "folio";
  const std::string without = xmp_packet(fields);
  EXPECT_FALSE(contains(without, "pdfuaid:part>"));
  EXPECT_TRUE(contains(without, "<rdf:li xml:lang=\"x-default\">Rapport &lt;annuel&gt; &amp; bilan</rdf:li>"));
  EXPECT_TRUE(contains(without, "<dc:language><rdf:Bag><rdf:li>fr</rdf:li></rdf:Bag></dc:language>"));
  EXPECT_TRUE(contains(without, "<xmp:CreateDate>2024-03-15T10:53:20Z</xmp:CreateDate>"));
  fields.pdfua = true;
  EXPECT_TRUE(contains(xmp_packet(fields), "<pdfuaid:part>1</pdfuaid:part>"));
  EXPECT_TRUE(contains(xmp_packet(fields), "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\""));
}

TEST(DocumentFinisher, BlockersNameTheFix) {
  EXPECT_TRUE(DocumentFinisher::pdfua_blockers({true, true, {}}).empty());
  const auto blockers = DocumentFinisher::pdfua_blockers({false, false, {}});
  ASSERT_EQ(blockers.size(), 2u);
  EXPECT_EQ(blockers[0].code, "pdf.no-title");
  EXPECT_TRUE(contains(blockers[0].hint, "--title"));
  EXPECT_EQ(blockers[1].code, "pdf.no-language");
  EXPECT_TRUE(contains(blockers[1].hint, "--lang"));
}

TEST(DocumentFinisher, ContentIdentifierReplacesTheTrailerId) {
  std::string pdf = "%PDF-1.7\ntrailer\n<< /ID [ <00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF> ] >>\n";
  std::string copy = pdf;
  ASSERT_TRUE(DocumentFinisher::set_content_identifier(pdf));
  EXPECT_EQ(pdf.size(), copy.size());
  EXPECT_FALSE(contains(pdf, "00112233445566778899AABBCCDDEEFF"));
  const std::size_t first = pdf.find('<', pdf.find("/ID")) + 1;
  const std::string id = pdf.substr(first, 32);
  EXPECT_EQ(std::count(pdf.begin(), pdf.end(), id[0]) >= 2, true);
  EXPECT_TRUE(contains(pdf, "<" + id + "> <" + id + ">"));
  std::string no_id = "%PDF-1.7\ntrailer\n<< /Size 3 >>\n";
  EXPECT_FALSE(DocumentFinisher::set_content_identifier(no_id));
}

TEST(WritePdf, ClaimsPdfUaWhenTheDocumentMeetsIt) {
  const auto fixture = test::make_release();
  const auto result = write_pdf(fixture.pages, fixture.document, PdfOptions{false, 1710500000, false});
  ASSERT_FALSE(result.value.empty());
  EXPECT_TRUE(contains(result.value, "<pdfuaid:part>1</pdfuaid:part>"));
  for (const auto& warning : result.warnings) ADD_FAILURE() << warning.code << ": " << warning.message;
}

TEST(WritePdf, NoClaimAndAWarningForAFigureWithoutAlt) {
  const auto fixture = test::make_release_without_alt();
  const auto result = write_pdf(fixture.pages, fixture.document, PdfOptions{false, 1710500000, false});
  ASSERT_FALSE(result.value.empty());
  EXPECT_FALSE(contains(result.value, "pdfuaid:part>"));
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.warnings[0].code, "pdf.figure-without-alt");
  EXPECT_EQ(result.warnings[0].severity, base::Severity::warning);
  EXPECT_TRUE(contains(result.warnings[0].hint, "--alt"));

  const auto strict = write_pdf(fixture.pages, fixture.document, PdfOptions{false, 1710500000, true});
  ASSERT_EQ(strict.warnings.size(), 1u);
  EXPECT_EQ(strict.warnings[0].severity, base::Severity::error);
}

TEST(WritePdf, NoClaimWithoutTitleOrLanguage) {
  auto fixture = test::make_fixture(test::Part::quote);
  fixture.document.metadata.title.clear();
  fixture.document.metadata.language.clear();
  fixture.pages.title.clear();
  fixture.pages.lang.clear();
  const auto result = write_pdf(fixture.pages, fixture.document, PdfOptions{false, 0, false});
  EXPECT_FALSE(contains(result.value, "pdfuaid:part>"));
  ASSERT_EQ(result.warnings.size(), 2u);
  EXPECT_EQ(result.warnings[0].code, "pdf.no-title");
  EXPECT_EQ(result.warnings[1].code, "pdf.no-language");
}

TEST(WritePdf, SameInputGivesTheSameBytes) {
  const auto fixture = test::make_release();
  const PdfOptions options{false, 1710500000, false};
  const auto first = write_pdf(fixture.pages, fixture.document, options);
  const auto second = write_pdf(fixture.pages, fixture.document, options);
  ASSERT_FALSE(first.value.empty());
  EXPECT_TRUE(first.value == second.value);
  EXPECT_TRUE(contains(first.value, "(D:20240315105320Z)"));
  const auto later = write_pdf(fixture.pages, fixture.document, PdfOptions{false, 1710500001, false});
  EXPECT_FALSE(first.value == later.value);
}

TEST(WritePdf, DebugWritesUncompressedStreamsAndRestoresTheDefault) {
  const auto fixture = test::make_fixture(test::Part::headings_and_link);
  const auto debug = write_pdf(fixture.pages, fixture.document, PdfOptions{true, 0, false});
  EXPECT_TRUE(contains(debug.value, "/H1 <</MCID 0>> BDC"));
  EXPECT_TRUE(contains(debug.value, "beginbfchar"));
  EXPECT_EQ(PoDoFo::PdfStream::eDefaultFilter, PoDoFo::ePdfFilter_FlateDecode);
  const auto normal = write_pdf(fixture.pages, fixture.document, PdfOptions{false, 0, false});
  EXPECT_FALSE(contains(normal.value, "<</MCID 0>> BDC"));
  EXPECT_LT(normal.value.size(), debug.value.size());
}

TEST(WritePdf, MissingFontIsAnErrorAndItsRunsAreLeftOut) {
  auto fixture = test::make_fixture(test::Part::quote);
  fixture.pages.fonts[0].file = "/nonexistent/font.ttf";
  const auto result = write_pdf(fixture.pages, fixture.document, PdfOptions{false, 0, false});
  ASSERT_FALSE(result.warnings.empty());
  EXPECT_EQ(result.warnings[0].code, "pdf.font-unreadable");
  EXPECT_EQ(result.warnings[0].severity, base::Severity::error);
  EXPECT_FALSE(result.value.empty());
}

}  // namespace
}  // namespace folio::pdf
