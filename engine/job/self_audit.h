// `folio convert` checks what it writes with the same audit as `folio audit`, so a user learns of
// a problem in the output at once, not from the next tool in the pipeline.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"

namespace folio::job {

/// Audits output bytes of `format` ("pdf" or "epub"; anything else gives nothing) written to
/// `file`. Each finding becomes a diagnostic `audit.<rule>` naming the clause; the audit's errors
/// are errors under `strict` (the conversion exits 3) and warnings otherwise. A clean output gets
/// one note saying so.
base::Diagnostics self_audit(std::string_view format, std::string_view bytes, const std::string& file, bool strict);

}  // namespace folio::job
