#include "writers/text/write_text.h"

#include "model/dump.h"

namespace folio::writers {
std::string write_text(const model::Document& document, const TextWriterOptions&) { return model::dump_document(document); }
}  // namespace folio::writers
