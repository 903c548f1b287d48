// Golden tests: each fixture is written, read back with poppler and compared as text (tag tree,
// metadata, XMP, fonts).
#include <gtest/gtest.h>

#include "pdf_tools.h"
#include "release_fixture.h"
#include "support/golden.h"
#include "writers/pdf/write_pdf.h"

namespace folio::pdf {
namespace {

struct GoldenCase {
  const char* name;
  test::Part part;
};

void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.name; }

class WritePdfGolden : public ::testing::TestWithParam<GoldenCase> {};

void check(const test::Fixture& fixture, const std::string& name) {
  if (!test::have("pdfinfo") || !test::have("pdffonts")) GTEST_SKIP() << "poppler-utils not installed";
  const auto result = write_pdf(fixture.pages, fixture.document, PdfOptions{false, 1710500000, false});
  ASSERT_FALSE(result.value.empty());
  const auto path = test::write_temp(name + ".pdf", result.value);
  std::string text = test::read_back(path);
  for (const auto& warning : result.warnings) text += "warning " + warning.code + ": " + warning.message + "\n";
  folio::test::expect_golden(text, "write_pdf/" + name + ".txt");
}

TEST_P(WritePdfGolden, TagTreeAndMetadata) { check(test::make_fixture(GetParam().part), GetParam().name); }

INSTANTIATE_TEST_SUITE_P(Parts, WritePdfGolden,
                         ::testing::Values(GoldenCase{"headings_and_link", test::Part::headings_and_link},
                                           GoldenCase{"list", test::Part::list}, GoldenCase{"quote", test::Part::quote},
                                           GoldenCase{"table", test::Part::table},
                                           GoldenCase{"figure", test::Part::figure},
                                           GoldenCase{"arabic_span", test::Part::arabic_span},
                                           GoldenCase{"two_pages", test::Part::two_pages}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(WritePdfGoldenRelease, WholeRelease) { check(test::make_release(), "release"); }

TEST(WritePdfGoldenRelease, ReleaseWithoutAlt) { check(test::make_release_without_alt(), "release_without_alt"); }

}  // namespace
}  // namespace folio::pdf
