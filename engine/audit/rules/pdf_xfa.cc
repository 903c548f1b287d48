#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfXfa{{"pdf.xfa", RuleFormat::pdf, Severity::error, "7.15", "25-001", "",
                      "The document has no dynamic XFA form.",
                      "Convert the XFA form to an AcroForm."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfXfa.rule;
  const PdfObject* form = get(m, m.catalog, "AcroForm");
  if (get(m, form, "XFA") != nullptr) out.report(rule, "the AcroForm holds an /XFA form");
}
}  // namespace

}  // namespace folio::audit::pdf
