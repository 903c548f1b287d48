#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfAnnotTagged{{"pdf.annot-tagged", RuleFormat::pdf, Severity::error, "7.18.1", "28-002", "1.3.1",
                      "Every visible annotation other than Link, Widget, PrinterMark and Popup sits in an Annot element.",
                      "Tag each annotation with an Annot structure element (OBJR) and give it /StructParent."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfAnnotTagged.rule;
  for (const Annotation& a : annotations(m)) {
    if (a.subtype == "Link" || a.subtype == "Widget" || a.subtype == "PrinterMark" || a.subtype == "Popup") continue;
    if (!a.visible) continue;
    if (a.element < 0 || m.elems[a.element].std_type != "Annot") {
      out.report(rule, "a " + a.subtype + " annotation is not inside an Annot element", a.page + 1, object_number(a.dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
