#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfTruetypeEncoding{{"pdf.truetype-encoding", RuleFormat::pdf, Severity::error, "7.21.6", "31-019", "",
                      "Simple TrueType fonts are encoded as PDF/UA requires: non-symbolic ones use MacRoman or WinAnsi (possibly with Differences), symbolic ones have no /Encoding.",
                      "Write /Encoding /WinAnsiEncoding for text fonts, and no /Encoding for symbolic fonts."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfTruetypeEncoding.rule;
  for (const auto& [dict, use] : m.fonts) {
    if (name_of(get(m, dict, "Subtype")) != "TrueType") continue;
    const auto flags = int_of(get(m, get(m, dict, "FontDescriptor"), "Flags")).value_or(0);
    const bool symbolic = (flags & 4) != 0;  // ISO 32000-1, 9.8.2: bit 3 Symbolic
    const PdfObject* encoding = get(m, dict, "Encoding");
    const std::string base = "/" + name_of(get(m, dict, "BaseFont")).value_or("?");
    if (symbolic) {
      if (encoding != nullptr) out.report(rule, "symbolic TrueType font " + base + " has an /Encoding", use.page + 1, object_number(dict));
      continue;
    }
    auto standard = [](const std::optional<std::string>& n) { return n == "WinAnsiEncoding" || n == "MacRomanEncoding"; };
    const bool ok = standard(name_of(encoding)) || (is_dict(encoding) && standard(name_of(get(m, encoding, "BaseEncoding"))));
    if (!ok) {
      out.report(rule, "non-symbolic TrueType font " + base + " is not encoded with MacRoman or WinAnsi", use.page + 1,
                 object_number(dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
