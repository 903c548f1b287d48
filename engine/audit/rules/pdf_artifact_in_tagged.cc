#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfArtifactInTagged{{"pdf.artifact-in-tagged", RuleFormat::pdf, Severity::error, "7.1", "01-003", "1.3.1",
                      "No Artifact sequence is nested inside tagged content.",
                      "Close the tagged sequence before opening the Artifact."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfArtifactInTagged.rule;
  for (const ContentProblem& p : m.content_problems) {
    if (p.issue == ContentIssue::artifact_in_tagged) out.report(rule, p.detail, p.page + 1, p.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
