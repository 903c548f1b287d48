#include "readers/text/read_text.h"

namespace folio::readers {
base::Warned<model::Document> read_text(const base::SourceText&, const TextReaderOptions&) { return {}; }
}  // namespace folio::readers
