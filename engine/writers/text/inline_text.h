// Plain-text writer, inline half: phrasing content to one string.
#pragma once

#include <string>

#include "model/inline.h"

namespace folio::writers {

/// Plain text of `inlines`: markup dropped, links as their text (the bare URL when they have
/// none), images as their stand-in text, note references as their marker ("[1]"), struck-through
/// text between "~~", line breaks as '\n'. Quotation marks are already text of
/// the document (transform::mark_inline_quotes). Text is NFC.
std::string render_inlines(const model::Inlines& inlines);

}  // namespace folio::writers
