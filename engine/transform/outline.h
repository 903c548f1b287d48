// The document outline every writer relies on: a title, and heading levels that start at 1 and
// never skip one on the way down (PDF/UA-1 checks both; screen readers navigate by them).
#pragma once

#include "base/diagnostic.h"
#include "model/document.h"

namespace folio::transform {

/// Renumbers heading levels so the first is 1 and each is at most one deeper than the one
/// before; each change is reported.
base::Diagnostics normalize_heading_levels(model::Document& document);

/// When the document has no title: a level-1 heading that opens it, else the first sentence of the
/// first paragraph (shortened), reported as a warning so the user can give a better one.
base::Diagnostics ensure_title(model::Document& document);

/// Makes the headline a role every writer sees: without a Role::headline block, a level-1 heading
/// that opens the document becomes the headline; failing that, a title that came from the source
/// (`title_derived` false) is shown as one at the top. A derived title is never shown: it repeats
/// the first sentence.
base::Diagnostics ensure_headline(model::Document& document, bool title_derived);

}  // namespace folio::transform
