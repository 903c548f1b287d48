#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfStructTreeRoot{{"pdf.struct-tree-root", RuleFormat::pdf, Severity::error, "7.1", "", "1.3.1",
                      "The document has a structure tree (/StructTreeRoot).",
                      "Tag the document: write a structure tree."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfStructTreeRoot.rule;
  if (m.struct_tree_root == nullptr) out.report(rule, "the catalog has no /StructTreeRoot dictionary");
}
}  // namespace

}  // namespace folio::audit::pdf
