#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfLinkTagged{{"pdf.link-tagged", RuleFormat::pdf, Severity::error, "7.18.5", "28-011", "2.4.4",
                      "Every Link annotation belongs to a Link structure element.",
                      "Reference the annotation from a Link element with an OBJR and give it /StructParent."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfLinkTagged.rule;
  for (const Annotation& a : annotations(m)) {
    if (a.subtype != "Link") continue;
    if (a.element < 0 || m.elems[a.element].std_type != "Link") {
      out.report(rule, "a Link annotation is not inside a Link element", a.page + 1, object_number(a.dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
