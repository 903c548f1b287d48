// Unicode full case folding (CaseFolding.txt statuses C and F, as ICU's foldCase) of UTF-8 text:
// the one way words are compared without regard to case ("Juni", "JUNI", "juni"; "Straße",
// "STRASSE").
#pragma once

#include <string>
#include <string_view>

namespace folio::transform {

/// `text` case-folded. Text that is not valid UTF-8 is folded with U+FFFD for each bad sequence.
std::string fold_case(std::string_view text);

}  // namespace folio::transform
