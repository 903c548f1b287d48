// String helpers shared by the HTML reader's stages: HTML whitespace and ASCII case.
#pragma once

#include <string>
#include <string_view>

namespace folio::readers::html {

/// `text` with HTML whitespace runs (space, tab, CR, LF, FF) collapsed to one space and trimmed.
std::string collapse_whitespace(std::string_view text);

/// `text` with ASCII letters lower-cased (attribute values such as rel, role, scope).
std::string lower_ascii(std::string_view text);

}  // namespace folio::readers::html
