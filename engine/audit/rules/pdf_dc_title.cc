#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfDcTitle{{"pdf.dc-title", RuleFormat::pdf, Severity::error, "7.1", "06-003", "2.4.2",
                      "The XMP metadata has a non-empty dc:title.",
                      "Put the document title in dc:title of the XMP metadata."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfDcTitle.rule;
  // Without a readable packet there is no dc:title either (pdf.metadata-stream says why).
  if (!m.xmp) {
    out.report(rule, "no readable XMP metadata, so no dc:title");
    return;
  }
  if (!m.xmp->title || m.xmp->title->find_first_not_of(" \t\r\n") == std::string::npos) {
    out.report(rule, "the XMP metadata has no dc:title");
  }
}
}  // namespace

}  // namespace folio::audit::pdf
