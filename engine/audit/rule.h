// The audit rule table: identity, severity and clause of every check folio can run.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "audit/finding.h"

namespace folio::audit {

/// Which audit a rule belongs to.
enum class RuleFormat { pdf, epub, source };

/// "pdf", "epub", "source".
const char* rule_format_name(RuleFormat format);

/// A rule's identity. Ids are stable: tools and tests match on them.
struct Rule {
  std::string_view id;           ///< `pdf.link-contents`
  RuleFormat format;
  Severity severity;
  std::string_view clause;       ///< ISO 14289-1 clause as numbered by veraPDF (`7.18.5`), or EPUB A11y 1.1 section
  std::string_view matterhorn;   ///< Matterhorn checkpoint (`28-012`), "" when none
  std::string_view wcag;         ///< WCAG 2.2 success criterion (`1.1.1`), "" when none
  std::string_view description;  ///< one line: what the rule requires
  std::string_view hint;         ///< one line: how to fix it
};

/// Every rule, sorted by id. The table is static; the span stays valid for the program's life.
std::span<const Rule* const> list_rules();

/// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);

/// A finding of `rule` with its identity copied in.
Finding make_finding(const Rule& rule, std::string message, Location location);

}  // namespace folio::audit
