// The EPUB navigation document (EPUB/nav.xhtml): table of contents, landmarks and, when page
// numbers are known, the page-list — built with libxml2.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "writers/epub/xhtml_builder.h"

namespace folio::writers::epub {

struct NavInput {
  std::string title;     ///< the publication title (the nav document's <title>)
  std::string language;  ///< main language
  bool rtl = false;
  bool collection = false;  ///< list each chapter as "Title — date" instead of its headings
};

base::Result<std::string> build_nav(const std::vector<ChapterXhtml>& chapters, const NavInput& input);

}  // namespace folio::writers::epub
