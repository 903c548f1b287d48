#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfHeadingFirst{{"pdf.heading-first", RuleFormat::pdf, Severity::error, "7.4.2", "14-002", "1.3.1",
                      "With numbered headings, the first heading is H1.",
                      "Start the heading hierarchy at H1."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfHeadingFirst.rule;
  for (const Element& e : m.elems) {
    if (e.std_type.size() == 2 && e.std_type[0] == 'H' && e.std_type[1] >= '1' && e.std_type[1] <= '6') {
      if (e.std_type != "H1") out.report(rule, "the first heading is " + e.std_type + ", not H1", e.page + 1, e.object);
      return;
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
