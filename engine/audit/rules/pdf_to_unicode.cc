#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfToUnicode{{"pdf.to-unicode", RuleFormat::pdf, Severity::error, "7.21.7", "31-027", "",
                      "Every code shown maps to Unicode (a ToUnicode entry, or a standard encoding, Adobe glyph names, an Adobe CJK collection, a non-symbolic TrueType font), and no ToUnicode value is U+0000, U+FEFF or U+FFFE.",
                      "Add a ToUnicode CMap to the font that maps every used code to real characters."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfToUnicode.rule;
  for (const auto& [dict, f] : m.font_facts) {
    const int page = m.fonts.at(dict).page + 1;
    if (f.no_unicode_map) {
      out.report(rule, "font /" + f.base_font + " has no ToUnicode map and no other way to Unicode", page, object_number(dict));
    } else if (!f.no_unicode.empty()) {
      out.report(rule, "font /" + f.base_font + ": code(s) " + codes_text(f.no_unicode) + " map to no Unicode value", page,
                 object_number(dict));
    }
    if (f.bad_unicode) {
      out.report(rule, "the ToUnicode map of font /" + f.base_font + " maps code " + std::to_string(*f.bad_unicode) +
                           " to U+0000, U+FEFF or U+FFFE",
                 page, object_number(dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
