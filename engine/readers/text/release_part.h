// A release's own parts after its text: its contacts, its "about" paragraph, its end mark. On a
// scraped page the main-text model takes them for furniture (short lines, names, numbers), so
// they are kept after it; but a web page's "Kontakt" link above a menu, or an "about us" box of
// links, is furniture, and a part is kept only as far as it holds what it names.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "readers/text/main_text.h"

namespace folio::readers {

/// Whether `text` holds a contact detail: an e-mail address ("presse@example.org"), a telephone
/// number (seven digits or more in one run of digits, spaces and + ( ) / - . not grouped as a
/// date is, "12.03.2024" or "1.250.000": "+49 (0)40 / 49 07 11 06", "1 (876) 926-3590") or a
/// web address ("www.…", "https://…").
bool holds_contact_detail(std::string_view text);

/// The end (one past the last block) of the release part that `blocks[i]` opens: an end mark or
/// an embargo line alone; contacts up to their last block that holds a contact detail, over
/// short blocks (names, roles, addresses); an "about" heading and the prose under it. `i` when
/// the block opens no part, when it is a list item (a menu's "• Kontakt"), or when the part holds
/// nothing of what it names (no contact detail, no prose).
std::size_t release_part_end(const std::vector<TextBlock>& blocks, std::size_t i);

}  // namespace folio::readers
