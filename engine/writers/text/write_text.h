// Plain-text writer: the accessible text rendering of a Document (UTF-8, NFC, blank-line
// separated blocks, list markers, aligned tables) holding the same words as the PDF and the EPUB.
#pragma once

#include <string>

#include "model/document.h"

namespace folio::writers {

struct TextWriterOptions {
  int wrap = 0;  ///< wrap paragraphs at this many columns (display width); 0 = no wrapping
};

/// Deterministic: same document and options → same bytes.
std::string write_text(const model::Document& document, const TextWriterOptions& options = {});

}  // namespace folio::writers
