#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfReferenceXObject{{"pdf.reference-xobject", RuleFormat::pdf, Severity::error, "7.20", "30-001", "",
                      "No reference XObjects (form XObjects with /Ref).",
                      "Import the referenced page content instead of referring to another file."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfReferenceXObject.rule;
  std::set<const PdfObject*> done;
  for (const PdfObject* x : m.reference_xobjects) {
    if (done.insert(x).second) out.report(rule, "a form XObject is a reference XObject (/Ref)", 0, object_number(x));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
