// The EPUB and source rule tables, in the order audits run them (the PDF rules are in
// pdf_registry.cc, with the PDF audit).
#include <algorithm>
#include <vector>

#include "audit/rules/epub_rules.h"
#include "audit/rules/source_rules.h"

namespace folio::audit {

const char* rule_format_name(RuleFormat format) {
  switch (format) {
    case RuleFormat::pdf: return "pdf";
    case RuleFormat::epub: return "epub";
    case RuleFormat::source: return "source";
  }
  return "";
}

std::vector<const Rule*> sorted_rules(std::initializer_list<std::span<const Rule* const>> lists) {
  std::vector<const Rule*> all;
  for (const auto& list : lists) all.insert(all.end(), list.begin(), list.end());
  std::sort(all.begin(), all.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
  return all;
}

std::span<const Rule* const> epub_and_source_rules() {
  static const std::vector<const Rule*> kAll =
      sorted_rules({rules_of(epub::epub_rules()), rules_of(source::source_rules())});
  return kAll;
}

const Rule* find_rule(std::span<const Rule* const> rules, std::string_view id) {
  for (const Rule* r : rules) {
    if (r->id == id) return r;
  }
  return nullptr;
}

Finding make_finding(const Rule& rule, std::string message, Location location) {
  return Finding{std::string(rule.id), rule.severity, std::string(rule.clause), std::string(rule.matterhorn),
                 std::string(rule.wcag), std::move(message), std::move(location), rule.description, rule.hint};
}

}  // namespace folio::audit

namespace folio::audit::epub {

std::span<const EpubRule* const> epub_rules() {
  static constexpr const EpubRule* kTable[] = {
      &kEpubUnreadable,
      &kEpubZipLimits,
      &kEpubZipSlip,
      &kEpubMimetype,
      &kEpubMalformedXml,
      &kEpubPackageLang,
      &kEpubPackageMetadata,
      &kEpubA11yMetadata,
      &kEpubA11yMetadataConsistent,
      &kEpubNavToc,
      &kEpubNavLandmarks,
      &kEpubXhtmlLang,
      &kEpubLangValid,
      &kEpubXhtmlTitle,
      &kEpubHeadingOrder,
      &kEpubImgAlt,
      &kEpubTableHeaders,
      &kEpubLinkText,
      &kEpubTypeRole,
  };
  return kTable;
}

}  // namespace folio::audit::epub

namespace folio::audit::source {

std::span<const SourceRule* const> source_rules() {
  static constexpr const SourceRule* kTable[] = {
      &kSourceImageAlt,
      &kSourceImageFilenameAlt,
      &kSourceHeadingSkipped,
      &kSourceHeadingEmpty,
      &kSourceLinkText,
      &kSourceTitle,
      &kSourceLanguage,
      &kSourceAllCaps,
      &kSourceTableHeaders,
      &kSourceColourOnly,
  };
  return kTable;
}

}  // namespace folio::audit::source
