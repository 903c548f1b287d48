// The PDF rule table: every PDF rule, in the order audit_pdf() runs them. Part of the PDF audit,
// which lives in the PDF engine with PoDoFo.
#include <vector>

#include "audit/audit.h"
#include "audit/rules/pdf_rules.h"

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
      &kPdfFontSubsetList,
      &kPdfFormElement,
      &kPdfFormulaAlt,
      &kPdfFormXObjectReuse,
      &kPdfGlyphMissing,
      &kPdfGlyphWidths,
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
      &kPdfNotdef,
      &kPdfNoteId,
      &kPdfOptionalContent,
      &kPdfParentTree,
      &kPdfPdfuaIdentifier,
      &kPdfPdfVersion,
      &kPdfPrinterMark,
      &kPdfReferenceXObject,
      &kPdfRoleMapCycle,
      &kPdfRoleMapStandard,
      &kPdfRoleMapUnmapped,
      &kPdfRubyWarichu,
      &kPdfStructElemParent,
      &kPdfStructTreeRoot,
      &kPdfStructureLimits,
      &kPdfSuspects,
      &kPdfTableRegularity,
      &kPdfTableStructure,
      &kPdfTabOrder,
      &kPdfTaggedInArtifact,
      &kPdfThScope,
      &kPdfTocStructure,
      &kPdfToUnicode,
      &kPdfTrapNet,
      &kPdfTruetypeCmap,
      &kPdfTruetypeEncoding,
      &kPdfWidgetInForm,
      &kPdfXfa,
  };
  return kTable;
}

}  // namespace pdf

std::span<const Rule* const> pdf_rule_list() {
  static const Rule* const kUnreadable = &pdf_unreadable_rule();
  static const std::vector<const Rule*> kAll = sorted_rules({{&kUnreadable, 1}, rules_of(pdf::pdf_rules())});
  return kAll;
}

}  // namespace folio::audit
