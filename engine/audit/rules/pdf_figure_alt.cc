#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfFigureAlt{{"pdf.figure-alt", RuleFormat::pdf, Severity::error, "7.3", "13-004", "1.1.1",
                      "Every Figure has alternative text (/Alt or /ActualText).",
                      "Give each Figure element an /Alt describing the image."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfFigureAlt.rule;
  for (const Element& e : m.elems) {
    if (e.std_type != "Figure") continue;
    const auto alt = text_of(get(m, e.dict, "Alt"));
    const auto actual = text_of(get(m, e.dict, "ActualText"));
    // veraPDF 7.3-1 accepts any /ActualText (even empty) but not an empty /Alt.
    if ((!alt || alt->empty()) && !actual) {
      out.report(rule, "a Figure has no /ActualText and no non-empty /Alt", e.page + 1, e.object);
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
