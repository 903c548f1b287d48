#include "job/diagnostic_format.h"

#include <nlohmann/json.hpp>

namespace folio::job {

std::optional<DiagnosticFormat> parse_diagnostic_format(std::string_view name) {
  if (name == "human") return DiagnosticFormat::human;
  if (name == "short") return DiagnosticFormat::short_;
  if (name == "json") return DiagnosticFormat::json;
  return std::nullopt;
}

std::string format_diagnostic(const base::Diagnostic& d, DiagnosticFormat format) {
  if (format == DiagnosticFormat::json) {
    nlohmann::ordered_json j;
    j["severity"] = base::severity_name(d.severity);
    j["code"] = d.code;
    j["file"] = d.span.file;
    if (d.span.known()) {
      j["line"] = d.span.line;
      j["column"] = d.span.column;
      j["begin"] = d.span.begin;
      j["end"] = d.span.end;
    }
    j["message"] = d.message;
    if (!d.hint.empty()) j["hint"] = d.hint;
    if (!d.spec.empty()) j["spec"] = d.spec;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
  }
  std::string out = base::format_location(d.span);
  if (!out.empty()) out += ": ";
  out += base::severity_name(d.severity);
  out += ": ";
  out += d.message;
  out += " [" + d.code + "]\n";
  if (format == DiagnosticFormat::human && !d.hint.empty()) out += "  hint: " + d.hint + '\n';
  return out;
}

}  // namespace folio::job
