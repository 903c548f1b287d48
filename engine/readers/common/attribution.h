// Who is quoted: a quotation's last paragraph that starts with a dash ("— Name, role") is its
// attribution, in web pages and Word documents alike.
#pragma once

#include "model/inline.h"

namespace folio::readers {

/// When `inlines` start with a dash ("—", "–", "―", "-- ", "- "), removes it and the spaces after
/// it and returns true; otherwise leaves them as they are.
bool strip_attribution_dash(model::Inlines& inlines);

}  // namespace folio::readers
