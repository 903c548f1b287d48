#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfReferenceXObject{{"pdf.reference-xobject", RuleFormat::pdf, Severity::error, "7.20", "30-001", "",
                      "The file contains no reference XObjects (form XObjects with /Ref).",
                      "Import the referenced page content instead of referring to another file."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfReferenceXObject.rule;
  for (const PdfObject* obj : all_objects(m)) {
    if (obj == nullptr || !obj->HasStream() || !is_dict(obj)) continue;
    if (name_of(get(m, obj, "Subtype")) == "Form" && get(m, obj, "Ref") != nullptr) {
      out.report(rule, "a form XObject is a reference XObject (/Ref)", 0, object_number(obj));
    }
  }
}
}  // namespace

}  // namespace folio::audit::pdf
