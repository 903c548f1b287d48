#include "writers/pdf/cluster_text.h"

#include <hb.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <numeric>
#include <utility>

#include "base/utf8.h"

namespace folio::pdf {

namespace {

hb_unicode_general_category_t category(char32_t cp) {
  return hb_unicode_general_category(hb_unicode_funcs_get_default(), static_cast<hb_codepoint_t>(cp));
}

// No nonspacing mark comes before U+0300 (Combining Diacritical Marks): most text never asks.
bool nonspacing_mark(char32_t cp) { return cp >= 0x300 && category(cp) == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK; }
bool format_character(char32_t cp) { return category(cp) == HB_UNICODE_GENERAL_CATEGORY_FORMAT; }

/// `text` cut in three: leading marks and format characters, the letters after them up to the
/// next mark (without trailing format characters), and the rest.
struct Parts {
  std::string lead, base, tail;
};

Parts split_marks(const std::string& text) {
  Parts parts;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next = i;
    const char32_t cp = base::next_code_point(text, next);
    if (!nonspacing_mark(cp) && !format_character(cp)) break;
    i = next;
  }
  parts.lead = text.substr(0, i);
  std::size_t base_end = i, last_letter_end = i;
  while (base_end < text.size()) {
    std::size_t next = base_end;
    const char32_t cp = base::next_code_point(text, next);
    if (nonspacing_mark(cp)) break;
    base_end = next;
    if (!format_character(cp)) last_letter_end = next;
  }
  parts.base = text.substr(i, last_letter_end - i);
  parts.tail = text.substr(last_letter_end);
  return parts;
}

bool only_marks(const std::string& text) {
  if (text.empty()) return false;
  for (std::size_t i = 0; i < text.size();) {
    if (!nonspacing_mark(base::next_code_point(text, i))) return false;
  }
  return true;
}

/// A character poppler's bidi pass (TextOutputDev reorderText) may take for a number's: digits
/// and the separators and terminators around them (. , / : - % …).
bool weak(const std::string& text) {
  if (text.empty()) return false;
  std::size_t i = 0;
  switch (u_charDirection(static_cast<UChar32>(base::next_code_point(text, i)))) {
    case U_EUROPEAN_NUMBER:
    case U_ARABIC_NUMBER:
    case U_EUROPEAN_NUMBER_SEPARATOR:
    case U_EUROPEAN_NUMBER_TERMINATOR:
    case U_COMMON_NUMBER_SEPARATOR:
      return true;
    default:
      return false;
  }
}

/// Punctuation and symbols, and white space, alone: no letter, no digit.
bool punctuation_only(const std::string& text) {
  bool punctuation = false;
  for (std::size_t i = 0; i < text.size();) {
    switch (u_charDirection(static_cast<UChar32>(base::next_code_point(text, i)))) {
      case U_WHITE_SPACE_NEUTRAL:
      case U_SEGMENT_SEPARATOR:
        continue;
      case U_OTHER_NEUTRAL:
      case U_EUROPEAN_NUMBER_SEPARATOR:
      case U_EUROPEAN_NUMBER_TERMINATOR:
      case U_COMMON_NUMBER_SEPARATOR:
      case U_DIR_NON_SPACING_MARK:
      case U_BOUNDARY_NEUTRAL:
        punctuation = true;
        break;
      default:
        return false;
    }
  }
  return punctuation;
}

constexpr const char* kRlm = "\u200F";
constexpr double kBeside = 0.01;  // pt: left of a letter, not on it

/// The texts of a right-to-left run's glyphs (visual order) as both extractors read them in
/// logical order:
/// - a glyph that draws without advancing and stands for letters (the alef of Noto Naskh's
///   lam-alef) gives them to its right neighbour, its logical predecessor: pdf.js never moves
///   its pen for it, and reads a space before the next glyph;
/// - a space before a word-final mark (visually, "يسرّ ") is read with a RIGHT-TO-LEFT MARK:
///   pdf.js reads the space of a space glyph just before the next glyph it meets, which is the
///   zero-width mark, and then once more before the base letter, a space away from where its pen
///   last advanced; a space glyph that is not white space alone advances that pen;
/// - in a right-to-left paragraph, a number's separator is followed by a RIGHT-TO-LEFT MARK
///   (stored visually, so on its left): poppler's reorderText puts the white space on the left
///   of a run of digits and separators into that run, on the wrong side.
void rtl_texts(const layout::GlyphRun& run, std::vector<std::string>& texts) {
  const auto& glyphs = run.glyphs;
  for (std::size_t i = 0; i + 1 < glyphs.size(); ++i) {
    if (glyphs[i].advance == 0 && !texts[i].empty() && !has_nonspacing_mark(texts[i]) && glyphs[i + 1].advance > 0 &&
        !texts[i + 1].empty()) {
      texts[i + 1] += texts[i];
      texts[i].clear();
    }
  }
  for (std::size_t i = 0; i + 1 < glyphs.size(); ++i) {
    if (texts[i] == " " && only_marks(texts[i + 1])) texts[i] += kRlm;
  }
  if (!run.rtl_line) return;
  for (auto& text : texts) {
    if (weak(text)) text += kRlm;
  }
}

}  // namespace

bool has_nonspacing_mark(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII: no mark, asked for most glyphs
      ++i;
      continue;
    }
    if (nonspacing_mark(base::next_code_point(text, i))) return true;
  }
  return false;
}

std::vector<std::string> glyph_texts(const layout::GlyphRun& run) {
  const auto& glyphs = run.glyphs;
  std::vector<std::string> out(glyphs.size());
  // Glyph indices grouped by cluster, ascending, each cluster's glyphs in visual order. A shaped
  // run comes in cluster order already (forwards, or backwards when right-to-left), so this is
  // one pass and a reversal in the usual cases; this runs for every glyph of the document.
  std::vector<std::uint32_t> order(glyphs.size());
  std::iota(order.begin(), order.end(), 0u);
  const auto by_cluster = [&](std::uint32_t a, std::uint32_t b) { return glyphs[a].cluster < glyphs[b].cluster; };
  // Within a cluster the order is visual, except after the reversal, where it is the reverse.
  bool reversed = false;
  if (std::is_sorted(order.rbegin(), order.rend(), by_cluster) && !std::is_sorted(order.begin(), order.end(), by_cluster)) {
    std::reverse(order.begin(), order.end());
    reversed = true;
  } else if (!std::is_sorted(order.begin(), order.end(), by_cluster)) {
    std::stable_sort(order.begin(), order.end(), by_cluster);
  }
  const bool rtl = run.level % 2 == 1;
  const std::string_view all(run.text);
  for (std::size_t g = 0; g < order.size();) {
    const std::uint32_t cluster = glyphs[order[g]].cluster;
    std::size_t e = g + 1;
    while (e < order.size() && glyphs[order[e]].cluster == cluster) ++e;
    const std::size_t begin = std::min<std::size_t>(cluster, all.size());
    const std::size_t end = e == order.size() ? all.size() : std::min<std::size_t>(glyphs[order[e]].cluster, all.size());
    const std::string_view text = all.substr(begin, end - begin);
    // A cluster's glyphs take its code points in logical order: visual order, reversed when
    // right-to-left.
    if (rtl != reversed) std::reverse(order.begin() + static_cast<std::ptrdiff_t>(g), order.begin() + static_cast<std::ptrdiff_t>(e));
    std::size_t pos = 0;
    for (std::size_t k = g; k < e; ++k) {
      if (k + 1 == e) {
        out[order[k]] = std::string(text.substr(pos));
      } else if (pos < text.size()) {
        const std::size_t start = pos;
        base::next_code_point(text, pos);
        out[order[k]] = std::string(text.substr(start, pos - start));
      }
    }
    g = e;
  }
  return out;
}

std::vector<ContentGlyph> content_glyphs(const layout::GlyphRun& run, std::optional<std::uint32_t> invisible) {
  std::vector<std::string> texts = glyph_texts(run);
  if (run.level % 2 == 1) {
    rtl_texts(run, texts);
  } else if (!texts.empty()) {
    // The left end of a number or Latin words in a right-to-left line: poppler's reorderText
    // takes the white space and separators on its left into it unless a right-to-left
    // character stops it there.
    if (run.ltr_start) texts.front().insert(0, kRlm);
  }
  const bool split = invisible && run.level % 2 == 0;
  std::vector<ContentGlyph> out, raised;
  out.reserve(run.glyphs.size());
  double pen = 0;
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
    const layout::PositionedGlyph& g = run.glyphs[i];
    const double x = pen + g.x_offset;
    pen += g.advance;
    if (invisible && run.level % 2 == 1 && g.advance == 0 && g.y_offset != 0 && only_marks(texts[i]) &&
        i + 1 < run.glyphs.size() && run.glyphs[i + 1].advance > 0) {
      // A mark raised (or lowered) off the baseline in a right-to-left run: poppler starts a
      // word where the baseline moves and ends its line at a word that overlaps the one before
      // by half an em, so a raised mark cut the line in two, read in the wrong order. Its text
      // goes onto the invisible glyph on the baseline, just left of its base letter (the next
      // glyph: HarfBuzz gives a right-to-left cluster's mark before its base), read with it by
      // both extractors; the mark itself is white space, which poppler drops, drawn after the
      // run's other glyphs: pdf.js reads a space glyph's space before the next glyph unless that
      // one starts where its pen is, which inside a cursive word it often does not.
      out.push_back(ContentGlyph{*invisible, std::move(texts[i]), pen - kBeside, 0, true, g.cluster});
      raised.push_back(ContentGlyph{g.gid, " ", x, g.y_offset, false, g.cluster});
      continue;
    }
    if (!split || g.advance <= 0 || !has_nonspacing_mark(texts[i])) {
      out.push_back(ContentGlyph{g.gid, std::move(texts[i]), x, g.y_offset, false, g.cluster});
      continue;
    }
    Parts parts = split_marks(texts[i]);
    if (parts.base.empty()) {  // a spacing glyph of marks alone: nothing to keep it company
      out.push_back(ContentGlyph{g.gid, std::move(texts[i]), x, g.y_offset, false, g.cluster});
      continue;
    }
    if (!parts.lead.empty()) out.push_back(ContentGlyph{*invisible, std::move(parts.lead), x, 0, true, g.cluster});
    out.push_back(ContentGlyph{g.gid, std::move(parts.base), x, g.y_offset, false, g.cluster});
    if (!parts.tail.empty()) out.push_back(ContentGlyph{*invisible, std::move(parts.tail), pen, 0, true, g.cluster});
  }
  out.insert(out.end(), raised.begin(), raised.end());
  // A right-to-left run of punctuation alone ("),", ".>" after a Latin word): pdf.js turns a text
  // item from visual to logical order only when it holds right-to-left letters or Arabic digits,
  // so it read these in visual order (",)"). Drawn in logical order, right to left, each glyph is
  // read where it belongs.
  if (run.level % 2 == 1 && punctuation_only(run.text)) std::reverse(out.begin(), out.end());
  // Its right end likewise: poppler gives a closing bracket there to the right-to-left text on
  // its right unless a LEFT-TO-RIGHT MARK keeps it. On a glyph of its own (pdf.js skips a glyph
  // whose text ends in a format character, letters and all).
  if (run.ltr_end && invisible && !out.empty()) {
    out.push_back(ContentGlyph{*invisible, "\u200E", pen, 0, true, out.back().cluster});
  }
  return out;
}

}  // namespace folio::pdf
