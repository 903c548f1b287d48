// Which text each glyph of a shaped run stands for: the input of the ToUnicode mappings.
#pragma once

#include <string>
#include <vector>

#include "layout/paged_document.h"

namespace folio::pdf {

/// The text of every glyph of `run`, in the run's (visual) glyph order. A cluster's text is
/// text[cluster, next larger cluster). A cluster of one glyph gives it all its text (ligatures
/// map to all their characters); a cluster of several glyphs gives one code point to each glyph
/// in logical order and the rest to its last glyph, so extraction in content order reads the
/// whole cluster; glyphs left with nothing get "". Pure function.
std::vector<std::string> glyph_texts(const layout::GlyphRun& run);

}  // namespace folio::pdf
