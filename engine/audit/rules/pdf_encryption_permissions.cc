#include "audit/rules/pdf_rules.h"

namespace folio::audit::pdf {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr PdfRule kPdfEncryptionPermissions{{"pdf.encryption-permissions", RuleFormat::pdf, Severity::error, "7.16", "26-002", "",
                      "An encrypted file lets assistive technology extract content (/P bit 10).",
                      "Allow content extraction for accessibility (bit 10 of /P) when encrypting."},
                     check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kPdfEncryptionPermissions.rule;
  const PdfObject* encrypt = get(m, m.trailer, "Encrypt");
  if (!is_dict(encrypt)) return;
  const auto p = int_of(get(m, encrypt, "P"));
  if (!p) {
    out.report(rule, "the encryption dictionary has no /P");
  } else if ((static_cast<std::uint32_t>(*p) & (1u << 9)) == 0) {
    out.report(rule, "the encryption dictionary forbids content extraction for accessibility (bit 10 of /P)");
  }
}
}  // namespace

}  // namespace folio::audit::pdf
