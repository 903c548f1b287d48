#include "audit/rules/pdf_rules.h"
#include "audit/glyph_names.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfTruetypeEncoding{{"pdf.truetype-encoding", RuleFormat::pdf, Severity::error, "7.21.6", "31-019", "",
                      "Simple TrueType fonts are encoded as PDF/UA requires: exactly one of the Symbolic and Nonsymbolic flags; non-symbolic ones have MacRomanEncoding or WinAnsiEncoding as /Encoding or /BaseEncoding, with Differences only of Adobe Glyph List names and a (3,1) cmap; symbolic ones have no /Encoding.",
                      "Write /Encoding /WinAnsiEncoding for text fonts, and no /Encoding for symbolic fonts."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfTruetypeEncoding.rule;
  for (const auto& [dict, use] : m.fonts) {
    if (name_of(get(m, dict, "Subtype")) != "TrueType") continue;
    const PdfObject* descriptor = font_descriptor(m, dict);
    const auto flags = int_of(get(m, descriptor, "Flags")).value_or(0);
    const std::string base = "/" + name_of(get(m, dict, "BaseFont")).value_or("?");
    auto fail = [&](const std::string& what) { out.report(rule, "TrueType font " + base + ": " + what, use.page + 1, object_number(dict)); };
    // ISO 32000-1, 9.8.2: exactly one of Symbolic (bit 3) and Nonsymbolic (bit 6) is set;
    // which requirements below apply depends on it.
    if (((flags & 4) != 0) == ((flags & 32) != 0)) fail("the descriptor sets both or neither of the Symbolic and Nonsymbolic flags");
    const PdfObject* encoding = get(m, dict, "Encoding");
    if ((flags & 4) != 0) {
      if (encoding != nullptr) fail("a symbolic font has an /Encoding");
      continue;
    }
    const auto base_name = is_dict(encoding) ? name_of(get(m, encoding, "BaseEncoding")) : name_of(encoding);
    if (encoding == nullptr) {
      fail("a non-symbolic font has no /Encoding");
    } else if (base_name != "MacRomanEncoding" && base_name != "WinAnsiEncoding") {
      fail(is_dict(encoding) && !base_name ? "a non-symbolic font's Encoding dictionary has no /BaseEncoding"
                                           : "a non-symbolic font is not encoded with MacRomanEncoding or WinAnsiEncoding");
    }
    const auto* differences = is_dict(encoding) ? array_of(get(m, encoding, "Differences")) : nullptr;
    if (differences == nullptr) continue;
    for (const PdfObject& item : *differences) {
      if (auto name = name_of(resolve(m, &item)); name && !in_adobe_glyph_list(*name)) {
        fail("its Differences name /" + *name + ", which the Adobe Glyph List does not list");
        break;
      }
    }
    auto facts = m.font_facts.find(dict);
    if (facts != m.font_facts.end() && facts->second.truetype_program && !facts->second.cmap_3_1) {
      fail("it has a Differences array but its program has no (3,1) Microsoft Unicode cmap");
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
