#include "writers/epub/accessibility_metadata.h"

#include <cctype>

namespace folio::writers::epub {

namespace {
std::string count_of(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

bool css_uses_relative_units(const std::string& css) {
  // An absolute unit right after a digit, ending a word: [0-9](px|pt|pc|cm|mm|in|Q)\b, ASCII
  // case-insensitive as CSS units are (a class selector such as `.pt` is not a length).
  const auto lower = [&css](std::size_t i) {
    return i < css.size() ? static_cast<char>(std::tolower(static_cast<unsigned char>(css[i]))) : '\0';
  };
  const auto word_ends = [&css](std::size_t i) {
    return i >= css.size() || !(std::isalnum(static_cast<unsigned char>(css[i])) || css[i] == '_');
  };
  for (std::size_t i = 0; i < css.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(css[i]))) continue;
    if (lower(i + 1) == 'q' && word_ends(i + 2)) return false;
    const std::string unit{lower(i + 1), lower(i + 2)};
    for (const char* absolute : {"px", "pt", "pc", "cm", "mm", "in"}) {
      if (unit == absolute && word_ends(i + 3)) return false;
    }
  }
  return true;
}

AccessibilityClaims accessibility_claims(const PublicationFacts& facts) {
  const ContentFacts& c = facts.content;
  AccessibilityClaims claims;
  claims.access_modes.push_back("textual");
  if (c.images_embedded > 0) claims.access_modes.push_back("visual");
  // Images without a description lose information in a text-only reading: then the pictures
  // are needed too (and no conformance is claimed).
  if (c.images_missing_alt == 0) {
    claims.access_mode_sufficient.push_back("textual");
  } else if (c.images_embedded > 0) {
    claims.access_mode_sufficient.push_back("textual,visual");
  } else {
    claims.access_mode_sufficient.push_back("textual");
  }

  if (c.headings > 0) claims.features.push_back("structuralNavigation");
  claims.features.push_back("tableOfContents");
  claims.features.push_back("readingOrder");
  if (facts.release_indexes) claims.features.push_back("index");
  if (c.images_embedded > 0 && c.images_missing_alt == 0) claims.features.push_back("alternativeText");
  if (facts.relative_css) claims.features.push_back("displayTransformability");
  if (c.page_breaks > 0) {
    claims.features.push_back("pageBreakMarkers");
    claims.features.push_back("pageNavigation");
  }

  claims.conforms = c.images_missing_alt == 0 && facts.languages_known && facts.title_known;

  std::string s = "This publication has a table of contents";
  s += c.headings > 0 ? " and structured headings" : "";
  s += ", in a single logical reading order.";
  if (facts.release_indexes) s += " Its releases are also listed by date and by organisation.";
  if (c.images_embedded > 0) {
    s += " " + count_of(c.images_embedded, "image has a text alternative.", "images have text alternatives.");
  }
  if (c.images_with_alt > c.images_embedded) {
    s += " " + count_of(c.images_with_alt - c.images_embedded, "image that could not be included is",
                        "images that could not be included are") +
         " replaced by " + (c.images_with_alt - c.images_embedded == 1 ? "its" : "their") + " description.";
  }
  if (c.images_missing_alt > 0) {
    s += " " + count_of(c.images_missing_alt, "image has", "images have") +
         " no description in the source and " + (c.images_missing_alt == 1 ? "is" : "are") +
         " only marked as such.";
  }
  if (c.images_decorative > 0) {
    s += " " + count_of(c.images_decorative, "decorative image is", "decorative images are") +
         " hidden from assistive technologies.";
  }
  if (c.page_breaks > 0) s += " Page numbers match the print edition.";
  if (facts.relative_css) s += " Text can be resized and restyled by the reader.";
  if (claims.conforms) {
    s += " It meets EPUB Accessibility 1.1 at WCAG 2.2 Level AA according to folio's automated checks.";
  } else {
    s += " It does not claim conformance to EPUB Accessibility 1.1.";
  }
  claims.summary = std::move(s);
  return claims;
}

}  // namespace folio::writers::epub
