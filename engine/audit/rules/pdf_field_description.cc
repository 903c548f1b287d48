#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfFieldDescription{{"pdf.field-description", RuleFormat::pdf, Severity::error, "7.18.1", "28-005", "4.1.2",
                      "Every presented form field has a non-empty /TU, or the Form elements of its widgets a non-empty /Alt.",
                      "Add /TU (the accessible name) to each form field."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfFieldDescription.rule;
  for (const Annotation& a : m.annots) {
    if (a.subtype != "Widget" || !a.presented()) continue;
    if (a.element >= 0 && has_text(get(m, m.elems[a.element].dict, "Alt"))) continue;
    // The field is the widget itself when merged with it (it has /T or no /Parent), else its
    // /Parent; a /TU up the field hierarchy names the field group the widget belongs to.
    const PdfObject* field = get(m, a.dict, "T") != nullptr || get(m, a.dict, "Parent") == nullptr ? a.dict : get(m, a.dict, "Parent");
    bool described = false;
    for (int depth = 0; field != nullptr && depth < 32 && !described; ++depth, field = get(m, field, "Parent")) {
      described = has_text(get(m, field, "TU"));
    }
    if (!described) out.report(rule, "a form field has no non-empty /TU and its widget's element no /Alt", a.page + 1, object_number(a.dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
