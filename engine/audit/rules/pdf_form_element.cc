#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfFormElement{{"pdf.form-element", RuleFormat::pdf, Severity::error, "7.18.4", "", "4.1.2",
                      "A Form element without a Role attribute has one child only: the object reference of its widget (ISO 32000-1, 14.8.4.5, Table 340).",
                      "Give the Form element a single OBJR child for its widget, or a PrintField /Role attribute."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfFormElement.rule;
  for (const Element& e : m.elems) {
    if (e.std_type != "Form" || attribute(m, e, "PrintField", "Role") != nullptr) continue;
    const bool one_widget = e.children.empty() && e.mcids.empty() && e.objrs.size() == 1 &&
                            name_of(get(m, e.objrs[0], "Subtype")) == "Widget";
    if (!one_widget) out.report(rule, "a Form element without /Role has other children than one widget OBJR", e.page + 1, e.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
