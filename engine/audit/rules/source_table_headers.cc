#include "audit/rules/source_rules.h"

namespace folio::audit::source {

namespace {
void check(const model::Document& doc, const Emit& emit);
}  // namespace

// A reader that reads a table without header cells as ordinary blocks says so.
constexpr std::string_view kReported[] = {"docx.table-without-header"};

constexpr SourceRule kSourceTableHeaders{{"source.table-headers", RuleFormat::source, Severity::warning, "WCAG 2.2 1.3.1", "", "1.3.1",
                         "Every table has header cells.",
                         "Mark the header row or column as headers."},
                        check, kReported};

namespace {

void check(const model::Document& doc, const Emit& emit) {
  const Rule& rule = kSourceTableHeaders.rule;
  model::for_each_block(doc.blocks, [&](const model::Block& block) {
    const auto* table = std::get_if<model::Table>(&block.node);
    if (table == nullptr) return;
    bool header = table->header_rows > 0;
    for (const auto& row : table->rows) {
      for (const auto& cell : row.cells) header = header || cell.header;
    }
    if (!header) emit(rule, block.info.span, "a table has no header cells");
  });
}
}  // namespace

}  // namespace folio::audit::source
