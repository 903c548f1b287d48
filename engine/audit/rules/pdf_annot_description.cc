#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfAnnotDescription{{"pdf.annot-description", RuleFormat::pdf, Severity::error, "7.18.1", "28-004", "1.1.1",
                      "Every presented annotation other than Widget, PrinterMark and Popup has a non-empty /Contents or a non-empty /Alt on its element.",
                      "Add /Contents to the annotation describing it."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfAnnotDescription.rule;
  // Widgets are described by their field's /TU (pdf.field-description); Popups carry their parent's
  // text; PrinterMarks are artifacts. A Link needs /Contents besides (7.18.5, pdf.link-contents).
  for (const Annotation& a : m.annots) {
    if (a.subtype == "Widget" || a.subtype == "Popup" || a.subtype == "PrinterMark") continue;
    if (!a.presented()) continue;
    if (has_text(get(m, a.dict, "Contents"))) continue;
    if (a.element >= 0 && has_text(get(m, m.elems[a.element].dict, "Alt"))) continue;
    out.report(rule, "a " + a.subtype + " annotation has no non-empty /Contents and its element no non-empty /Alt", a.page + 1,
               object_number(a.dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
