#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
// Readers leave empty headings out of the model and say so; the model check has nothing to see.
constexpr std::string_view kReported[] = {"docx.empty-heading"};
}  // namespace

constexpr SourceRule kSourceHeadingEmpty{{"source.heading-empty", RuleFormat::source, Severity::warning, "WCAG 2.2 2.4.6", "", "2.4.6",
                         "No heading is empty (screen readers announce a heading with nothing to say).",
                         "Delete the empty heading paragraph; use spacing to make room."},
                        nullptr, kReported};

}  // namespace folio::audit::source
