#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfCidSystemInfo{{"pdf.cid-system-info", RuleFormat::pdf, Severity::error, "7.21.3.1", "31-001", "",
                      "A Type 0 font whose CMap is not Identity-H/V has a CIDFont whose CIDSystemInfo has the CMap's Registry and Ordering and a Supplement no greater than the CMap's.",
                      "Use Identity-H, or a CMap whose Registry and Ordering match the CIDFont."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfCidSystemInfo.rule;
  for (const auto& [dict, use] : m.fonts) {
    if (name_of(get(m, dict, "Subtype")) != "Type0") continue;
    const PdfObject* encoding = get(m, dict, "Encoding");
    const auto cmap_name = name_of(encoding);
    if (cmap_name == "Identity-H" || cmap_name == "Identity-V") continue;  // any CIDSystemInfo may be used
    const SystemInfo font = system_info_of(m, get(m, descendant_font(m, dict), "CIDSystemInfo"));
    SystemInfo cmap;
    if (cmap_name) {
      // A predefined CMap's own CIDSystemInfo. Adobe has revised these CMaps over the years, each
      // time raising the Supplement; the current one is the most a CIDFont may declare.
      auto info = predefined_cmap_system_info(*cmap_name);
      if (!info) continue;  // neither predefined nor embedded: pdf.cmap
      cmap = *info;
    } else if (encoding != nullptr && encoding->HasStream()) {
      cmap = system_info_of(m, get(m, encoding, "CIDSystemInfo"));
      if (!cmap.registry && !cmap.ordering) cmap = parse_cmap(decode_stream(encoding, 1u << 20).value_or("")).system_info;
    } else {
      continue;  // pdf.cmap reports a missing CMap
    }
    std::string why;
    if (!font.registry || !font.ordering) why = "the CIDFont has no CIDSystemInfo Registry and Ordering";
    else if (font.registry != cmap.registry) why = "Registry " + *font.registry + " differs from the CMap's " + cmap.registry.value_or("(none)");
    else if (font.ordering != cmap.ordering) why = "Ordering " + *font.ordering + " differs from the CMap's " + cmap.ordering.value_or("(none)");
    else if (font.supplement.value_or(0) > cmap.supplement.value_or(0)) {
      // ISO 14289-1, 7.21.3.1: the CIDFont's Supplement is less than or equal to the CMap's.
      why = "the CIDFont's Supplement " + std::to_string(font.supplement.value_or(0)) + " is greater than the CMap's " +
            std::to_string(cmap.supplement.value_or(0));
    }
    if (!why.empty()) out.report(rule, "font /" + name_of(get(m, dict, "BaseFont")).value_or("?") + ": " + why, use.page + 1, object_number(dict));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
