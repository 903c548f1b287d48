// The PDF writer: laid-out pages plus the document model in, a tagged PDF 1.7 out that meets
// every machine-checkable PDF/UA-1 condition when the document allows it.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "layout/paged_document.h"
#include "model/document.h"

namespace folio::pdf {

struct PdfOptions {
  /// Write streams uncompressed and glyph codes in hexadecimal, for reading the file as text. It
  /// switches PoDoFo's process-wide default filter for the duration of the call: do not run a
  /// debug write concurrently with other writes.
  bool debug = false;
  std::int64_t creation_time = 0;  ///< seconds since the epoch for every date (SOURCE_DATE_EPOCH)
  bool strict = false;             ///< what forbids the PDF/UA-1 claim is an error, not a warning
};

/// Writes `pages` (laid out from `document`) as PDF bytes. Deterministic: equal inputs and
/// options give equal bytes, the file identifier is a hash of the content. The PDF claims
/// PDF/UA-1 (XMP pdfuaid:part) only when the document has a title, a language and alternative
/// text for every non-decorative image; otherwise a warning names the fix (with `strict`, an
/// error). Fonts that cannot be read or subset and PoDoFo failures are error diagnostics
/// (`pdf.*`); the bytes are then empty or lack what failed.
base::Warned<std::string> write_pdf(const layout::PagedDocument& pages, const model::Document& document,
                                    const PdfOptions& options);

}  // namespace folio::pdf
