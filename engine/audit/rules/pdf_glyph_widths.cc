#include "audit/rules/pdf_rules.h"

#include <sstream>

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfGlyphWidths{{"pdf.glyph-widths", RuleFormat::pdf, Severity::error, "7.21.5", "31-016", "",
                      "For every rendered glyph, the width in the font dictionary (/Widths, /W, /DW, /MissingWidth) and the advance in the embedded program agree within 1/1000 em.",
                      "Write the widths from the embedded program (hmtx, CFF or Type 1 charstrings) into the font dictionary."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfGlyphWidths.rule;
  for (const auto& [dict, f] : m.font_facts) {
    if (f.widths.empty()) continue;
    const WidthMismatch& w = f.widths.front();
    std::ostringstream message;
    message << "font /" << f.base_font << ": code " << w.code << " is " << w.dictionary << " wide in the dictionary but "
            << w.program << " in the font program";
    if (f.widths.size() > 1) message << " (" << f.widths.size() << " codes differ)";
    out.report(rule, message.str(), m.fonts.at(dict).page + 1, object_number(dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
