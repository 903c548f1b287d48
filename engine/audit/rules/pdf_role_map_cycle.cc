#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfRoleMapCycle{{"pdf.role-map-cycle", RuleFormat::pdf, Severity::error, "7.1", "02-003", "1.3.1",
                      "The role map has no circular mappings.",
                      "Break the cycle: map each custom type to a standard type."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfRoleMapCycle.rule;
  for (const auto& [from, to] : m.role_map) {
    std::set<std::string> seen{from};
    std::string current = to;
    for (int step = 0; step < 64; ++step) {
      if (!seen.insert(current).second) {
        out.report(rule, "the role map of /" + from + " leads back into a cycle");
        break;
      }
      auto it = m.role_map.find(current);
      if (it == m.role_map.end()) break;
      current = it->second;
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
