// The "native" dump: a stable, line-oriented text form of a Document used by golden tests and
// `folio inspect`. Changing it changes every golden file, so change it deliberately.
#pragma once

#include <string>

#include "model/document.h"

namespace folio::model {

struct DumpOptions {
  bool spans = true;     ///< print "@line:col" of each node
  bool location = true;  ///< print metadata.source and metadata.identifier (where it came from)
};

std::string dump_document(const Document& document, const DumpOptions& options = {});

}  // namespace folio::model
