#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfCmap{{"pdf.cmap", RuleFormat::pdf, Severity::error, "7.21.3.3", "31-006", "",
                      "A Type 0 font's CMap is predefined (ISO 32000-1 Table 118) or embedded; an embedded CMap's /WMode agrees with its program and it uses no CMap that is not predefined.",
                      "Use Identity-H, or embed the CMap with a consistent /WMode."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfCmap.rule;
  for (const auto& [dict, use] : m.fonts) {
    if (name_of(get(m, dict, "Subtype")) != "Type0") continue;
    const PdfObject* encoding = get(m, dict, "Encoding");
    if (auto name = name_of(encoding)) {
      if (!is_predefined_cmap(*name)) out.report(rule, "CMap /" + *name + " is neither predefined nor embedded", use.page + 1, object_number(dict));
      continue;
    }
    if (encoding == nullptr || !encoding->HasStream()) {
      out.report(rule, "a Type 0 font has no /Encoding CMap", use.page + 1, object_number(dict));
      continue;
    }
    const CMapProgram program = parse_cmap(decode_stream(encoding, 1u << 20).value_or(""));
    if (int_of(get(m, encoding, "WMode")).value_or(0) != program.wmode.value_or(0)) {
      out.report(rule, "the embedded CMap's /WMode differs from the WMode in its program", use.page + 1, object_number(encoding));
    }
    std::vector<std::string> used = program.used_cmaps;
    const PdfObject* use_cmap = get(m, encoding, "UseCMap");
    if (auto n = name_of(use_cmap)) used.push_back(*n);
    else if (use_cmap != nullptr) used.emplace_back("(an embedded CMap)");
    for (const std::string& name : used) {
      if (!is_predefined_cmap(name)) {
        out.report(rule, "the embedded CMap uses CMap " + name + ", which is not predefined", use.page + 1, object_number(encoding));
      }
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
