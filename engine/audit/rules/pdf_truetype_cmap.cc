#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfTruetypeCmap{{"pdf.truetype-cmap", RuleFormat::pdf, Severity::error, "7.21.6", "31-017", "",
                      "The embedded program of a simple TrueType font has the cmap PDF/UA requires: non-symbolic, a (3,1) or (1,0) subtable through which every rendered code finds its glyph; symbolic, exactly one subtable or a (3,0) one.",
                      "Embed the font with a Microsoft Unicode (3,1) cmap (text fonts) or a Microsoft Symbol (3,0) cmap (symbol fonts)."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfTruetypeCmap.rule;
  for (const auto& [dict, f] : m.font_facts) {
    if (!f.truetype_program || !m.fonts.at(dict).rendered) continue;
    const int page = m.fonts.at(dict).page + 1;
    const bool symbolic = is_symbolic(m, font_descriptor(m, dict));
    auto fail = [&](const std::string& what) { out.report(rule, "TrueType font /" + f.base_font + ": " + what, page, object_number(dict)); };
    if (!symbolic) {
      if (!f.cmap_3_1 && !f.cmap_1_0) fail("a non-symbolic font's program has neither a (3,1) nor a (1,0) cmap subtable");
      else if (!f.not_looked_up.empty()) fail("no (3,1) or (1,0) cmap lookup finds the glyph of code " + std::to_string(f.not_looked_up.front()));
    } else if (f.cmap_subtables != 1 && !f.cmap_3_0) {
      fail("a symbolic font's program has " + std::to_string(f.cmap_subtables) + " cmap subtables and no (3,0) one");
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
