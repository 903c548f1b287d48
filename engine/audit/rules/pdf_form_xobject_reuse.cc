#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfFormXObjectReuse{{"pdf.form-xobject-reuse", RuleFormat::pdf, Severity::error, "7.20", "30-002", "1.3.1",
                      "A form XObject that holds MCIDs is painted only once.",
                      "Paint repeated forms as artifacts, or copy the form per use."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfFormXObjectReuse.rule;
  for (const auto& [object, uses] : m.mcid_form_uses) {
    if (uses > 1) out.report(rule, "a form XObject with marked content is painted " + std::to_string(uses) + " times", 0, object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
