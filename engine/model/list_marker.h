// The marker of a list item, the same in every writer: what the PDF tags as Lbl, the plain text
// writes and the EPUB shows.
#pragma once

#include <cstddef>
#include <string>

#include "model/block.h"

namespace folio::model {

/// "•" for an unordered list; "N." for item `index` (from 0) of an ordered one, counted from
/// its start.
std::string list_marker(const List& list, std::size_t index);

}  // namespace folio::model
