#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfGlyphMissing{{"pdf.glyph-missing", RuleFormat::pdf, Severity::error, "7.21.4.1", "31-011", "",
                      "Every glyph referenced for rendering is defined in its embedded font program (or, for Type 3, in CharProcs).",
                      "Embed the glyphs the text uses (re-subset the font with every used glyph)."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfGlyphMissing.rule;
  for (const auto& [dict, f] : m.font_facts) {
    if (f.missing.empty()) continue;
    out.report(rule, "font /" + f.base_font + " has no glyph for code(s) " + codes_text(f.missing), m.fonts.at(dict).page + 1,
               object_number(dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
