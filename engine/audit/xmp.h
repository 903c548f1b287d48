// Reading the XMP packet of a PDF for the PDF/UA identification (ISO 14289-1, 5) and dc:title (7.1).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::audit {

/// What the audit needs from an XMP packet.
struct XmpFacts {
  bool well_formed = false;
  std::optional<std::string> pdfua_part;  ///< pdfuaid:part, element or attribute form
  std::string wrong_prefix;               ///< a prefix other than `pdfuaid` bound to the PDF/UA namespace
  std::optional<std::string> title;       ///< dc:title (x-default entry, else the first)
  /// Some language alternative (rdf:Alt) has x-default entries only, so its language is the
  /// document's (ISO 14289-1, 7.2).
  bool default_language_only = false;
};

/// Parses `xml` without network access or external entities; never throws.
XmpFacts read_xmp(std::string_view xml);

}  // namespace folio::audit
