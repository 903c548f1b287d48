#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfCmap{{"pdf.cmap", RuleFormat::pdf, Severity::error, "7.21.3.3", "31-006", "",
                      "A Type 0 font uses a predefined CMap or an embedded one whose WMode agrees and which uses no other non-predefined CMap.",
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
      out.report(rule, "a Type 0 font has no valid /Encoding CMap", use.page + 1, object_number(dict));
      continue;
    }
    const auto program = decode_stream(encoding, 1u << 20).value_or("");
    const auto dict_wmode = int_of(get(m, encoding, "WMode")).value_or(0);
    std::int64_t program_wmode = 0;
    if (auto at = program.find("/WMode"); at != std::string::npos) program_wmode = std::atoi(program.c_str() + at + 6);
    if (dict_wmode != program_wmode) {
      out.report(rule, "the embedded CMap /WMode differs from the WMode in its program", use.page + 1, object_number(encoding));
    }
    const PdfObject* use_cmap = get(m, encoding, "UseCMap");
    if (use_cmap != nullptr && !(name_of(use_cmap) && is_predefined_cmap(*name_of(use_cmap)))) {
      out.report(rule, "the embedded CMap uses a CMap that is not predefined", use.page + 1, object_number(encoding));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
