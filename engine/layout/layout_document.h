// Layout entry point: a Document and a Style become pages of positioned glyphs (PagedDocument).
#pragma once

#include <functional>

#include "base/result.h"
#include "layout/paged_document.h"
#include "model/document.h"
#include "style/style.h"
#include "text/font_book.h"

namespace folio::layout {

/// Lays out `document` in `style`. Never fails: what cannot be shown (a character no font has,
/// a remote or unreadable image, a paragraph that only breaks greedily) is a warning. The same
/// inputs always give the same pages. Images come from `images`; without one, an image's src is
/// read as a file path. With `helper_fonts`, a long document's paragraphs are laid out on two
/// threads (paragraphs_ahead.h), the same pages: it is called on the second thread for a
/// FontBook no other thread uses meanwhile (null: one thread).
base::Warned<PagedDocument> layout_document(const model::Document& document, const style::Style& style,
                                            text::FontBook& fonts, const ImageSource& images = {},
                                            const std::function<text::FontBook*()>& helper_fonts = {});

}  // namespace folio::layout
