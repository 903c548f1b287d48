// Reports: JSON schema fields, text grouping, rule list, exit codes.
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "audit/audit.h"
#include "audit/report.h"
#include "audit/rule.h"
#include "pdf_builder.h"
#include "support/golden.h"
#include "support/paths.h"

namespace folio::audit {
namespace {

std::vector<const Rule*> every_rule() { return sorted_rules({epub_and_source_rules(), pdf_rule_list()}); }

Report sample() {
  Report r{"a.pdf", "pdf", {}};
  r.findings.push_back(make_finding(*find_rule(pdf_rule_list(), "pdf.link-contents"), "a Link annotation has no /Contents", {"a.pdf", "", 2, 14, 0, 0}));
  return r;
}

TEST(AuditReport, JsonHasTheVersionedSchema) {
  const std::vector<Report> reports{sample()};
  const auto j = nlohmann::json::parse(render_json(reports));
  EXPECT_EQ(j["version"], kReportSchemaVersion);
  EXPECT_EQ(j["format"], "pdf");
  const auto& f = j["findings"][0];
  EXPECT_EQ(f["rule"], "pdf.link-contents");
  EXPECT_EQ(f["severity"], "error");
  EXPECT_EQ(f["clause"], "7.18.5");
  EXPECT_EQ(f["matterhorn"], "28-012");
  EXPECT_EQ(f["location"]["page"], 2);
  EXPECT_EQ(f["location"]["object"], 14);
}

TEST(AuditReport, TextGroupsByRule) {
  const std::vector<Report> reports{sample()};
  const std::string text = render_text(reports);
  EXPECT_NE(text.find("error pdf.link-contents [ISO 14289-1 7.18.5, Matterhorn 28-012"), std::string::npos) << text;
  EXPECT_NE(text.find("a.pdf p.2 obj 14: a Link annotation has no /Contents"), std::string::npos) << text;
  // The rule's requirement and fix come with the finding: the report needs no rule table.
  const Rule& rule = *find_rule(pdf_rule_list(), "pdf.link-contents");
  EXPECT_NE(text.find("    " + std::string(rule.description) + "\n    hint: " + std::string(rule.hint)), std::string::npos) << text;
}

TEST(AuditReport, RuleListIsCompleteAndUnique) {
  const auto j = nlohmann::json::parse(render_rules(every_rule(), true));
  std::set<std::string> ids;
  for (const auto& r : j["rules"]) EXPECT_TRUE(ids.insert(r["id"].get<std::string>()).second);
  EXPECT_EQ(ids.size(), every_rule().size());
  for (const Rule* r : pdf_rule_list()) EXPECT_EQ(r->format, RuleFormat::pdf) << r->id;
  for (const Rule* r : epub_and_source_rules()) EXPECT_NE(r->format, RuleFormat::pdf) << r->id;
  EXPECT_GT(ids.size(), 60u);
}

TEST(AuditReport, ExitCodes) {
  const std::vector<Report> clean{Report{"a", "pdf", {}}};
  const std::vector<Report> dirty{sample()};
  EXPECT_EQ(exit_code(clean, Severity::error, false), 0);
  EXPECT_EQ(exit_code(dirty, Severity::error, false), 3);
  EXPECT_EQ(exit_code(dirty, Severity::error, true), 2);
  Report warn{"w", "source", {make_finding(*find_rule(epub_and_source_rules(), "source.all-caps"), "m", {})}};
  const std::vector<Report> warned{warn};
  EXPECT_EQ(exit_code(warned, Severity::error, false), 0);
  EXPECT_EQ(exit_code(warned, Severity::warning, false), 3);
  EXPECT_EQ(parse_fail_on("warning"), Severity::warning);
  EXPECT_FALSE(parse_fail_on("fatal"));
}

}  // namespace
}  // namespace folio::audit

namespace folio::audit {
namespace {

TEST(AuditReport, RulesDocListsEveryRule) {
  const std::string doc = folio::test::read_file(folio::test::source_dir() / "docs" / "audit-rules.md");
  for (const Rule* rule : sorted_rules({epub_and_source_rules(), pdf_rule_list()})) {
    EXPECT_NE(doc.find("`" + std::string(rule->id) + "`"), std::string::npos) << rule->id << " is missing from docs/audit-rules.md";
  }
}

TEST(AuditReport, GoldenJsonForAnUndescribedLink) {
  test::PdfBuilder b = test::clean_pdf();
  b.edit(3, "/Tabs /S", "/Tabs /S /Annots [12 0 R]");
  b.objects[12] = "<< /Type /Annot /Subtype /Link /Rect [10 10 50 30] /StructParent 1 /A << /S /URI /URI (https://example.org) >> >>";
  const std::vector<Report> reports{audit_pdf(b.bytes(), "link.pdf")};
  folio::test::expect_golden(render_json(reports), "audit/link-without-contents.json");
}

}  // namespace
}  // namespace folio::audit
