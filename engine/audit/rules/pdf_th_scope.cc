#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfThScope{{"pdf.th-scope", RuleFormat::pdf, Severity::warning, "7.5", "15-003", "1.3.1",
                      "In a table without Headers/IDs, every TH has a /Scope attribute.",
                      "Add /A << /O /Table /Scope /Column >> (or /Row, /Both) to each TH."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfThScope.rule;
  // A warning: veraPDF leaves 7.5 to the Headers/IDs algorithm, which a missing Scope alone does not break.
  for (std::size_t i = 0; i < m.elems.size(); ++i) {
    const Element& e = m.elems[i];
    if (e.std_type != "TH") continue;
    bool scoped = false;
    const PdfObject* attrs = get(m, e.dict, "A");
    auto look = [&](const PdfObject* a) {
      if (is_dict(a) && get(m, a, "Scope") != nullptr) scoped = true;
    };
    if (const auto* arr = array_of(attrs)) {
      for (const PdfObject& a : *arr) look(resolve(m, &a));
    } else {
      look(attrs);
    }
    if (!scoped && get(m, e.dict, "ID") == nullptr) out.report(rule, "a TH has no /Scope", e.page + 1, e.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
