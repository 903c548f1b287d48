#include "base/diagnostic.h"

#include <algorithm>
#include <utility>

namespace folio::base {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "note";
}

namespace {
Diagnostic make(Severity severity, std::string code, Span span, std::string message, std::string hint) {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.span = std::move(span);
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}
}  // namespace

Diagnostic make_note(std::string code, Span span, std::string message, std::string hint) {
  return make(Severity::note, std::move(code), std::move(span), std::move(message), std::move(hint));
}
Diagnostic make_warning(std::string code, Span span, std::string message, std::string hint) {
  return make(Severity::warning, std::move(code), std::move(span), std::move(message), std::move(hint));
}
Diagnostic make_error(std::string code, Span span, std::string message, std::string hint) {
  return make(Severity::error, std::move(code), std::move(span), std::move(message), std::move(hint));
}

bool has_at_least(const Diagnostics& diagnostics, Severity threshold) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic& d) { return d.severity >= threshold; });
}

}  // namespace folio::base
