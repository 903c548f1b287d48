#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfSuspects{{"pdf.suspects", RuleFormat::pdf, Severity::error, "7.1", "01-007", "1.3.1",
                      "/MarkInfo /Suspects is absent or false.",
                      "Check the tagging and remove /Suspects true from /MarkInfo."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfSuspects.rule;
  const PdfObject* flag = get(m, get(m, m.catalog, "MarkInfo"), "Suspects");
  if (flag != nullptr && flag->IsBool() && flag->GetBool()) out.report(rule, "/MarkInfo /Suspects is true");
}
}  // namespace

}  // namespace folio::audit::pdf
