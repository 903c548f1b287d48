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
};

/// Parses `xml` without network access or external entities; never throws.
XmpFacts read_xmp(std::string_view xml);

}  // namespace folio::audit
