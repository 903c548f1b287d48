// Every EPUB rule, one per file; registry.cc lists them in the table.
#pragma once

#include <algorithm>
#include <string>

#include "audit/epub_model.h"

namespace folio::audit::epub {

extern const EpubRule kEpubA11yMetadata;
extern const EpubRule kEpubA11yMetadataConsistent;
extern const EpubRule kEpubHeadingOrder;
extern const EpubRule kEpubImgAlt;
extern const EpubRule kEpubLangValid;
extern const EpubRule kEpubLinkText;
extern const EpubRule kEpubMalformedXml;
extern const EpubRule kEpubMimetype;
extern const EpubRule kEpubNavLandmarks;
extern const EpubRule kEpubNavToc;
extern const EpubRule kEpubPackageLang;
extern const EpubRule kEpubPackageMetadata;
extern const EpubRule kEpubTableHeaders;
extern const EpubRule kEpubTypeRole;
extern const EpubRule kEpubUnreadable;
extern const EpubRule kEpubXhtmlLang;
extern const EpubRule kEpubXhtmlTitle;
extern const EpubRule kEpubZipLimits;
extern const EpubRule kEpubZipSlip;

/// Every EPUB rule, in table order.
std::span<const EpubRule* const> epub_rules();

}  // namespace folio::audit::epub
