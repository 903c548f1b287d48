#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfMetadataStream{{"pdf.metadata-stream", RuleFormat::pdf, Severity::error, "7.1", "06-001", "",
                      "The catalog has a /Metadata stream with /Type /Metadata and /Subtype /XML.",
                      "Add an XMP metadata stream to the document catalog."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfMetadataStream.rule;
  const PdfObject* xmp = get(m, m.catalog, "Metadata");
  if (xmp == nullptr || !xmp->HasStream()) {
    out.report(rule, "the catalog has no /Metadata stream");
    return;
  }
  if (name_of(get(m, xmp, "Type")) != "Metadata" || name_of(get(m, xmp, "Subtype")) != "XML") {
    out.report(rule, "the /Metadata stream lacks /Type /Metadata or /Subtype /XML", 0, object_number(xmp));
  }
}
}  // namespace

}  // namespace folio::audit::pdf
