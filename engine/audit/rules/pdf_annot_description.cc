#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfAnnotDescription{{"pdf.annot-description", RuleFormat::pdf, Severity::error, "7.18.1", "28-004", "1.1.1",
                      "Every visible annotation other than Widget and Popup has /Contents or an /Alt on its element.",
                      "Add /Contents to the annotation describing it."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfAnnotDescription.rule;
  for (const Annotation& a : annotations(m)) {
    if (a.subtype == "Widget" || a.subtype == "Popup" || a.subtype == "PrinterMark") continue;
    if (!a.visible) continue;
    const auto contents = text_of(get(m, a.dict, "Contents"));
    const auto alt_text = a.element >= 0 ? text_of(get(m, m.elems[a.element].dict, "Alt")) : std::nullopt;
    const bool alt = alt_text && !alt_text->empty();
    if (!contents && !alt) {
      out.report(rule, "a " + a.subtype + " annotation has no /Contents and its element no /Alt", a.page + 1, object_number(a.dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
