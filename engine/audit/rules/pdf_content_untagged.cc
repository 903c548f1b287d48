#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfContentUntagged{{"pdf.content-untagged", RuleFormat::pdf, Severity::error, "7.1", "01-005", "1.3.1",
                      "Every text, path, image and shading operation is tagged (MCID) or an Artifact.",
                      "Wrap page content in marked-content sequences with an MCID, or mark it as /Artifact."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfContentUntagged.rule;
  for (const ContentProblem& p : m.content_problems) {
    if (p.issue == ContentIssue::untagged) out.report(rule, p.detail, p.page + 1, p.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
