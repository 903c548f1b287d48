#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfCidToGidMap{{"pdf.cid-to-gid-map", RuleFormat::pdf, Severity::error, "7.21.3.2", "31-004", "",
                      "Every embedded CIDFontType2 has a /CIDToGIDMap (a stream or /Identity).",
                      "Write /CIDToGIDMap /Identity or a CIDToGIDMap stream in the CIDFont."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfCidToGidMap.rule;
  for (const auto& [dict, use] : m.fonts) {
    const auto* descendants = array_of(get(m, dict, "DescendantFonts"));
    if (descendants == nullptr || descendants->empty()) continue;
    const PdfObject* cid_font = resolve(m, &(*descendants)[0]);
    if (name_of(get(m, cid_font, "Subtype")) != "CIDFontType2") continue;
    const PdfObject* map = get(m, cid_font, "CIDToGIDMap");
    const bool ok = map != nullptr && (map->HasStream() || name_of(map) == "Identity");
    if (!ok) out.report(rule, "a CIDFontType2 has no valid /CIDToGIDMap", use.page + 1, object_number(cid_font));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
