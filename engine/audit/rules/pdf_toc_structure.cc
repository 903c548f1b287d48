#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfTocStructure{{"pdf.toc-structure", RuleFormat::pdf, Severity::error, "7.2", "09-006", "1.3.1",
                      "Tables of contents nest as PDF requires: TOC > (Caption, TOC, TOCI); TOCI inside TOC.",
                      "Put each TOCI inside a TOC, and only TOC, TOCI and a leading Caption inside a TOC."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfTocStructure.rule;
  auto type = [&](int i) { return i < 0 ? std::string() : m.elems[i].std_type; };
  for (const Element& e : m.elems) {
    if (e.std_type == "TOC") {
      for (std::size_t k = 0; k < e.children.size(); ++k) {
        const std::string c = type(e.children[k]);
        if (c == "Caption" && k != 0) out.report(rule, "a TOC Caption is not the first child", e.page + 1, e.object);
        if (c != "TOC" && c != "TOCI" && c != "Caption") {
          out.report(rule, "a TOC contains a /" + m.elems[e.children[k]].type + " element", e.page + 1, e.object);
        }
      }
    } else if (e.std_type == "TOCI" && type(e.parent) != "TOC") {
      out.report(rule, "a TOCI is not inside a TOC", e.page + 1, e.object);
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
