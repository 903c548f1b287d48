#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfRoleMapUnmapped{{"pdf.role-map-unmapped", RuleFormat::pdf, Severity::error, "7.1", "02-001", "1.3.1",
                      "Every non-standard structure type is role-mapped to a standard type.",
                      "Add a /RoleMap entry from the custom type to a standard structure type."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfRoleMapUnmapped.rule;
  std::set<std::string> reported;
  for (const Element& e : m.elems) {
    if (e.type.empty() || is_standard_type(e.type) || !reported.insert(e.type).second) continue;
    // A cycle is reported by pdf.role-map-cycle; this rule is about types with no mapping at all.
    if (m.role_map.count(e.type) != 0 && e.std_type.empty()) continue;
    if (e.std_type.empty()) out.report(rule, "structure type /" + e.type + " is not mapped to a standard type", e.page + 1, e.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
