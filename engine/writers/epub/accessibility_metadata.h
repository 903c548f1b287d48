// The package's accessibility claims (schema.org access modes and features, summary,
// conformance), computed from what the chapters really contain — never hard-coded.
#pragma once

#include <string>
#include <vector>

#include "writers/epub/content_facts.h"

namespace folio::writers::epub {

/// The conformance statement Ace 1.4.6 recognises for EPUB Accessibility 1.1.
inline constexpr const char* kConformsTo = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";
inline constexpr const char* kCertifiedBy = "folio (automated check)";

/// What the whole publication contains and how it is packaged.
struct PublicationFacts {
  ContentFacts content;      ///< summed over chapters
  bool languages_known = false;  ///< every chapter declares its language
  bool title_known = false;
  bool relative_css = false;     ///< the stylesheet uses no absolute lengths
  bool release_indexes = false;  ///< a collection's lists of its releases by date and by organisation
};

struct AccessibilityClaims {
  std::vector<std::string> access_modes;           ///< schema:accessMode, one value each
  std::vector<std::string> access_mode_sufficient;  ///< schema:accessModeSufficient, one set each
  std::vector<std::string> features;                ///< schema:accessibilityFeature
  std::string summary;                              ///< schema:accessibilitySummary (English)
  bool conforms = false;  ///< dcterms:conformsTo kConformsTo may be claimed
};

AccessibilityClaims accessibility_claims(const PublicationFacts& facts);

/// True when `css` sets no absolute length (px, pt, pc, cm, mm, in, Q).
bool css_uses_relative_units(const std::string& css);

}  // namespace folio::writers::epub
