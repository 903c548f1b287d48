#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfOptionalContent{{"pdf.optional-content", RuleFormat::pdf, Severity::error, "7.10", "20-001", "",
                      "Every optional-content configuration has a non-empty /Name and no /AS.",
                      "Name each optional-content configuration and remove /AS."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfOptionalContent.rule;
  const PdfObject* props = get(m, m.catalog, "OCProperties");
  if (!is_dict(props)) return;
  auto check_config = [&](const PdfObject* config) {
    if (!is_dict(config)) return;
    const auto name = text_of(get(m, config, "Name"));
    if (!name || name->empty()) out.report(rule, "an optional-content configuration has no /Name", 0, object_number(config));
    if (get(m, config, "AS") != nullptr) out.report(rule, "an optional-content configuration has an /AS entry", 0, object_number(config));
  };
  check_config(get(m, props, "D"));
  if (const auto* configs = array_of(get(m, props, "Configs"))) {
    for (const PdfObject& c : *configs) check_config(resolve(m, &c));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
