#include "base/language_tag.h"

#include "base/utf8.h"

namespace folio::base {

std::string primary_language(std::string_view tag) { return lower_ascii(tag.substr(0, tag.find_first_of("-_"))); }

}  // namespace folio::base
