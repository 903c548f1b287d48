// What a chapter really contains, counted while its XHTML is written; the package's accessibility
// metadata is computed from these counts and nothing else.
#pragma once

namespace folio::writers::epub {

struct ContentFacts {
  int headings = 0;              ///< h1…h6 written
  int images_with_alt = 0;       ///< informative images whose source gave a text alternative
  int images_decorative = 0;     ///< alt "" in the source
  int images_missing_alt = 0;    ///< the source gave no alternative: rendered as a notice
  int images_embedded = 0;       ///< informative images packaged and shown as <img> (all have alt)
  int page_breaks = 0;           ///< pagebreak markers written

  ContentFacts& operator+=(const ContentFacts& other) {
    headings += other.headings;
    images_with_alt += other.images_with_alt;
    images_decorative += other.images_decorative;
    images_missing_alt += other.images_missing_alt;
    images_embedded += other.images_embedded;
    page_breaks += other.page_breaks;
    return *this;
  }
};

}  // namespace folio::writers::epub
