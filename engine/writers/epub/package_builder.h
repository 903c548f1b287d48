// The package document (EPUB/package.opf): Dublin Core and accessibility metadata, manifest and
// spine, built with libxml2.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "writers/epub/accessibility_metadata.h"

namespace folio::writers::epub {

struct ManifestItem {
  std::string id;
  std::string href;        ///< relative to package.opf
  std::string media_type;
  std::string properties;  ///< e.g. "nav"; may be empty
  bool in_spine = false;   ///< content documents, in reading order
  bool linear = true;      ///< false: in the spine but outside the default reading order
};

struct PackageInput {
  std::string identifier;
  std::string title;
  std::vector<std::string> languages;  ///< distinct, the main language first
  bool rtl = false;                    ///< main direction (package dir, page progression)
  std::string date;                    ///< W3CDTF or empty
  std::vector<std::string> creators;
  std::string publisher;
  std::string source;                  ///< where the text came from; may be empty
  std::string description;
  std::string rights;
  std::string modified;
  std::string page_source;             ///< the print edition the page-list follows; empty = none
  AccessibilityClaims claims;
  std::vector<ManifestItem> items;
};

base::Result<std::string> build_package(const PackageInput& input);

}  // namespace folio::writers::epub
