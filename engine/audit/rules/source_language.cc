#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
void check(const model::Document& doc, const Emit& emit);
}  // namespace

constexpr SourceRule kSourceLanguage{{"source.language", RuleFormat::source, Severity::error, "WCAG 2.2 3.1.1", "", "3.1.1",
                         "The document language is known.",
                         "Declare the language (lang attribute, front matter or --lang)."},
                        check};

namespace {

void check(const model::Document& doc, const Emit& emit) {
  const Rule& rule = kSourceLanguage.rule;
  if (doc.metadata.language.empty()) emit(rule, {}, "the document language is not set");
}
}  // namespace

}  // namespace folio::audit::source
