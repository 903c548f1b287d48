#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfFormulaAlt{{"pdf.formula-alt", RuleFormat::pdf, Severity::error, "7.7", "17-002", "1.1.1",
                      "Every Formula has alternative text (/Alt or /ActualText).",
                      "Give each Formula element an /Alt with the formula in words."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfFormulaAlt.rule;
  for (const Element& e : m.elems) {
    if (e.std_type != "Formula") continue;
    const auto alt = text_of(get(m, e.dict, "Alt"));
    const auto actual = text_of(get(m, e.dict, "ActualText"));
    // veraPDF 7.3-1 accepts any /ActualText (even empty) but not an empty /Alt.
    if ((!alt || alt->empty()) && !actual) {
      out.report(rule, "a Formula has no /Alt or /ActualText", e.page + 1, e.object);
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
