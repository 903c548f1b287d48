// The container of a DOCX: an Open Packaging Conventions package (ECMA-376 Part 2) in a ZIP
// archive. Opens the archive within zip-bomb limits, reads the content types and relationships,
// finds the main document part and reads parts by name. Knows nothing of WordprocessingML.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "readers/docx/xml_tree.h"
#include "zip/zip_limits.h"
#include "zip/zip_reader.h"

namespace folio::readers::docx {

/// One relationship of a part (or of the package) to another part or to an external resource.
struct Relationship {
  std::string id;
  std::string type;    ///< the relationship type URI
  std::string target;  ///< a part name (resolved, no leading '/') or, when external, the URI as written
  bool external = false;
};

/// The last segment of a relationship type ("styles", "image", "hyperlink"); transitional and
/// strict documents spell the rest of the URI differently.
std::string_view relationship_kind(std::string_view type);

/// What kind of document a main part's content type announces: "" for a Word document,
/// otherwise a few words naming what it is instead ("an Excel workbook").
std::string foreign_document_kind(std::string_view content_type);

class DocxPackage {
 public:
  /// Opens `bytes` (which must outlive the package). Errors (one line each, file-level span):
  /// not a ZIP archive or an unsupported one, zip-bomb limits broken, two parts with the same
  /// name, no main document part, a main part that is not a Word document (by content type).
  /// Missing [Content_Types].xml or package relationships are warnings in `warnings`.
  static base::Result<DocxPackage> open(std::string_view bytes, const std::string& file, const zip::ZipLimits& limits,
                                        base::Diagnostics& warnings);

  /// The main document part ("word/document.xml").
  const std::string& main_part() const { return main_part_; }
  /// Whether the archive holds `part` (names compare case-insensitively, as OPC says: M1.12).
  bool has(std::string_view part) const;
  /// The bytes of `part`. Errors: absent (`docx.missing-part`), over the entry limit (or over
  /// `max_bytes` when that is lower), damaged (CRC, deflate).
  base::Result<std::string> read(std::string_view part, std::uint64_t max_bytes = UINT64_MAX) const;
  /// `part` parsed. Errors: those of read(), and `docx.doctype` for a part that declares a DOCTYPE,
  /// which OPC readers must treat as an error (ECMA-376 Part 2, 8.1.4 [M1.18]): callers refuse
  /// the whole file on that one. Malformed XML is not an error: what was read before the problem
  /// is in the tree and the problem in XmlParse::error.
  base::Result<XmlParse> parse(std::string_view part) const;
  /// The relationships of `part` (from its .rels part); empty when it has none. A relationship
  /// part that cannot be read or is malformed is a warning; one with a DOCTYPE an error.
  base::Result<std::vector<Relationship>> relationships(std::string_view part, base::Diagnostics& warnings) const;
  /// The package's own relationships (_rels/.rels).
  const std::vector<Relationship>& package_relationships() const { return package_relationships_; }
  /// The content type the package declares for `part`, or "" when it declares none.
  std::string content_type(std::string_view part) const;

 private:
  DocxPackage(std::string_view bytes, std::string file) : bytes_(bytes), file_(std::move(file)) {}

  std::string_view bytes_;
  std::string file_;
  std::map<std::string, zip::ZipEntryInfo> entries_;  ///< by lower-cased name
  std::map<std::string, std::string> default_types_;  ///< lower-cased extension → content type
  std::map<std::string, std::string> override_types_; ///< lower-cased part name → content type
  std::vector<Relationship> package_relationships_;
  std::string main_part_;
  std::uint64_t max_part_bytes_ = 0;
};

}  // namespace folio::readers::docx
