// Paragraphs that are only bold text ("**Pilier 1 : stabilité**", `<p><strong>Programm</strong></p>`)
// are headings in all but markup: promoting them gives screen-reader users and the PDF outline
// the structure sighted readers see.
#pragma once

#include "base/diagnostic.h"
#include "model/document.h"

namespace folio::transform {

/// Turns top-level bold-only short paragraphs into headings one level below the enclosing
/// heading (level 2 under the headline). Each promotion is reported.
base::Diagnostics promote_pseudo_headings(model::Document& document);

}  // namespace folio::transform
