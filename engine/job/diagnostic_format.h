// How diagnostics are printed on stderr: human (with hints), short (one line each) or JSON Lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"

namespace folio::job {

enum class DiagnosticFormat { human, short_, json };

std::optional<DiagnosticFormat> parse_diagnostic_format(std::string_view name);

/// One diagnostic, newline-terminated: `file:line:col: severity: message [code]` (human adds an
/// indented `hint:` line), or one JSON object per line.
std::string format_diagnostic(const base::Diagnostic& diagnostic, DiagnosticFormat format);

}  // namespace folio::job
