// The marker of a list item, the same in every writer: what the PDF tags as Lbl, the plain text
// writes and the EPUB shows. A task item's marker is its box.
#pragma once

#include <cstddef>
#include <string>

#include "model/block.h"

namespace folio::model {

/// "•" for an unordered list; "N." for item `index` (from 0) of an ordered one, counted from
/// its start. A task item shows its box instead of the bullet, after the number when ordered:
/// "☑" (U+2611) when checked, "☐" (U+2610) when not; "3. ☑".
std::string list_marker(const List& list, std::size_t index);

/// list_marker() in ASCII where it draws a box, for plain text: "[x]", "[ ]", "3. [x]".
std::string list_marker_text(const List& list, std::size_t index);

}  // namespace folio::model
