#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfCidToGidMap{{"pdf.cid-to-gid-map", RuleFormat::pdf, Severity::error, "7.21.3.2", "31-004", "",
                      "Every embedded CIDFontType2 has a /CIDToGIDMap: a stream or the name Identity.",
                      "Write /CIDToGIDMap /Identity or a CIDToGIDMap stream in the CIDFont."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfCidToGidMap.rule;
  for (const auto& [dict, use] : m.fonts) {
    const PdfObject* cid_font = descendant_font(m, dict);
    if (name_of(get(m, cid_font, "Subtype")) != "CIDFontType2" || !embedded_program(m, font_descriptor(m, dict))) continue;
    const PdfObject* map = get(m, cid_font, "CIDToGIDMap");
    if (map == nullptr) {
      out.report(rule, "an embedded CIDFontType2 has no /CIDToGIDMap", use.page + 1, object_number(cid_font));
    } else if (!map->HasStream() && name_of(map) != "Identity") {
      out.report(rule, "an embedded CIDFontType2's /CIDToGIDMap is neither a stream nor /Identity", use.page + 1, object_number(cid_font));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
