#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfListStructure{{"pdf.list-structure", RuleFormat::pdf, Severity::error, "7.2", "09-005", "1.3.1",
                      "Lists nest as PDF requires: L > (Caption, L, LI); LI > (Lbl, LBody); LBody inside LI.",
                      "Fix the list tags: items (LI) inside L, with Lbl and LBody inside each item."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfListStructure.rule;
  auto type = [&](int i) { return i < 0 ? std::string() : m.elems[i].std_type; };
  auto fail = [&](const Element& e, const std::string& what) { out.report(rule, what, e.page + 1, e.object); };
  for (const Element& e : m.elems) {
    if (e.std_type == "L") {
      for (std::size_t k = 0; k < e.children.size(); ++k) {
        const std::string c = type(e.children[k]);
        if (c == "Caption" && k != 0) fail(e, "a list Caption is not the first child of L");
        if (c != "L" && c != "LI" && c != "Caption") fail(e, "an L contains a /" + m.elems[e.children[k]].type + " element");
      }
    } else if (e.std_type == "LI") {
      if (type(e.parent) != "L") fail(e, "an LI is not inside an L");
      for (int c : e.children) {
        if (type(c) != "Lbl" && type(c) != "LBody") fail(e, "an LI contains a /" + m.elems[c].type + " element");
      }
    } else if (e.std_type == "LBody") {
      if (type(e.parent) != "LI") fail(e, "an LBody is not inside an LI");
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
