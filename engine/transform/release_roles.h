// Release semantics on any reader's blocks: dateline, lead, quotations with attribution,
// contacts, "About …" boilerplate, end marks and embargo lines, plus the metadata they carry.
#pragma once

#include "base/diagnostic.h"
#include "model/document.h"

namespace folio::transform {

/// Sets roles on top-level blocks (grouping "About"/"Contacts" headings with what follows into a
/// Section) and fills metadata.date/place/contacts from what it recognises. Reports each guess.
base::Diagnostics assign_release_roles(model::Document& document);

}  // namespace folio::transform
