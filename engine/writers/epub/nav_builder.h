// The EPUB navigation document (EPUB/nav.xhtml): table of contents, landmarks and, when page
// numbers are known, the page-list — built with libxml2.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "writers/epub/index_builder.h"
#include "writers/epub/xhtml_builder.h"

namespace folio::writers::epub {

struct NavInput {
  std::string title;     ///< the publication title (the nav document's <title>)
  std::string language;  ///< main language
  bool rtl = false;
  bool collection = false;  ///< list each chapter as "Title — date" instead of its headings
  /// A collection's release indexes, in spine order after the releases: each is listed in the
  /// table of contents (with its sections nested) and among the landmarks. Borrowed.
  std::vector<const IndexDocument*> indexes;
};

/// A release's title for navigation: its own, else "Chapter N" (N = `index` + 1).
std::string chapter_title(const ChapterXhtml& chapter, std::size_t index);

base::Result<std::string> build_nav(const std::vector<ChapterXhtml>& chapters, const NavInput& input);

}  // namespace folio::writers::epub
