// EPUB 3 writer: one or more Documents → an accessible, reproducible EPUB 3.3 package (libxml2 for
// every XML document, folio::zip for the container). Written from the model directly; the PDF layout
// may supply page starts so the EPUB page-list matches the print edition.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "model/document.h"

namespace folio::writers {

/// Page `page` starts in block `node` (a heading or paragraph) at byte `offset` of that block's
/// model::plain_text. An offset inside a UTF-8 sequence moves to the next code-point boundary; an
/// offset past the end places the marker after the block's last character. Other blocks (lists,
/// tables, figures…) get the marker just before them; an id not found in the document puts the
/// marker at the end of the chapter.
struct PageStart {
  int page = 0;
  base::NodeId node;
  std::size_t offset = 0;
};

/// One document of the publication. `document` is borrowed and must outlive the call.
struct EpubChapterInput {
  const model::Document* document = nullptr;
  std::vector<PageStart> page_starts;  ///< empty = page numbers unknown
};

/// Returns the bytes of a local image (`src` as written in the model), or nullopt when the image
/// is remote or unreadable. The writer never reads files itself.
using ImageLoader = std::function<std::optional<std::string>(const std::string& src)>;

struct EpubOptions {
  /// Non-empty: the publication is a collection titled so, one chapter per document.
  std::string collection_title;
  /// Collections: releases per content document, each in its own section; 0: one per document
  /// up to 1,000 releases, then as many as keep the content documents at 1,000 (a 10,000-release
  /// archive stays far below the ZIP entry limits readers and `folio audit` set).
  std::size_t releases_per_document = 0;
  /// dcterms:modified, "YYYY-MM-DDThh:mm:ssZ"; the job derives it from SOURCE_DATE_EPOCH. Empty
  /// means kDefaultModified, so output never depends on the clock.
  std::string modified;
  /// What the page numbers refer to (the PDF's file name or identifier); used only when some
  /// chapter has page starts. Empty: "print edition".
  std::string page_source;
  /// Stylesheet text (from the house style); empty = default_css().
  std::string css;
  /// Unset: no image is packaged and every image is rendered as its text alternative. Remote
  /// images are never packaged (EPUB allows remote audio and video only).
  ImageLoader load_image;
};

/// dcterms:modified used when EpubOptions::modified is empty.
inline constexpr const char* kDefaultModified = "1970-01-01T00:00:00Z";

/// The built-in stylesheet: relative units only, logical properties for right-to-left text.
const std::string& default_css();

/// Writes the EPUB. Deterministic: same inputs → same bytes (fixed zip timestamps and order,
/// ids derived from NodeIds). Fails with `epub.*` error diagnostics when there is no chapter or
/// libxml2 fails, and with `zip.*` errors from the container (folio::zip); never throws.
base::Result<std::string> write_epub(const std::vector<EpubChapterInput>& chapters, const EpubOptions& options);

}  // namespace folio::writers
