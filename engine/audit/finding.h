// Audit findings: what every audit (PDF, EPUB, source) reports, tied to the rule and clause it breaks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::audit {

/// How bad a finding is. `error` breaks a conformance requirement; `warning` is a likely barrier.
enum class Severity { warning, error };

/// "warning" or "error".
const char* severity_name(Severity severity);

/// Where a finding is. PDF: `page` (1-based, 0 = document level) and `object` (0 = none);
/// EPUB: `entry` (path inside the container) and `line`; sources: `line` and `column`.
struct Location {
  std::string file;
  std::string entry;
  int page = 0;
  int object = 0;
  int line = 0;
  int column = 0;

  friend bool operator==(const Location&, const Location&) = default;
};

/// "file", "file p.3 obj 12", "file!OEBPS/ch1.xhtml:14", "file:3:1".
std::string format_location(const Location& location);

/// One broken rule at one place. Copies the rule's identity so a report needs no rule table (the
/// PDF rules' table is in the PDF engine, loaded only for PDFs).
struct Finding {
  std::string rule;        ///< stable rule id, e.g. `pdf.link-contents`
  Severity severity = Severity::error;
  std::string clause;      ///< ISO 14289-1 clause (veraPDF numbering) or EPUB Accessibility 1.1 section
  std::string matterhorn;  ///< Matterhorn Protocol 1.1 checkpoint, PDF only
  std::string wcag;        ///< WCAG 2.2 success criterion, when one applies
  std::string message;
  Location location;
  std::string_view description;  ///< the rule's one-line requirement (static storage)
  std::string_view hint;         ///< the rule's one-line fix (static storage)
};

using Findings = std::vector<Finding>;

}  // namespace folio::audit
