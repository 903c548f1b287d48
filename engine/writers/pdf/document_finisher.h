// The document-level part of the PDF writer: catalog entries, Info, XMP metadata, the outline and
// the reproducible file identifier (ISO 32000-1 7.5.5, 7.7.2, 12.3.3, 14.3; ISO 14289-1 7.1).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
}  // namespace PoDoFo

namespace folio::pdf {

/// Document metadata as the PDF states it in Info and XMP.
struct DocumentInfo {
  std::string title;
  std::string lang;                  ///< BCP 47; empty when unknown
  std::vector<std::string> authors;
  std::string subject;
  std::string keywords;
  std::string date;                  ///< the release's own date (ISO 8601), may be empty
  std::int64_t creation_time = 0;    ///< seconds since the epoch (SOURCE_DATE_EPOCH)
};

/// One outline entry from a heading, in document order.
struct OutlineEntry {
  int level = 1;                     ///< 1..6
  std::string title;
  PoDoFo::PdfObject* page = nullptr; ///< page dictionary
  double top = 0;                    ///< y of the heading's top in page coordinates
};

/// What keeps a document from meeting PDF/UA-1, found while writing it.
struct ConformanceFacts {
  bool has_title = false;
  bool has_lang = false;
  base::Diagnostics figures_without_alt;  ///< one warning per image with no alternative text
};

/// Writes the document-level dictionaries into a PdfMemDocument.
class DocumentFinisher {
 public:
  /// The warnings that forbid the PDF/UA-1 claim (empty: the claim may be made), each naming
  /// the fix: `--title` or front matter, `--lang`, `--alt` or alt text in the source.
  static base::Diagnostics pdfua_blockers(const ConformanceFacts& facts);

  /// Catalog /MarkInfo, /Lang, /ViewerPreferences, /PageMode, /Outlines, /Metadata (XMP, not
  /// compressed so it stays readable, ISO 14289-1 7.1) and a matching Info dictionary. The
  /// pdfuaid claim is written only when `claim_pdfua`. PoDoFo errors propagate.
  static void finish(PoDoFo::PdfMemDocument& document, const DocumentInfo& info,
                     const std::vector<OutlineEntry>& outline, bool claim_pdfua);

  /// Replaces the trailer /ID of a written file by a 128-bit hash of its own bytes (with the ID
  /// blanked), so equal content gives an equal identifier (ISO 32000-1 14.4). Same length, so
  /// the xref stays valid. Returns false when the file has no /ID to replace.
  static bool set_content_identifier(std::string& pdf);
};

}  // namespace folio::pdf
