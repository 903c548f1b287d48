// Element mapping: HTML elements of the chosen content → model blocks and inlines, with lang/dir,
// alt text, table headers and captions. Unknown and custom elements are transparent.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/source_text.h"
#include "model/block.h"
#include "readers/html/html_tree.h"
#include "readers/html/main_content.h"

namespace folio::readers::html {

struct MappedContent {
  model::Blocks blocks;
  std::string first_datetime;  ///< datetime of the first <time> in the content, if any
  std::vector<bool> read_elsewhere;  ///< per node: not read where it stands (a note, read into the notes)
};

/// Maps the subtree at `start` (the content root, or the body when boilerplate is kept) to blocks.
/// Regions marked dropped in `choice` are skipped, or kept as Role::navigation sections when
/// `keep_boilerplate`. `lang` is the document language (blocks only carry a lang that differs).
/// Reports `html.image-alt-missing` (warning) and `html.layout-table` (note).
MappedContent map_content(const HtmlTree& tree, const ContentChoice& choice, NodeIndex start, const std::string& lang,
                          bool keep_boilerplate, const base::SourceText& source, base::Diagnostics& diagnostics);

}  // namespace folio::readers::html
