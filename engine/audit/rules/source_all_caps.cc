#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
void check(const model::Document& doc, const Emit& emit);
}  // namespace

constexpr SourceRule kSourceAllCaps{{"source.all-caps", RuleFormat::source, Severity::warning, "WCAG 2.2 1.4.8", "", "1.4.8",
                         "Paragraphs are not written in capitals (hard to read, spelled out by some screen readers).",
                         "Write the text in sentence case; use styling for emphasis."},
                        check};

namespace {

void check(const model::Document& doc, const Emit& emit) {
  const Rule& rule = kSourceAllCaps.rule;
  model::for_each_block(doc.blocks, [&](const model::Block& block) {
    if (!std::holds_alternative<model::Paragraph>(block.node)) return;
    const std::string text = model::plain_text(block);
    int upper = 0;
    int lower = 0;
    for (unsigned char c : text) {
      if (c >= 'A' && c <= 'Z') ++upper;
      if (c >= 'a' && c <= 'z') ++lower;
    }
    // Short lines (acronyms, "ENDS") are fine; a sentence or more in capitals is not.
    if (upper >= 20 && lower * 10 < upper) emit(rule, block.info.span, "a paragraph is written in capitals");
  });
}
}  // namespace

}  // namespace folio::audit::source
