// The Markdown body: cmark-gfm parses it, this maps its tree to model blocks. The only place
// cmark-gfm is used.
#pragma once

#include <string_view>

#include "base/result.h"
#include "base/source_text.h"
#include "model/block.h"
#include "readers/markdown/read_markdown.h"

namespace folio::readers {

/// Deeper block or inline nesting is flattened to plain text and reported.
inline constexpr int kMaxMarkdownDepth = 256;

/// Parses `markdown` — the text of `source` with its front matter replaced by empty lines, so
/// that line numbers match — and maps it to blocks whose spans point into `source`. Raw HTML
/// blocks go through read_html as fragments. Never fails; linear in the input size.
base::Warned<model::Blocks> convert_markdown(const base::SourceText& source, std::string_view markdown,
                                             const MarkdownReaderOptions& options);

}  // namespace folio::readers
