#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfFontEmbedded{{"pdf.font-embedded", RuleFormat::pdf, Severity::error, "7.21.4.1", "31-009", "",
                      "Every font used to render text is embedded.",
                      "Embed the font program (FontFile, FontFile2 or FontFile3) of every font the pages use."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfFontEmbedded.rule;
  for (const auto& [dict, use] : m.fonts) {
    const auto subtype = name_of(get(m, dict, "Subtype"));
    if (subtype == "Type3") continue;
    const PdfObject* font = dict;
    if (subtype == "Type0") {
      const auto* descendants = array_of(get(m, dict, "DescendantFonts"));
      font = descendants != nullptr && !descendants->empty() ? resolve(m, &(*descendants)[0]) : nullptr;
    }
    const PdfObject* descriptor = get(m, font, "FontDescriptor");
    if (get(m, descriptor, "FontFile") == nullptr && get(m, descriptor, "FontFile2") == nullptr &&
        get(m, descriptor, "FontFile3") == nullptr) {
      out.report(rule, "font /" + name_of(get(m, dict, "BaseFont")).value_or("?") + " is not embedded", use.page + 1,
                 object_number(dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
