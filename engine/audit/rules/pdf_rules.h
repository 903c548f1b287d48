// Every PDF rule, one per file; registry.cc lists them in the table.
#pragma once

#include "audit/pdf_fonts.h"
#include "audit/pdf_model.h"

namespace folio::audit::pdf {

extern const PdfRule kPdfAnnotDescription;
extern const PdfRule kPdfAnnotTagged;
extern const PdfRule kPdfArtifactInTagged;
extern const PdfRule kPdfCidSystemInfo;
extern const PdfRule kPdfCidToGidMap;
extern const PdfRule kPdfCmap;
extern const PdfRule kPdfContentUntagged;
extern const PdfRule kPdfDcTitle;
extern const PdfRule kPdfDisplayDocTitle;
extern const PdfRule kPdfEmbeddedFileSpec;
extern const PdfRule kPdfEncryptionPermissions;
extern const PdfRule kPdfFieldDescription;
extern const PdfRule kPdfFigureAlt;
extern const PdfRule kPdfFileAttachment;
extern const PdfRule kPdfFontEmbedded;
extern const PdfRule kPdfFontSubsetList;
extern const PdfRule kPdfFormElement;
extern const PdfRule kPdfFormulaAlt;
extern const PdfRule kPdfFormXObjectReuse;
extern const PdfRule kPdfGlyphMissing;
extern const PdfRule kPdfGlyphWidths;
extern const PdfRule kPdfHeadingFirst;
extern const PdfRule kPdfHeadingMixed;
extern const PdfRule kPdfHeadingSkipped;
extern const PdfRule kPdfLangValid;
extern const PdfRule kPdfLinkContents;
extern const PdfRule kPdfLinkTagged;
extern const PdfRule kPdfListStructure;
extern const PdfRule kPdfMarkInfo;
extern const PdfRule kPdfMediaClip;
extern const PdfRule kPdfMetadataStream;
extern const PdfRule kPdfNaturalLanguage;
extern const PdfRule kPdfNotdef;
extern const PdfRule kPdfNoteId;
extern const PdfRule kPdfOptionalContent;
extern const PdfRule kPdfParentTree;
extern const PdfRule kPdfPdfuaIdentifier;
extern const PdfRule kPdfPdfVersion;
extern const PdfRule kPdfPrinterMark;
extern const PdfRule kPdfReferenceXObject;
extern const PdfRule kPdfRoleMapCycle;
extern const PdfRule kPdfRoleMapStandard;
extern const PdfRule kPdfRoleMapUnmapped;
extern const PdfRule kPdfRubyWarichu;
extern const PdfRule kPdfStructElemParent;
extern const PdfRule kPdfStructTreeRoot;
extern const PdfRule kPdfStructureLimits;
extern const PdfRule kPdfSuspects;
extern const PdfRule kPdfTableRegularity;
extern const PdfRule kPdfTableStructure;
extern const PdfRule kPdfTabOrder;
extern const PdfRule kPdfTaggedInArtifact;
extern const PdfRule kPdfThScope;
extern const PdfRule kPdfTocStructure;
extern const PdfRule kPdfToUnicode;
extern const PdfRule kPdfTrapNet;
extern const PdfRule kPdfTruetypeCmap;
extern const PdfRule kPdfTruetypeEncoding;
extern const PdfRule kPdfWidgetInForm;
extern const PdfRule kPdfXfa;

}  // namespace folio::audit::pdf
