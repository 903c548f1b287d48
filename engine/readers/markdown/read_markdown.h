// Reader for Markdown releases (cmark-gfm with tables and autolinks) with key: value front matter.
#pragma once

#include "base/result.h"
#include "base/source_text.h"
#include "model/document.h"

namespace folio::readers {

struct MarkdownReaderOptions {
  bool keep_boilerplate = false;
};

/// Never fails; raw HTML blocks go through read_html as fragments.
base::Warned<model::Document> read_markdown(const base::SourceText& source,
                                            const MarkdownReaderOptions& options = {});

}  // namespace folio::readers
