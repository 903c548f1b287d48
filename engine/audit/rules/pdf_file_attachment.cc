#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfFileAttachment{{"pdf.file-attachment", RuleFormat::pdf, Severity::error, "7.18.7", "28-016", "",
                      "The file specification of every file attachment annotation has non-empty /F and /UF.",
                      "Give the attached file specification both /F and /UF names."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfFileAttachment.rule;
  for (const Annotation& a : m.annots) {
    if (a.subtype != "FileAttachment") continue;
    const PdfObject* spec = get(m, a.dict, "FS");
    if (!has_text(get(m, spec, "F")) || !has_text(get(m, spec, "UF"))) {
      out.report(rule, "a file attachment's file specification lacks a non-empty /F or /UF", a.page + 1, object_number(a.dict));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
