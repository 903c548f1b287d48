// Source audit: one small model per rule.
#include <gtest/gtest.h>

#include <algorithm>

#include "audit/audit.h"

namespace folio::audit {
namespace {

using namespace folio::model;

Document clean() {
  Document d;
  d.metadata.title = "Release";
  d.metadata.language = "en";
  return d;
}

Block paragraph(Inlines content, std::uint32_t line = 3) {
  Block b;
  b.info.span = {"in.md", 0, 1, line, 1};
  b.node = Paragraph{std::move(content)};
  return b;
}

Block heading(int level) {
  Block b;
  b.node = Heading{level, {make_text("H")}};
  return b;
}

Inline image(std::optional<std::string> alt) {
  Inline i;
  i.node = Image{"IMG_1234.jpg", std::move(alt)};
  return i;
}

Inline link(std::string text) {
  Inline i;
  i.node = Link{"https://example.org", {make_text(std::move(text))}};
  return i;
}

bool fires(const Document& d, const std::string& id) {
  for (const Finding& f : audit_document(d, "in.md").findings) {
    if (f.rule == id) return true;
  }
  return false;
}

TEST(SourceRules, CleanDocumentHasNoFindings) {
  Document d = clean();
  d.blocks.push_back(heading(1));
  d.blocks.push_back(paragraph({make_text("Fine text "), link("the annual report")}));
  EXPECT_TRUE(audit_document(d, "in.md").findings.empty());
}

TEST(SourceRules, ImageAlt) {
  Document d = clean();
  d.blocks.push_back(paragraph({image(std::nullopt)}));
  EXPECT_TRUE(fires(d, "source.image-alt"));
}

TEST(SourceRules, ImageFilenameAlt) {
  Document d = clean();
  d.blocks.push_back(paragraph({image("IMG_1234.jpg")}));
  EXPECT_TRUE(fires(d, "source.image-filename-alt"));
}

TEST(SourceRules, HeadingSkipped) {
  Document d = clean();
  d.blocks.push_back(heading(1));
  d.blocks.push_back(heading(3));
  EXPECT_TRUE(fires(d, "source.heading-skipped"));
}

TEST(SourceRules, LinkTextInSeveralLanguages) {
  for (const char* text : {"click here", "Ici", "hier", "aquí", "здесь", "Read more…", "en savoir plus", " "}) {
    Document d = clean();
    d.blocks.push_back(paragraph({link(text)}));
    EXPECT_TRUE(fires(d, "source.link-text")) << text;
  }
}

TEST(SourceRules, TitleAndLanguage) {
  Document d;
  EXPECT_TRUE(fires(d, "source.title"));
  EXPECT_TRUE(fires(d, "source.language"));
}

TEST(SourceRules, AllCaps) {
  Document d = clean();
  d.blocks.push_back(paragraph({make_text("THIS WHOLE PARAGRAPH IS SHOUTED AT THE READER")}));
  EXPECT_TRUE(fires(d, "source.all-caps"));
}

TEST(SourceRules, TableHeaders) {
  Document d = clean();
  Block b;
  Table t;
  t.rows.push_back(TableRow{{}, {TableCell{}}});
  b.node = t;
  d.blocks.push_back(b);
  EXPECT_TRUE(fires(d, "source.table-headers"));
}

TEST(SourceRules, LocationComesFromTheSpan) {
  Document d = clean();
  d.blocks.push_back(paragraph({image(std::nullopt)}, 7));
  const auto findings = audit_document(d, "in.md").findings;
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].location.file, "in.md");
}

// What a reader or a transform noticed and the model no longer shows is a finding of its rule.
TEST(SourceRules, ReadingDiagnosticsBecomeFindings) {
  Document d = clean();
  d.blocks.push_back(heading(1));
  const base::Diagnostics read{
      base::make_warning("docx.empty-heading", {"in.docx/word/document.xml", 10, 20, 2, 11}, "an empty heading"),
      base::make_warning("docx.colour-only", {"in.docx/word/document.xml", 30, 40, 2, 31}, "text set apart by colour"),
      base::make_note("outline.heading-skipped", {"in.docx/word/document.xml", 50, 60, 2, 51}, "level 4 after 2"),
      base::make_note("outline.heading-level", {}, "renumbered, not skipped"),
      base::make_warning("docx.tracked-changes", {}, "not an accessibility finding")};
  const Report report = audit_document(d, "in.docx", read);
  std::vector<std::pair<std::string, int>> found;
  for (const Finding& f : report.findings) found.emplace_back(f.rule, f.location.column);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::pair<std::string, int>>{
                       {"source.colour-only", 31}, {"source.heading-empty", 11}, {"source.heading-skipped", 51}}));
  EXPECT_EQ(report.findings.front().location.file, "in.docx/word/document.xml");
  EXPECT_TRUE(audit_document(d, "in.docx").findings.empty());
}

}  // namespace
}  // namespace folio::audit
