#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfLinkTagged{{"pdf.link-tagged", RuleFormat::pdf, Severity::error, "7.18.5", "28-011", "2.4.4",
                      "Every presented Link annotation is a content item of a Link element (its /StructParent leads there).",
                      "Reference the annotation from a Link element with an OBJR and give it /StructParent."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfLinkTagged.rule;
  for (const Annotation& a : m.annots) {
    if (a.subtype != "Link" || !a.presented()) continue;
    if (a.element >= 0 && m.elems[a.element].std_type == "Link") continue;
    out.report(rule,
               a.element >= 0 ? "a Link annotation's /StructParent leads to a /" + m.elems[a.element].type + " element, not a Link"
                              : "a Link annotation is not a content item of a Link element (no /StructParent into the parent tree)",
               a.page + 1, object_number(a.dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
