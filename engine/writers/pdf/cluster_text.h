// Which text each glyph of a shaped run stands for: the input of the ToUnicode mappings, and the
// glyphs a content stream shows for a run.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/paged_document.h"

namespace folio::pdf {

/// The text of every glyph of `run`, in the run's (visual) glyph order. A cluster's text is
/// text[cluster, next larger cluster). A cluster of one glyph gives it all its text (ligatures
/// map to all their characters); a cluster of several glyphs gives one code point to each glyph
/// in logical order and the rest to its last glyph, so extraction in content order reads the
/// whole cluster; glyphs left with nothing get "". Pure function.
std::vector<std::string> glyph_texts(const layout::GlyphRun& run);

/// Does `text` (UTF-8) hold a nonspacing mark (Unicode Mn)?
bool has_nonspacing_mark(std::string_view text);

/// A glyph as the content stream shows it, with the text it stands for.
struct ContentGlyph {
  std::uint32_t gid = 0;
  std::string text;
  double x = 0, y = 0;  ///< origin, relative to the run's origin (pt)
  bool invisible = false;  ///< the font's invisible glyph, carrying marks split off its neighbour
  std::uint32_t cluster = 0;  ///< the run glyph's cluster (byte offset in the run's text)
};

/// The glyphs of `run` in content order, each with its text (glyph_texts). In a left-to-right
/// run, a glyph that moves the pen but stands for text holding a nonspacing mark (Unicode Mn: a
/// Sinhala consonant fused with its vowel sign, ළි) keeps its letters, and the marks (with any
/// trailing format character) go onto `invisible` (CidFontBuilder::invisible_glyph) drawn where
/// it ends: pdf.js takes every glyph whose text holds a nonspacing mark for a zero-width one and
/// then misplaces the spaces around it (mozilla/pdf.js#21890), while the text, read in content
/// order, stays the same. Right-to-left runs, and every run when `invisible` is nullopt, are
/// left as they are. Pure function.
std::vector<ContentGlyph> content_glyphs(const layout::GlyphRun& run, std::optional<std::uint32_t> invisible);

}  // namespace folio::pdf
