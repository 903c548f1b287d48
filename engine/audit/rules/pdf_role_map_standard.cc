#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfRoleMapStandard{{"pdf.role-map-standard", RuleFormat::pdf, Severity::error, "7.1", "02-004", "1.3.1",
                      "Standard structure types are not remapped.",
                      "Remove the /RoleMap entries whose key is a standard structure type."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfRoleMapStandard.rule;
  for (const auto& [from, to] : m.role_map) {
    if (is_standard_type(from)) out.report(rule, "standard structure type /" + from + " is remapped to /" + to);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
