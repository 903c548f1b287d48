#include "writers/pdf/podofo_call.h"

#include <podofo/podofo.h>

namespace folio::pdf {

base::Result<bool> podofo_call(const std::string& what, const std::function<void()>& body) {
  try {
    body();
    return true;
  } catch (const PoDoFo::PdfError& error) {
    std::string name = PoDoFo::PdfError::ErrorName(error.GetError()) ? PoDoFo::PdfError::ErrorName(error.GetError()) : "";
    if (name.empty()) name = error.what() ? error.what() : "unknown";
    return base::make_error("pdf.podofo", {}, what + " failed in PoDoFo: " + name);
  }
}

}  // namespace folio::pdf
