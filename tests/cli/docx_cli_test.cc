// `folio convert`, `inspect` and `audit` of Word documents, run as a user runs them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <set>

#include "../unit/read_docx/docx_fixture.h"
#include "run_folio.h"

namespace folio::test {
namespace {

TEST(CliDocx, ConvertsToEveryFormatWithThePicturesInside) {
  ScratchDir dir;
  dir.write("in/images.docx", docx_fixture("images"));
  // Run from elsewhere than the input's folder: the pictures come from inside the package.
  const CliRun r = run_folio({"convert", "in/images.docx", "-o", "out/"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string pdf = read_file(dir.path() / "out/images.pdf");
  std::size_t images = 0;
  for (std::size_t at = pdf.find("/Subtype/Image"); at != std::string::npos; at = pdf.find("/Subtype/Image", at + 1)) ++images;
  EXPECT_EQ(images, 5u);  // tram, rule, depot, ticket, map; the chart has only its description
  EXPECT_EQ(r.err.find("layout.image-not-local"), std::string::npos) << r.err;
  const std::string epub = read_file(dir.path() / "out/images.epub");
  EXPECT_NE(epub.find("\x89PNG", 0), std::string::npos);
  const std::string text = read_file(dir.path() / "out/images.txt");
  EXPECT_NE(text.find("[Tram car 12 in green and cream livery outside the depot hall]"), std::string::npos) << text;
  EXPECT_NE(r.err.find("images.docx/word/document.xml:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("[docx.image-alt-missing]"), std::string::npos) << r.err;
}

TEST(CliDocx, InspectShowsTheModel) {
  ScratchDir dir;
  dir.write("runs.docx", docx_fixture("runs"));
  const CliRun r = run_folio({"inspect", "runs.docx", "--no-spans"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("span lang=fr-FR"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("paragraph lang=ar-EG dir=rtl"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("language \"en-GB\""), std::string::npos) << r.out;
}

TEST(CliDocx, AuditFindsWhatWordsAccessibilityCheckerWould) {
  ScratchDir dir;
  std::vector<std::string> args{"audit", "--format", "json"};
  for (const char* name : {"headings", "images", "links", "runs", "tables"}) {
    dir.write(std::string(name) + ".docx", docx_fixture(name));
    args.push_back(std::string(name) + ".docx");
  }
  const CliRun r = run_folio(args, dir.path());
  EXPECT_EQ(r.exit_code, 3) << r.out << r.err;  // a missing alt text is an error
  const auto json = nlohmann::json::parse(r.out);
  std::map<std::string, std::set<std::string>> rules;  // file → rules
  for (const auto& report : json.at("reports")) {
    for (const auto& finding : report.at("findings")) rules[report.at("file")].insert(finding.at("rule"));
    EXPECT_EQ(report.at("format"), "source");
  }
  EXPECT_TRUE(rules["headings.docx"].contains("source.heading-empty"));
  EXPECT_TRUE(rules["headings.docx"].contains("source.heading-skipped"));
  EXPECT_TRUE(rules["images.docx"].contains("source.image-alt"));
  EXPECT_TRUE(rules["links.docx"].contains("source.link-text"));
  EXPECT_TRUE(rules["runs.docx"].contains("source.colour-only"));
  EXPECT_TRUE(rules["tables.docx"].contains("source.table-headers"));
  EXPECT_FALSE(rules["runs.docx"].contains("source.image-alt"));
}

TEST(CliDocx, FromDocxAndUnreadablePackagesAreOneLine) {
  ScratchDir dir;
  dir.write("release.bin", docx_fixture("quotes"));
  const CliRun from = run_folio({"convert", "release.bin", "--from", "docx", "--to", "txt", "-o", "-"}, dir.path());
  ASSERT_EQ(from.exit_code, 0) << from.err;
  EXPECT_NE(from.out.find("Museum opens its timetable data"), std::string::npos) << from.out;

  dir.write("notes.docx", "These are plain notes, not a Word file.\n");
  const CliRun text = run_folio({"convert", "notes.docx", "--to", "txt", "-o", "-"}, dir.path());
  EXPECT_EQ(text.exit_code, 2);
  ASSERT_EQ(text.err_lines().size(), 1u) << text.err;
  EXPECT_NE(text.err.find("notes.docx: error: not a readable DOCX (ZIP) archive"), std::string::npos) << text.err;
  EXPECT_TRUE(dir.list().size() == 2);  // nothing written
}

}  // namespace
}  // namespace folio::test
