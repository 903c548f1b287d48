// String helpers shared by the HTML reader's stages: HTML whitespace and ASCII case.
#pragma once

#include "base/utf8.h"

#include <string>
#include <string_view>

namespace folio::readers::html {

/// `text` with HTML whitespace runs (space, tab, CR, LF, FF) collapsed to one space and trimmed.
std::string collapse_whitespace(std::string_view text);

using base::lower_ascii;

}  // namespace folio::readers::html
