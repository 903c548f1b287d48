#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfLangValid{{"pdf.lang-valid", RuleFormat::pdf, Severity::error, "7.2", "11-006", "3.1.2",
                      "Every /Lang (catalog, structure elements, marked content) is a valid language tag.",
                      "Use BCP 47 language tags such as en, fr-FR or pt-BR."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfLangValid.rule;
  if (auto lang = text_of(get(m, m.catalog, "Lang")); lang && !is_valid_lang(*lang)) {
    out.report(rule, "the catalog /Lang (" + *lang + ") is not a valid language tag");
  }
  for (const Element& e : m.elems) {
    if (auto lang = text_of(get(m, e.dict, "Lang")); lang && !is_valid_lang(*lang)) {
      out.report(rule, "a " + e.type + " element has an invalid /Lang (" + *lang + ")", e.page + 1, e.object);
    }
  }
  for (const ContentProblem& p : m.content_problems) {
    if (p.issue == ContentIssue::bad_lang) out.report(rule, p.detail, p.page + 1, p.object);
  }
}
}  // namespace

}  // namespace folio::audit::pdf
