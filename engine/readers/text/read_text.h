// Reader for plain text scraped from web pages: navigation removal, headline, paragraph
// reconstruction from hard-wrapped lines. Release semantics common to all readers are applied
// later by transform::apply_release_transforms.
#pragma once

#include "base/result.h"
#include "base/source_text.h"
#include "model/document.h"

namespace folio::readers {

struct TextReaderOptions {
  bool keep_boilerplate = false;  ///< keep site navigation as Role::navigation blocks
  bool repair = true;             ///< --no-repair: words hyphenated at line ends keep their hyphen
};

base::Warned<model::Document> read_text(const base::SourceText& source, const TextReaderOptions& options = {});

}  // namespace folio::readers
