#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfTabOrder{{"pdf.tab-order", RuleFormat::pdf, Severity::error, "7.18.3", "28-008", "2.4.3",
                      "Every page with annotations has /Tabs /S.",
                      "Set /Tabs /S on every page that has annotations."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfTabOrder.rule;
  for (const Page& page : m.pages) {
    const auto* annots = array_of(get(m, page.dict, "Annots"));
    if (annots == nullptr || annots->empty()) continue;
    if (name_of(get(m, page.dict, "Tabs")) != "S") out.report(rule, "a page with annotations lacks /Tabs /S", page.number, page.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
