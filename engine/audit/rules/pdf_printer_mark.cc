#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfPrinterMark{{"pdf.printer-mark", RuleFormat::pdf, Severity::error, "7.18.8", "28-017", "",
                      "PrinterMark annotations are artifacts: none is part of the structure tree.",
                      "Remove /StructParent from PrinterMark annotations and the OBJRs that point to them."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfPrinterMark.rule;
  for (const Annotation& a : m.annots) {
    if (a.subtype != "PrinterMark") continue;
    if (a.element >= 0 || a.objr_element >= 0 || get(m, a.dict, "StructParent") != nullptr) {
      out.report(rule, "a PrinterMark annotation is included in the structure tree", a.page + 1, object_number(a.dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
