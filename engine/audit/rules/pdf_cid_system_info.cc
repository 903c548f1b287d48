#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfCidSystemInfo{{"pdf.cid-system-info", RuleFormat::pdf, Severity::error, "7.21.3.1", "31-001", "",
                      "A Type 0 font's CMap and CIDFont agree on CIDSystemInfo Registry and Ordering.",
                      "Use Identity-H, or a CMap whose Registry and Ordering match the CIDFont."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfCidSystemInfo.rule;
  for (const auto& [dict, use] : m.fonts) {
    const auto* descendants = array_of(get(m, dict, "DescendantFonts"));
    if (descendants == nullptr || descendants->empty()) continue;
    const PdfObject* cid_info = get(m, resolve(m, &(*descendants)[0]), "CIDSystemInfo");
    const PdfObject* encoding = get(m, dict, "Encoding");
    if (encoding == nullptr || !encoding->HasStream()) continue;  // Identity-H/V put no constraint (31-001)
    const PdfObject* cmap_info = get(m, encoding, "CIDSystemInfo");
    const auto registry = text_of(get(m, cid_info, "Registry"));
    const auto ordering = text_of(get(m, cid_info, "Ordering"));
    if (!is_dict(cmap_info) || registry != text_of(get(m, cmap_info, "Registry")) ||
        ordering != text_of(get(m, cmap_info, "Ordering"))) {
      out.report(rule, "the CMap and the CIDFont of a Type 0 font differ in CIDSystemInfo", use.page + 1, object_number(dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
