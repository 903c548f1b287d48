// The XMP metadata packet of the PDF writer (ISO 16684-1; ISO 14289-1 5 and 7.1).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace folio::pdf {

/// What the packet says. Empty fields are left out.
struct XmpFields {
  std::string title;                 ///< dc:title, x-default
  std::string language;              ///< dc:language (BCP 47)
  std::vector<std::string> creators; ///< dc:creator
  std::string description;           ///< dc:description, x-default
  std::string date;                  ///< dc:date (ISO 8601)
  std::string keywords;              ///< pdf:Keywords
  std::string create_date;           ///< xmp:CreateDate and xmp:ModifyDate / MetadataDate
  std::string creator_tool;          ///< xmp:CreatorTool
  std::string producer;              ///< pdf:Producer
  bool pdfua = false;                ///< pdfuaid:part 1: only for a document that meets PDF/UA-1
};

/// A complete packet with `<?xpacket?>` wrapper, UTF-8, deterministic for equal fields.
std::string xmp_packet(const XmpFields& fields);

}  // namespace folio::pdf
