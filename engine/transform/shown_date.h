// The release date where readers look for it: a press release is read by its date, and a date
// kept only in metadata is seen by nobody reading the PDF, the EPUB or the text.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "model/document.h"

namespace folio::transform {

/// ISO date `iso` (YYYY-MM-DD…) in the long form of BCP 47 language `lang` ("14 février 2009",
/// "February 14, 2009", "2009年2月14日"), or nullopt when `iso` is not a calendar date.
std::optional<std::string> long_date(const std::string& iso, const std::string& lang);

/// When the metadata has a date that no dateline and none of the first paragraphs shows, adds a
/// dateline paragraph ("Place, date" in the document's language) after the headline, and says so.
base::Diagnostics show_date(model::Document& document);

}  // namespace folio::transform
