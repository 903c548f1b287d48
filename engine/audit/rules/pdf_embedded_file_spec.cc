#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfEmbeddedFileSpec{{"pdf.embedded-file-spec", RuleFormat::pdf, Severity::error, "7.11", "21-001", "",
                      "Every file specification with an embedded file has non-empty /F and /UF.",
                      "Give each embedded file specification both /F and /UF names."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfEmbeddedFileSpec.rule;
  for (const PdfObject* obj : all_objects(m)) {
    if (!is_dict(obj) || get(m, obj, "EF") == nullptr) continue;
    const auto f = text_of(get(m, obj, "F"));
    const auto uf = text_of(get(m, obj, "UF"));
    if (!f || f->empty() || !uf || uf->empty()) {
      out.report(rule, "an embedded file specification lacks /F or /UF", 0, object_number(obj));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
