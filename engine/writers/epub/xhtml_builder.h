// Model → XHTML content documents (one per release, or one article per release when a large
// collection shares documents), built with libxml2: semantic elements from the role table,
// lang/dir where they change, heading ids for the nav, pagebreak markers.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "model/document.h"
#include "writers/epub/content_facts.h"
#include "writers/epub/image_store.h"
#include "writers/epub/write_epub.h"

namespace folio::writers::epub {

/// A heading written to the chapter, for the table of contents.
struct TocHeading {
  int level = 1;     ///< the written level (1 = the headline)
  std::string id;    ///< fragment id in the chapter
  std::string text;
};

/// A pagebreak marker written to the chapter, for the page-list.
struct PageTarget {
  int page = 0;
  std::string id;
};

/// One release as written: where it is and what the nav and package need to know of it.
struct ChapterXhtml {
  std::string file_name;  ///< its content document, relative to the package document, e.g. "text.xhtml"
  std::string anchor;     ///< id of its article when it shares the document; empty: the whole document
  std::string title;      ///< metadata title, else the headline text
  std::string date;       ///< metadata date as given (may be empty)
  std::string language;   ///< BCP 47; "und" when unknown
  bool rtl = false;
  std::vector<TocHeading> headings;
  std::vector<PageTarget> pages;
  ContentFacts facts;
};

/// A content document and the releases in it.
struct ContentDocument {
  std::string file_name;
  std::string xhtml;  ///< serialised
  std::vector<ChapterXhtml> chapters;
};

/// Writes one release as a content document of its own. Images go through `images` (shared by
/// all chapters).
base::Result<ContentDocument> build_chapter_xhtml(const EpubChapterInput& release, const std::string& file_name,
                                                  ImageStore& images);

/// Writes releases[first, first + count) into one content document titled `title`, each in an
/// <article> with id "release-N" (N counted from 1 over all `releases`) labelled by its headline,
/// its fragment ids prefixed "rN-" so they stay unique in the document.
base::Result<ContentDocument> build_releases_xhtml(const std::vector<EpubChapterInput>& releases, std::size_t first,
                                                   std::size_t count, const std::string& file_name,
                                                   const std::string& title, ImageStore& images);

/// Where a release starts: its document, with its article's fragment when it shares one.
std::string chapter_href(const ChapterXhtml& chapter);

/// The document's language, "und" when unknown.
std::string document_language(const model::Document& document);
/// True when the document runs right to left: its own dir, else its language's usual script.
bool document_is_rtl(const model::Document& document);
/// True for languages usually written right to left (ar, he, fa, ur, …).
bool language_is_rtl(const std::string& lang);

}  // namespace folio::writers::epub
