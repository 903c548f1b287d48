#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfFieldDescription{{"pdf.field-description", RuleFormat::pdf, Severity::error, "7.18.1", "28-005", "4.1.2",
                      "Every visible form field has a /TU description (or an /Alt on its Form element).",
                      "Add /TU (the accessible name) to each form field."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfFieldDescription.rule;
  for (const Annotation& a : annotations(m)) {
    if (a.subtype != "Widget") continue;
    if (!a.visible) continue;
    const auto alt = a.element >= 0 ? text_of(get(m, m.elems[a.element].dict, "Alt")) : std::nullopt;
    bool described = alt && !alt->empty();
    const PdfObject* field = a.dict;
    for (int depth = 0; field != nullptr && depth < 32 && !described; ++depth, field = get(m, field, "Parent")) {
      described = text_of(get(m, field, "TU")).has_value();
    }
    if (!described) out.report(rule, "a form field has no /TU", a.page + 1, object_number(a.dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
