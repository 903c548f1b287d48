#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfNotdef{{"pdf.notdef", RuleFormat::pdf, Severity::error, "7.21.8", "31-030", "",
                      "No text operator shows the .notdef glyph, in any rendering mode (a code mapped to glyph 0, to the name .notdef, or to a glyph the program lacks).",
                      "Use a font that has glyphs for the text, or drop the characters the font cannot show."},
                     check};

namespace {
void check(const Model& m, Reporter& out) { report_font_codes(m, out, kPdfNotdef.rule, &FontFacts::notdef, "shows .notdef for"); }
}  // namespace

}  // namespace folio::audit::pdf
