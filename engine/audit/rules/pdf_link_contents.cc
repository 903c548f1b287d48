#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfLinkContents{{"pdf.link-contents", RuleFormat::pdf, Severity::error, "7.18.5", "28-012", "2.4.4",
                      "Every presented Link annotation has a non-empty /Contents describing it.",
                      "Add /Contents with the link purpose to each Link annotation."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfLinkContents.rule;
  for (const Annotation& a : m.annots) {
    if (a.subtype != "Link" || !a.presented()) continue;
    if (!has_text(get(m, a.dict, "Contents"))) out.report(rule, "a Link annotation has no non-empty /Contents", a.page + 1, object_number(a.dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
