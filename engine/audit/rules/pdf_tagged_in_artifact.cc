#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfTaggedInArtifact{{"pdf.tagged-in-artifact", RuleFormat::pdf, Severity::error, "7.1", "01-004", "1.3.1",
                      "No tagged content (MCID) is nested inside an Artifact sequence.",
                      "Close the Artifact before opening tagged content."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfTaggedInArtifact.rule;
  for (const ContentProblem& p : m.content_problems) {
    if (p.issue == ContentIssue::tagged_in_artifact) out.report(rule, p.detail, p.page + 1, p.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
