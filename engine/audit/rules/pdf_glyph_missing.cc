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
void check(const Model& m, Reporter& out) { report_font_codes(m, out, kPdfGlyphMissing.rule, &FontFacts::missing, "has no glyph for"); }
}  // namespace

}  // namespace folio::audit::pdf
