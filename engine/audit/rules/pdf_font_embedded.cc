#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfFontEmbedded{{"pdf.font-embedded", RuleFormat::pdf, Severity::error, "7.21.4.1", "31-009", "",
                      "Every font used to render text (in a rendering mode other than 3) embeds a readable font program; Type 3 fonts excepted.",
                      "Embed the font program (FontFile, FontFile2 or FontFile3) of every font the pages use."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfFontEmbedded.rule;
  for (const auto& [dict, use] : m.fonts) {
    if (!use.rendered) continue;
    auto facts = m.font_facts.find(dict);
    if (facts == m.font_facts.end() || facts->second.subtype == "Type3") continue;
    const FontFacts& f = facts->second;
    if (!f.embedded) out.report(rule, "font /" + f.base_font + " is not embedded", use.page + 1, object_number(dict));
    else if (!f.program_error.empty()) out.report(rule, "font /" + f.base_font + ": " + f.program_error, use.page + 1, object_number(dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
