#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubPackageLang{{"epub.package-lang", RuleFormat::epub, Severity::error, "EPUB A11y 1.1 4", "", "3.1.1",
                       "The package element has xml:lang and the metadata a dc:language.",
                       "Add xml:lang to <package> and <dc:language> to the metadata."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubPackageLang.rule;
  if (!m.opf) return;
  const xmlNode* package = xmlDocGetRootElement(m.opf.get());
  if (attr(package, "lang", kXmlNs).empty()) out.report(rule, "the package element has no xml:lang", m.opf_path, static_cast<int>(xmlGetLineNo(package)));
  if (dc_values(m, "language").empty()) out.report(rule, "the package metadata has no dc:language", m.opf_path);
}
}  // namespace

}  // namespace folio::audit::epub
