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
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfNotdef.rule;
  for (const auto& [dict, f] : m.font_facts) {
    if (f.notdef.empty()) continue;
    out.report(rule, "font /" + f.base_font + " shows .notdef for code(s) " + codes_text(f.notdef), m.fonts.at(dict).page + 1,
               object_number(dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
