// Language tags as sources write them ("en_US", "english", "fr fr"), checked before any output
// carries them: a tag that is not BCP 47 makes screen readers keep the wrong voice and the
// outputs fail their own checks (PDF/UA-1 7.2, the EPUB's xml:lang and dc:language).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "model/document.h"

namespace folio::transform {

/// `tag` as a BCP 47 language tag (RFC 5646) whose language ISO 639 knows, with the underscores
/// of locale names made hyphens ("pt_BR" → "pt-BR") and surrounding space trimmed; nullopt when
/// it is not one: malformed ("fr fr", "en-"), a name ("english"), an unknown code ("xx"), "und".
std::optional<std::string> usable_language_tag(std::string_view tag);

/// Every language of `document` (its metadata's, each block's and inline's) made usable, or
/// dropped with a warning so that the language is detected or inherited instead.
void check_language_tags(model::Document& document, base::Diagnostics& out);

}  // namespace folio::transform
