#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfStructureLimits{{"pdf.structure-limits", RuleFormat::pdf, Severity::warning, "", "", "",
                      "The file could be read completely: no reference cycles, no nesting beyond the audit limits (a warning: a limit of the audit, not a defect the standard names).",
                      "Repair the file (for example with qpdf) and audit it again."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfStructureLimits.rule;
  std::set<std::string> seen;
  for (const std::string& what : m.integrity) {
    if (seen.insert(what).second) out.report(rule, what + "; that part was not audited");
  }
  for (const ContentProblem& p : m.content_problems) {
    if (p.issue == ContentIssue::truncated) out.report(rule, p.detail, p.page + 1, p.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
