#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfStructElemParent{{"pdf.struct-elem-parent", RuleFormat::pdf, Severity::error, "7.1", "", "1.3.1",
                      "Every structure element has the /P entry naming its parent (ISO 32000-1, 14.7.2, Table 323).",
                      "Write /P in each structure element: the element or StructTreeRoot whose /K lists it."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfStructElemParent.rule;
  for (const Element& e : m.elems) {
    if (get(m, e.dict, "P") == nullptr) out.report(rule, "a /" + e.type + " element has no /P", e.page + 1, e.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
