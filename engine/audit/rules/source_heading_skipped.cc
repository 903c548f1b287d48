#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
void check(const model::Document& doc, const Emit& emit);
}  // namespace

// The release transforms renumber skipped levels (outline.heading-skipped); the model then has none.
constexpr std::string_view kReported[] = {"outline.heading-skipped"};

constexpr SourceRule kSourceHeadingSkipped{{"source.heading-skipped", RuleFormat::source, Severity::warning, "WCAG 2.2 1.3.1", "", "1.3.1",
                         "Heading levels are not skipped on the way down (level 2 then 4).",
                         "Use the next heading level down."},
                        check, kReported};

namespace {

void check(const model::Document& doc, const Emit& emit) {
  const Rule& rule = kSourceHeadingSkipped.rule;
  int previous = 0;
  model::for_each_block(doc.blocks, [&](const model::Block& block) {
    const auto* heading = std::get_if<model::Heading>(&block.node);
    if (heading == nullptr) return;
    if (previous > 0 && heading->level > previous + 1) {
      emit(rule, block.info.span,
           "heading level skips from " + std::to_string(previous) + " to " + std::to_string(heading->level));
    }
    previous = heading->level;
  });
}
}  // namespace

}  // namespace folio::audit::source
