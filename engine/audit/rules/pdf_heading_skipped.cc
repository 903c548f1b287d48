#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfHeadingSkipped{{"pdf.heading-skipped", RuleFormat::pdf, Severity::error, "7.4.2", "14-003", "1.3.1",
                      "Numbered heading levels descend one at a time: no level is skipped on the way down (H2 then H4).",
                      "Use the next heading level down, or restructure the headings."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfHeadingSkipped.rule;
  // ISO 14289-1, 7.4.2: a descending sequence "shall not skip an intervening heading level";
  // headings are taken in document order (a depth-first walk of the structure tree).
  int previous = 0;
  for (const Element& e : m.elems) {
    if (!(e.std_type.size() == 2 && e.std_type[0] == 'H' && e.std_type[1] >= '1' && e.std_type[1] <= '6')) continue;
    const int level = e.std_type[1] - '0';
    if (previous > 0 && level > previous + 1) {
      out.report(rule, "heading level skips from H" + std::to_string(previous) + " to H" + std::to_string(level), e.page + 1,
                 e.object);
    }
    previous = level;
  }
}
}  // namespace

}  // namespace folio::audit::pdf
