#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfToUnicode{{"pdf.to-unicode", RuleFormat::pdf, Severity::error, "7.21.7", "31-027", "",
                      "Every font used has a Unicode mapping (ToUnicode, or a standard encoding), and no code maps to U+0000, U+FEFF or U+FFFE.",
                      "Add a ToUnicode CMap to the font that maps every used code to real characters."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfToUnicode.rule;
  for (const auto& [dict, use] : m.fonts) {
    const PdfObject* to_unicode = get(m, dict, "ToUnicode");
    if (to_unicode == nullptr || !to_unicode->HasStream()) {
      if (!has_standard_unicode(m, dict)) {
        out.report(rule, "font /" + name_of(get(m, dict, "BaseFont")).value_or("?") + " has no ToUnicode map", use.page + 1,
                   object_number(dict));
      }
      continue;
    }
    const auto program = decode_stream(to_unicode, 4u << 20).value_or("");
    if (auto bad = bad_unicode_code(program, use.codes)) {
      out.report(rule, "the ToUnicode map of a font maps code " + std::to_string(*bad) + " to U+0000, U+FEFF or U+FFFE",
                 use.page + 1, object_number(dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
