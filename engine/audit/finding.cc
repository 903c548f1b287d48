#include "audit/finding.h"

namespace folio::audit {

const char* severity_name(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

std::string format_location(const Location& location) {
  std::string out = location.file;
  if (!location.entry.empty()) out += "!" + location.entry;
  if (location.line > 0) {
    out += ":" + std::to_string(location.line);
    if (location.column > 0) out += ":" + std::to_string(location.column);
  }
  if (location.page > 0) out += " p." + std::to_string(location.page);
  if (location.object > 0) out += " obj " + std::to_string(location.object);
  return out;
}

}  // namespace folio::audit
