// HTML whitespace processing on mapped inline content: what a browser shows, as text.
#pragma once

#include <span>

#include "model/inline.h"

namespace folio::readers::html {

/// Collapses runs of HTML whitespace across the text of `inlines` (and nested inlines) to one
/// space, trims both ends and around line breaks, and removes a line break between two East Asian
/// wide characters or next to ideographic punctuation (CSS Text 3 segment break transformation),
/// so hard-wrapped CJK text is not split by spaces. Empty text and empty containers are removed and
/// adjacent texts merged afterwards. Linear in the text size.
void normalize_whitespace(model::Inlines& inlines);

/// True when `inlines` hold nothing visible (no text other than spaces and no-break spaces, no image).
bool is_blank(std::span<const model::Inline> inlines);

}  // namespace folio::readers::html
