// Word fields (ECMA-376 Part 1, 17.16): the instruction of a field, as far as it changes the
// model. Every field shows its last computed result (dates, page numbers, cross-references);
// only a HYPERLINK field also makes that result a link.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::readers::docx {

/// A HYPERLINK field's target: `HYPERLINK "https://…"`, or `HYPERLINK \l "bookmark"` ("#bookmark").
/// nullopt for any other field or a HYPERLINK without a target.
std::optional<std::string> hyperlink_target(std::string_view instruction);

}  // namespace folio::readers::docx
