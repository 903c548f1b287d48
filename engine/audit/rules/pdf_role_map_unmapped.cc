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
    if (!e.std_type.empty()) continue;
    // Follow the chain: a cycle is pdf.role-map-cycle; a chain ending on a non-standard type is this rule.
    std::set<std::string> seen{e.type};
    std::string current = e.type;
    for (auto it = m.role_map.find(current); it != m.role_map.end(); it = m.role_map.find(current)) {
      current = it->second;
      if (!seen.insert(current).second) break;
    }
    if (m.role_map.count(current) == 0) {
      out.report(rule, "structure type /" + e.type + " is not mapped to a standard type", e.page + 1, e.object);
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
