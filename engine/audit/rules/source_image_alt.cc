#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
void check(const model::Document& doc, const Emit& emit);
}  // namespace

constexpr SourceRule kSourceImageAlt{{"source.image-alt", RuleFormat::source, Severity::error, "WCAG 2.2 1.1.1", "", "1.1.1",
                         "Every image has alternative text (an empty alt only for decoration).",
                         "Describe each image in its alt text."},
                        check};

namespace {

void check(const model::Document& doc, const Emit& emit) {
  const Rule& rule = kSourceImageAlt.rule;
  for_each_image(doc, [&](const base::Span& span, const model::Image& image) {
    if (!image.alt) emit(rule, span, "image " + image.src + " has no alternative text");
  });
}
}  // namespace

}  // namespace folio::audit::source
