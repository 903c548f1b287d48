#include "audit/rules/epub_rules.h"

namespace folio::audit::epub {

namespace {
void check(const Model& m, Reporter& out);
}  // namespace

constexpr EpubRule kEpubPackageMetadata{{"epub.package-metadata", RuleFormat::epub, Severity::error, "EPUB 3.3 5.5", "", "2.4.2",
                       "The package metadata has dc:title, dc:identifier and dcterms:modified.",
                       "Add the missing package metadata."},
                      check};

namespace {
void check(const Model& m, Reporter& out) {
  const Rule& rule = kEpubPackageMetadata.rule;
  if (!m.opf) return;
  auto blank = [](const std::vector<std::string>& v) {
    for (const auto& s : v) {
      if (s.find_first_not_of(" \t\r\n") != std::string::npos) return false;
    }
    return true;
  };
  if (blank(dc_values(m, "title"))) out.report(rule, "no dc:title", m.opf_path);
  if (blank(dc_values(m, "identifier"))) out.report(rule, "no dc:identifier", m.opf_path);
  if (meta_values(m, "dcterms:modified").empty()) out.report(rule, "no dcterms:modified", m.opf_path);
}
}  // namespace

}  // namespace folio::audit::epub
