// Model → XHTML content document (one per release), built with libxml2: semantic elements from the
// role table, lang/dir where they change, heading ids for the nav, pagebreak markers.
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

struct ChapterXhtml {
  std::string file_name;  ///< relative to the package document, e.g. "text.xhtml"
  std::string xhtml;      ///< the serialised content document
  std::string title;      ///< metadata title, else the headline text
  std::string date;       ///< metadata date as given (may be empty)
  std::string language;   ///< BCP 47; "und" when unknown
  bool rtl = false;
  std::vector<TocHeading> headings;
  std::vector<PageTarget> pages;
  ContentFacts facts;
};

/// Writes one content document. Images go through `images` (shared by all chapters).
base::Result<ChapterXhtml> build_chapter_xhtml(const model::Document& document,
                                               const std::vector<PageStart>& page_starts,
                                               const std::string& file_name, ImageStore& images);

/// The document's language, "und" when unknown.
std::string document_language(const model::Document& document);
/// True when the document runs right to left: its own dir, else its language's usual script.
bool document_is_rtl(const model::Document& document);
/// True for languages usually written right to left (ar, he, fa, ur, …).
bool language_is_rtl(const std::string& lang);

}  // namespace folio::writers::epub
