// The shape of a language identifier, as PDF/UA-1 (ISO 14289-1, 7.2) and EPUB's xml:lang and
// dc:language require it (RFC 3066, which BCP 47 extends): what both audits check.
#pragma once

#include <string_view>

namespace folio::audit {

/// alpha{1,8}(-alnum{1,8})*: "en", "zh-Hant", "de-DE-1996"; not "", "fr fr", "en_US", "en-".
bool is_valid_lang(std::string_view lang);

}  // namespace folio::audit
