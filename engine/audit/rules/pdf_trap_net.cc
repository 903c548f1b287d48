#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfTrapNet{{"pdf.trap-net", RuleFormat::pdf, Severity::error, "7.18.2", "28-007", "",
                      "The document has no TrapNet annotations.",
                      "Remove TrapNet annotations."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfTrapNet.rule;
  for (const Annotation& a : m.annots) {
    if (a.subtype == "TrapNet") out.report(rule, "a TrapNet annotation", a.page + 1, object_number(a.dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
