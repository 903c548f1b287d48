#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfWidgetInForm{{"pdf.widget-in-form", RuleFormat::pdf, Severity::error, "7.18.4", "28-010", "4.1.2",
                      "Every presented Widget annotation is a content item of a Form element.",
                      "Tag each form field widget with a Form element (OBJR) and give it /StructParent."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfWidgetInForm.rule;
  for (const Annotation& a : m.annots) {
    if (a.subtype != "Widget" || !a.presented()) continue;
    if (a.element >= 0 && m.elems[a.element].std_type == "Form") continue;
    out.report(rule, "a Widget annotation is not a content item of a Form element", a.page + 1, object_number(a.dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
