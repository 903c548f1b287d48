#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfLinkContents{{"pdf.link-contents", RuleFormat::pdf, Severity::error, "7.18.5", "28-012", "2.4.4",
                      "Every Link annotation has a /Contents description.",
                      "Add /Contents with the link purpose to each Link annotation."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfLinkContents.rule;
  for (const Annotation& a : annotations(m)) {
    if (a.subtype != "Link") continue;
    const auto contents = text_of(get(m, a.dict, "Contents"));
    if (!contents || contents->empty()) out.report(rule, "a Link annotation has no /Contents", a.page + 1, object_number(a.dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
