#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfDisplayDocTitle{{"pdf.display-doc-title", RuleFormat::pdf, Severity::error, "7.1", "07-001", "2.4.2",
                      "The viewer shows the document title: /ViewerPreferences /DisplayDocTitle true.",
                      "Set /ViewerPreferences << /DisplayDocTitle true >> in the catalog."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfDisplayDocTitle.rule;
  const PdfObject* prefs = get(m, m.catalog, "ViewerPreferences");
  const PdfObject* flag = get(m, prefs, "DisplayDocTitle");
  if (flag == nullptr || !flag->IsBool() || !flag->GetBool()) {
    out.report(rule, "/ViewerPreferences /DisplayDocTitle is not true");
  }
}
}  // namespace

}  // namespace folio::audit::pdf
