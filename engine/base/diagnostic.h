// Diagnostics: what every stage reports about what it found, repaired, dropped or guessed.
#pragma once

#include <string>
#include <vector>

#include "base/span.h"

namespace folio::base {

enum class Severity { note, warning, error };

/// "note", "warning", "error".
const char* severity_name(Severity severity);

/// One finding. `code` is stable (`reader.mojibake-repaired`) so tools and tests can match on it;
/// `message` is for people and may change.
struct Diagnostic {
  Severity severity = Severity::note;
  std::string code;
  Span span;
  std::string message;
  std::string hint;  ///< what the user can do about it; may be empty
  std::string spec;  ///< the standard clause enforced, when there is one
};

using Diagnostics = std::vector<Diagnostic>;

/// Convenience constructors.
Diagnostic make_note(std::string code, Span span, std::string message, std::string hint = {});
Diagnostic make_warning(std::string code, Span span, std::string message, std::string hint = {});
Diagnostic make_error(std::string code, Span span, std::string message, std::string hint = {});

/// True when some diagnostic has at least `threshold` severity.
bool has_at_least(const Diagnostics& diagnostics, Severity threshold);

}  // namespace folio::base
