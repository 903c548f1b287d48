// Rendering audit reports (human text, versioned JSON), the rule list, and the exit-code policy.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "audit/audit.h"
#include "audit/rule.h"

namespace folio::audit {

/// Version of the JSON report schema (docs/audit-report-schema.md). Bumped on incompatible change.
inline constexpr int kReportSchemaVersion = 1;

/// Human text: per file, findings grouped by rule (id, severity, clause, description, hint) with
/// one line per location; a summary line at the end.
std::string render_text(std::span<const Report> reports);

/// JSON: one object per file ({"version", "file", "format", "findings": [...]}); several files
/// give {"version", "reports": [...]}. Deterministic key order.
std::string render_json(std::span<const Report> reports);

/// `rules` as text (one per line) or as JSON ({"version", "rules": [...]}).
std::string render_rules(std::span<const Rule* const> rules, bool json);

/// The --fail-on threshold: "error" or "warning"; nullopt for anything else.
std::optional<Severity> parse_fail_on(std::string_view text);

/// Exit status: 0 no finding at or above `fail_on`, 3 at least one, 2 when any file could not be
/// audited at all (`could_not_run`). The worst wins across files: 2 > 3 > 0.
int exit_code(std::span<const Report> reports, Severity fail_on, bool could_not_run);

}  // namespace folio::audit
