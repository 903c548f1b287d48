#include "audit/audit.h"
#include "audit/rules/source_rules.h"

namespace folio::audit {

Report audit_document(const model::Document& document, const std::string& file, const base::Diagnostics& read) {
  Report report{file, "source", {}};
  const source::Emit emit = [&](const Rule& rule, const base::Span& span, std::string message) {
    Location location;
    location.file = span.file.empty() ? file : span.file;
    location.line = static_cast<int>(span.line);
    location.column = static_cast<int>(span.column);
    report.findings.push_back(make_finding(rule, std::move(message), std::move(location)));
  };
  for (const source::SourceRule* rule : source::source_rules()) {
    if (rule->check != nullptr) rule->check(document, emit);
    for (const base::Diagnostic& d : read) {
      for (std::string_view code : rule->diagnostic_codes) {
        if (d.code == code) emit(rule->rule, d.span, d.message);
      }
    }
  }
  return report;
}

}  // namespace folio::audit
