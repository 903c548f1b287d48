#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfMarkInfo{{"pdf.mark-info", RuleFormat::pdf, Severity::error, "6.2", "", "1.3.1",
                      "The catalog declares a tagged PDF: /MarkInfo << /Marked true >>.",
                      "Add /MarkInfo << /Marked true >> to the catalog."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfMarkInfo.rule;
  const PdfObject* flag = get(m, get(m, m.catalog, "MarkInfo"), "Marked");
  if (flag == nullptr || !flag->IsBool() || !flag->GetBool()) out.report(rule, "/MarkInfo /Marked is not true");
}
}  // namespace

}  // namespace folio::audit::pdf
