#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfFontSubsetList{{"pdf.font-subset-list", RuleFormat::pdf, Severity::error, "7.21.4.2", "31-012", "",
                      "A CharSet (Type 1) or CIDSet (CIDFont) in a font descriptor lists every glyph of the embedded program.",
                      "Write the complete CharSet or CIDSet, or leave the entry out."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfFontSubsetList.rule;
  for (const auto& [dict, f] : m.font_facts) {
    if (!f.subset_list_problem.empty()) {
      out.report(rule, "font /" + f.base_font + ": " + f.subset_list_problem, m.fonts.at(dict).page + 1, object_number(dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
