#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfPdfuaIdentifier{{"pdf.pdfua-identifier", RuleFormat::pdf, Severity::error, "5", "06-002", "",
                      "The XMP metadata identifies PDF/UA-1: pdfuaid:part = 1 with the pdfuaid prefix.",
                      "Add <pdfuaid:part>1</pdfuaid:part> (namespace http://www.aiim.org/pdfua/ns/id/) to the XMP."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfPdfuaIdentifier.rule;
  if (!m.xmp) {
    out.report(rule, "no readable XMP metadata, so no PDF/UA identifier");
    return;
  }
  if (!m.xmp->pdfua_part) {
    out.report(rule, "the XMP has no pdfuaid:part");
  } else if (*m.xmp->pdfua_part != "1") {
    out.report(rule, "pdfuaid:part is \"" + *m.xmp->pdfua_part + "\", not 1");
  }
  if (!m.xmp->wrong_prefix.empty()) {
    out.report(rule, "the PDF/UA identification namespace uses prefix \"" + m.xmp->wrong_prefix + "\", not pdfuaid");
  }
}
}  // namespace

}  // namespace folio::audit::pdf
