#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfHeadingMixed{{"pdf.heading-mixed", RuleFormat::pdf, Severity::error, "7.4.4", "14-007", "1.3.1",
                      "Headings are either all H (at most one per node) or all H1-H6.",
                      "Use only numbered headings (H1-H6), or one H per structural node."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfHeadingMixed.rule;
  bool numbered = false;
  bool unnumbered = false;
  std::map<int, int> h_per_parent;
  for (const Element& e : m.elems) {
    if (e.std_type == "H") {
      unnumbered = true;
      if (++h_per_parent[e.parent] == 2) out.report(rule, "a structure node has more than one H child", e.page + 1, e.object);
    } else if (e.std_type.size() == 2 && e.std_type[0] == 'H' && e.std_type[1] >= '1' && e.std_type[1] <= '6') {
      numbered = true;
    }
  }
  if (numbered && unnumbered) out.report(rule, "the document mixes H with H1-H6 headings");
}
}  // namespace

}  // namespace folio::audit::pdf
