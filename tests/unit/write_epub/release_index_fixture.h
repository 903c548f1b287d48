// Eight short releases for the collection indexes: dates in three years, by year or month alone,
// the same day twice, none or an impossible one; organisations named in several languages and
// scripts, one known only by its web site, one not at all.
#pragma once

#include <vector>

#include "model/document.h"
#include "writers/epub/release_index.h"
#include "writers/epub/write_epub.h"

namespace folio::writers::epub_test {

struct IndexFixture {
  IndexFixture();
  /// The releases in reading order (index 0 is Swedish, so the book is).
  std::vector<model::Document> documents;
  /// As write_epub gives them to the writer.
  std::vector<EpubChapterInput> inputs() const;
  /// As the indexes see them, each in its own chapter-N.xhtml.
  std::vector<epub::IndexedRelease> indexed() const;
};

}  // namespace folio::writers::epub_test
