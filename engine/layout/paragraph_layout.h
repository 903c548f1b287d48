// One paragraph from shaped text to lines: Knuth–Plass items from clusters and break points,
// total-fit breaking, justification, and visual reordering of each line (UAX #9 rule L2).
#pragma once

#include <vector>

#include "base/diagnostic.h"
#include "layout/knuth_plass.h"
#include "layout/paged_document.h"
#include "text/font_book.h"
#include "text/line_breaker.h"
#include "text/shaper.h"

namespace folio::layout {

struct ParagraphParams {
  double width = 0;           ///< measure, pt
  bool justify = true;
  bool hyphenate = true;
  /// Words wider than the measure may break between any two characters, at a cost. Off to
  /// measure a table column's narrowest width (CSS min-content), which such breaks would shrink
  /// to one character.
  bool break_long_words = true;
  base::NodeId block;         ///< the block whose plain text is the paragraph text
  Rgb color;
  friend bool operator==(const ParagraphParams&, const ParagraphParams&) = default;
};

/// A set line. Items use line coordinates: x from the line's left edge, y = 0 on the baseline
/// (up is positive); GlyphRun::font holds a text::FaceId until the page is assembled.
struct LaidLine {
  double width = 0;           ///< natural width after justification
  double ratio = 0;           ///< adjustment ratio applied to the glue (0 for ragged lines)
  bool last = false;          ///< the paragraph's last line (never stretched)
  std::vector<PageItem> items;
};

struct LaidParagraph {
  std::vector<LaidLine> lines;
  bool greedy = false;        ///< no total-fit solution even with emergency stretch: first-fit breaks used
  base::Diagnostics warnings;
};

/// Shapes, breaks and sets `input`. Shaping happens once per paragraph; lines only ever break at
/// cluster boundaries HarfBuzz marks safe to break (HB_GLYPH_FLAG_UNSAFE_TO_BREAK clear), where
/// cutting the shaped glyphs gives exactly what reshaping each piece would: a hyphenation point
/// inside a ligature or a contextual form is not used.
LaidParagraph layout_paragraph(const text::ParagraphInput& input, const ParagraphParams& params,
                               text::FontBook& fonts, text::LineBreaker& breaker);

/// Breaks `input` as layout_paragraph does (or first-fit when `greedy`) and reports the
/// adjustment ratio of every line; for the benchmark's evenness comparison.
struct BreakStudy {
  std::vector<double> ratios;  ///< per line except the last
};
BreakStudy study_breaking(const text::ParagraphInput& input, const ParagraphParams& params, text::FontBook& fonts,
                          text::LineBreaker& breaker, bool greedy);

}  // namespace folio::layout
