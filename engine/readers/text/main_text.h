// Finds the main text of a scraped page: groups the hard-wrapped lines back into the page's
// blocks, measures each block (prose evidence, shape, repetition, place against the densest run
// of prose, the section headings above it) and keeps the blocks a logistic model scores as main
// text. The model's weights are a reviewed data file (main_text_model.tsv), trained by
// scripts/main-text/train.py on the developers' half of the extraction benchmark.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "readers/text/line_scan.h"

namespace folio::readers {

/// Lines a browser wrapped from one paragraph, list item or menu entry.
struct TextBlock {
  std::size_t first = 0;  ///< index of its first line
  std::size_t last = 0;   ///< index of its last line
  std::string text;       ///< its lines joined by spaces, bullet marker removed
  bool bullet = false;    ///< opens with a bullet or box glyph (• □ ☆ ○ * - | …)
  bool numbered = false;  ///< opens with a list item's number ("1.", "2)"), kept in `text`
  std::size_t indent = 0;
  /// A script's minified code or a template's unfilled placeholders (program_text.h): no part
  /// of the page a reader sees, so the model measures the page without it.
  bool program = false;
};

/// The width the page's lines from `begin` on were wrapped at, indent included (wide characters
/// count two): the 95th percentile of the non-blank lines, at least 20; 0 for no such line.
std::size_t wrap_width(const std::vector<Line>& lines, std::size_t begin);

/// Whether `line` goes on with the text of the line above it, as a browser wraps a paragraph at
/// `wrap`: the line above was full (`line`'s first word would not have fitted after it) and no
/// sentence ends before a capital between them, or `line` goes on in lower case after a line
/// cut short that ends no sentence. A picture's credit ends a caption as a stop ends a sentence;
/// a picture or a form field drawn in brackets ("[logo]") stands on its own line.
bool carries_on(const Line& above, const Line& line, std::size_t wrap);

/// Whether `line` opens with a dash and a space that the wrap moved from the end of `above`: the
/// sentence goes on in lower case after it, `above` (at the same indent) ends no sentence and was
/// full, and neither `above` nor `below` (the next line, if any) opens with the same dash, as the
/// items of a list do. Such a dash ("…erkrankten die Schweine reihenweise / - und nicht nur sie")
/// is no bullet.
bool dash_carries_on(const Line& above, const Line& line, const Line* below, std::size_t wrap);

/// A picture or a form field as a text browser draws them, alone on a line: "[logo]", "[ ]".
bool is_drawn_object(std::string_view text);

/// A line opening with a bullet or box glyph, or a horizontal rule: it never carries on a line.
bool is_bullet_or_rule(std::string_view text);

/// Groups the non-blank lines from `begin` on: a line continues the block above when the
/// block's last line was full (the next line's first word would not have fitted in the wrap
/// width), at the same indent, and the line is not a new bullet or a new sentence after a stop.
std::vector<TextBlock> group_wrapped_lines(const std::vector<Line>& lines, std::size_t begin);

/// 63 measures of a block and its place, then the products of 15 of them two by two (a short
/// line is furniture, unless prose follows it; a bullet inside the article run is not a menu).
inline constexpr std::size_t kMainTextFeatures = 63 + 15 * 14 / 2;
using BlockFeatures = std::array<double, kMainTextFeatures>;

/// The names of the features, in order (the keys of main_text_model.tsv).
const std::array<std::string_view, kMainTextFeatures>& main_text_feature_names();

/// Measures every block; `features[i]` belongs to `blocks[i]`. Deterministic.
std::vector<BlockFeatures> main_text_features(const std::vector<TextBlock>& blocks);

/// The model's probability that each block is main text.
std::vector<double> main_text_scores(const std::vector<BlockFeatures>& features);

/// Which blocks are main text, each score first divided by the page's best score (a page whose
/// best block is unsure lowers the bar for all): a score at or above the model's threshold, or,
/// as jusText's context pass does, a near score (at or above the model's near threshold) for a
/// block between two kept blocks, or for a block of prose beside a kept block; a run of at most
/// two blocks between kept blocks that names no furniture is kept (a subheading, a caption, a
/// quote), and of up to five when all of them score near; a list (a run of bullet blocks) between two kept blocks is kept whole when its items'
/// mean score is near; the text's last sentence right after a block kept is kept when it scores
/// at least 0.15, names no furniture and announces nothing.
std::vector<bool> main_text_kept(const std::vector<TextBlock>& blocks, const std::vector<BlockFeatures>& features,
                                 const std::vector<double>& scores);

}  // namespace folio::readers
