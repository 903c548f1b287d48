#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfAnnotTagged{{"pdf.annot-tagged", RuleFormat::pdf, Severity::error, "7.18.1", "28-002", "1.3.1",
                      "Every annotation a reader presents (not hidden, not outside the crop box), other than Link, Widget, PrinterMark and Popup, is a content item of an Annot element.",
                      "Tag each annotation with an Annot structure element (OBJR) and give it /StructParent."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfAnnotTagged.rule;
  // ISO 14289-1, 7.18.1: the element is the one the annotation's /StructParent names (ISO 32000-1,
  // 14.7.4.4); an OBJR alone, without /StructParent, leaves the annotation outside the structure.
  for (const Annotation& a : m.annots) {
    if (a.subtype == "Link" || a.subtype == "Widget" || a.subtype == "PrinterMark" || a.subtype == "Popup") continue;
    if (!a.presented()) continue;
    if (a.element >= 0 && m.elems[a.element].std_type == "Annot") continue;
    std::string why = a.element >= 0 ? "its /StructParent leads to a /" + m.elems[a.element].type + " element"
                      : a.objr_element >= 0 ? "an OBJR lists it but it has no /StructParent into the parent tree"
                                            : "no structure element holds it";
    out.report(rule, "a " + (a.subtype.empty() ? std::string("untyped") : a.subtype) + " annotation is not in an Annot element: " + why,
               a.page + 1, object_number(a.dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
