#include "audit/rules/pdf_rules.h"

#include "base/utf8.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfPdfVersion{{"pdf.pdf-version", RuleFormat::pdf, Severity::error, "6.1", "", "",
                      "The file starts with a PDF 1.x header, x from 0 to 7, on a line of its own: PDF/UA-1 files are ISO 32000-1 files.",
                      "Write the file as PDF 1.7 (the header %PDF-1.7 at the start of the file)."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfPdfVersion.rule;
  const std::string& h = m.header;
  const bool ok = h.size() == 8 && h.compare(0, 7, "%PDF-1.") == 0 && h[7] >= '0' && h[7] <= '7';
  if (!ok) out.report(rule, "the header line is \"" + std::string(base::utf8_prefix(h, 40)) + "\", not %PDF-1.0 to %PDF-1.7 at the start of the file");
}
}  // namespace

}  // namespace folio::audit::pdf
