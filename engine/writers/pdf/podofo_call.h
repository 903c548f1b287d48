// The one place where PoDoFo's exceptions (PoDoFo::PdfError, which is not a std::exception,
// pdf-facts §2) become folio diagnostics.
#pragma once

#include <functional>
#include <string>

#include "base/result.h"

namespace folio::pdf {

/// Runs `body`, turning a PoDoFo::PdfError into a `pdf.podofo` error diagnostic that names the
/// PoDoFo error and `what` (the step that failed). Other exceptions propagate unchanged.
base::Result<bool> podofo_call(const std::string& what, const std::function<void()>& body);

}  // namespace folio::pdf
