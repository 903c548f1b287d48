// Layout entry point: a Document and a Style become pages of positioned glyphs (PagedDocument).
#pragma once

#include "base/result.h"
#include "layout/paged_document.h"
#include "model/document.h"
#include "style/style.h"
#include "text/font_book.h"

namespace folio::layout {

/// Lays out `document` in `style`. Never fails: what cannot be shown (a character no font has,
/// a remote or unreadable image, a paragraph that only breaks greedily) is a warning. The same
/// inputs always give the same pages. Images come from `images`; without one, an image's src is
/// read as a file path.
base::Warned<PagedDocument> layout_document(const model::Document& document, const style::Style& style,
                                            text::FontBook& fonts, const ImageSource& images = {});

}  // namespace folio::layout
