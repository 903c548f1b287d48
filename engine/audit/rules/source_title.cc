#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
void check(const model::Document& doc, const Emit& emit);
}  // namespace

constexpr SourceRule kSourceTitle{{"source.title", RuleFormat::source, Severity::error, "WCAG 2.2 2.4.2", "", "2.4.2",
                         "The document has a title.",
                         "Give the release a headline or a title in its metadata."},
                        check};

namespace {

void check(const model::Document& doc, const Emit& emit) {
  const Rule& rule = kSourceTitle.rule;
  if (doc.metadata.title.find_first_not_of(" \t\r\n") == std::string::npos) emit(rule, {}, "the document has no title");
}
}  // namespace

}  // namespace folio::audit::source
