// The audit rule table: identity, severity and clause of every check folio can run.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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

/// Every EPUB and source rule, sorted by id. The PDF rules live with the PDF audit in the PDF
/// engine (`pdf_rule_list()`, audit.h), so that a txt or EPUB run never loads PoDoFo. The tables
/// are static; the spans stay valid for the program's life.
std::span<const Rule* const> epub_and_source_rules();

/// The rules of `lists` in one list, sorted by id.
std::vector<const Rule*> sorted_rules(std::initializer_list<std::span<const Rule* const>> lists);

/// The Rule of each entry of a checking table (PdfRule, EpubRule, SourceRule: each holds `rule`).
template <typename Checked>
std::vector<const Rule*> rules_of(std::span<const Checked* const> table) {
  std::vector<const Rule*> out;
  out.reserve(table.size());
  for (const Checked* checked : table) out.push_back(&checked->rule);
  return out;
}

/// The rule with this id in `rules`, or nullptr.
const Rule* find_rule(std::span<const Rule* const> rules, std::string_view id);

/// A finding of `rule` with its identity copied in.
Finding make_finding(const Rule& rule, std::string message, Location location);

}  // namespace folio::audit
