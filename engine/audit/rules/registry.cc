// The rule table: every rule folio can run, in the order audits run them.
#include <algorithm>
#include <vector>

#include "audit/rules/pdf_rules.h"
#include "audit/rules/epub_rules.h"
#include "audit/rules/source_rules.h"

namespace folio::audit {

const Rule& pdf_unreadable_rule();

namespace pdf {

std::span<const PdfRule* const> pdf_rules() {
  static constexpr const PdfRule* kTable[] = {
      &kPdfAnnotDescription,
      &kPdfAnnotTagged,
      &kPdfArtifactInTagged,
      &kPdfCidSystemInfo,
      &kPdfCidToGidMap,
      &kPdfCmap,
      &kPdfContentUntagged,
      &kPdfDcTitle,
      &kPdfDisplayDocTitle,
      &kPdfEmbeddedFileSpec,
      &kPdfEncryptionPermissions,
      &kPdfFieldDescription,
      &kPdfFigureAlt,
      &kPdfFileAttachment,
      &kPdfFontEmbedded,
      &kPdfFormXObjectReuse,
      &kPdfFormulaAlt,
      &kPdfHeadingFirst,
      &kPdfHeadingMixed,
      &kPdfHeadingSkipped,
      &kPdfLangValid,
      &kPdfLinkContents,
      &kPdfLinkTagged,
      &kPdfListStructure,
      &kPdfMarkInfo,
      &kPdfMediaClip,
      &kPdfMetadataStream,
      &kPdfNaturalLanguage,
      &kPdfNoteId,
      &kPdfOptionalContent,
      &kPdfParentTree,
      &kPdfPdfuaIdentifier,
      &kPdfReferenceXObject,
      &kPdfRoleMapCycle,
      &kPdfRoleMapStandard,
      &kPdfRoleMapUnmapped,
      &kPdfStructTreeRoot,
      &kPdfStructureLimits,
      &kPdfSuspects,
      &kPdfTabOrder,
      &kPdfTableRegularity,
      &kPdfTableStructure,
      &kPdfTaggedInArtifact,
      &kPdfThScope,
      &kPdfToUnicode,
      &kPdfTocStructure,
      &kPdfTrapNet,
      &kPdfTruetypeEncoding,
      &kPdfWidgetInForm,
      &kPdfXfa,
  };
  return kTable;
}

}  // namespace pdf

namespace {

std::vector<const Rule*> build_table() {
  std::vector<const Rule*> all{&pdf_unreadable_rule()};
  for (const pdf::PdfRule* r : pdf::pdf_rules()) all.push_back(&r->rule);
  for (const epub::EpubRule* r : epub::epub_rules()) all.push_back(&r->rule);
  for (const source::SourceRule* r : source::source_rules()) all.push_back(&r->rule);
  std::sort(all.begin(), all.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
  return all;
}

}  // namespace

const char* rule_format_name(RuleFormat format) {
  switch (format) {
    case RuleFormat::pdf: return "pdf";
    case RuleFormat::epub: return "epub";
    case RuleFormat::source: return "source";
  }
  return "";
}

std::span<const Rule* const> list_rules() {
  static const std::vector<const Rule*> kAll = build_table();
  return kAll;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule* r : list_rules()) {
    if (r->id == id) return r;
  }
  return nullptr;
}

Finding make_finding(const Rule& rule, std::string message, Location location) {
  return Finding{std::string(rule.id), rule.severity, std::string(rule.clause), std::string(rule.matterhorn),
                 std::string(rule.wcag), std::move(message), std::move(location)};
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
      &kSourceLinkText,
      &kSourceTitle,
      &kSourceLanguage,
      &kSourceAllCaps,
      &kSourceTableHeaders,
  };
  return kTable;
}

}  // namespace folio::audit::source
