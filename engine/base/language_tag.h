// BCP 47 language tags, as far as every module needs them.
#pragma once

#include <string>
#include <string_view>

namespace folio::base {

/// Language subtag of a BCP 47 tag, lower-cased ("fr-CA" → "fr", "de_DE" → "de").
std::string primary_language(std::string_view tag);

}  // namespace folio::base
