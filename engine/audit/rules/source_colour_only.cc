#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
// The model has no colours: the reader compares each run with the words around it.
constexpr std::string_view kReported[] = {"docx.colour-only"};
}  // namespace

constexpr SourceRule kSourceColourOnly{{"source.colour-only", RuleFormat::source, Severity::warning, "WCAG 2.2 1.4.1", "", "1.4.1",
                         "No text is set apart from the words around it by its colour alone.",
                         "Add a second cue (bold, a word such as \"Note:\") or drop the colour."},
                       nullptr, kReported};

}  // namespace folio::audit::source
