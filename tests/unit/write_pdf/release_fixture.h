// Project-written documents for the PDF writer's tests: one per element type and a whole release
// that combines them, each as a model::Document plus its laid-out pages.
#pragma once

#include <string>

#include "layout/paged_document.h"
#include "model/document.h"

namespace folio::pdf::test {

struct Fixture {
  model::Document document;
  layout::PagedDocument pages;
  std::string plain_text;  ///< the text a reader should extract, one block per line
};

enum class Part { headings_and_link, list, quote, table, figure, arabic_span, two_pages };

/// A document with only `part` (plus a title and language).
Fixture make_fixture(Part part);
/// Every part in one document, with a header and footer artifact on each page.
Fixture make_release();
/// The release with a figure that has no alternative text.
Fixture make_release_without_alt();
/// The release without what text extractors cannot give back exactly: no line-end hyphen
/// (check-pdf's normalisation joins "-\n" but not U+00AD + line break) and no Arabic span
/// followed by Latin text (poppler moves the space into the RTL section, pdf-facts §5).
Fixture make_release_extractable();

}  // namespace folio::pdf::test
