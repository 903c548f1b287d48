#include "writers/pdf/cluster_text.h"

#include <hb.h>

#include <algorithm>
#include <map>

#include "base/utf8.h"

namespace folio::pdf {

namespace {

hb_unicode_general_category_t category(char32_t cp) {
  return hb_unicode_general_category(hb_unicode_funcs_get_default(), static_cast<hb_codepoint_t>(cp));
}

bool nonspacing_mark(char32_t cp) { return category(cp) == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK; }
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

bool has_mark(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    if (nonspacing_mark(base::next_code_point(text, i))) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> glyph_texts(const layout::GlyphRun& run) {
  const auto& glyphs = run.glyphs;
  std::vector<std::string> out(glyphs.size());
  std::map<std::uint32_t, std::vector<std::size_t>> clusters;  // cluster -> glyph indices
  for (std::size_t i = 0; i < glyphs.size(); ++i) clusters[glyphs[i].cluster].push_back(i);
  const bool rtl = run.level % 2 == 1;
  for (auto it = clusters.begin(); it != clusters.end(); ++it) {
    const std::size_t begin = std::min<std::size_t>(it->first, run.text.size());
    const auto next = std::next(it);
    const std::size_t end = next == clusters.end() ? run.text.size() : std::min<std::size_t>(next->first, run.text.size());
    const std::string_view text = std::string_view(run.text).substr(begin, end - begin);
    std::vector<std::size_t> members = it->second;  // visual order
    if (rtl) std::reverse(members.begin(), members.end());
    std::size_t pos = 0;
    for (std::size_t k = 0; k < members.size(); ++k) {
      if (k + 1 == members.size()) {
        out[members[k]] = std::string(text.substr(pos));
      } else if (pos < text.size()) {
        const std::size_t start = pos;
        base::next_code_point(text, pos);
        out[members[k]] = std::string(text.substr(start, pos - start));
      }
    }
  }
  return out;
}

std::vector<ContentGlyph> content_glyphs(const layout::GlyphRun& run, std::optional<std::uint32_t> invisible) {
  const std::vector<std::string> texts = glyph_texts(run);
  const bool split = invisible && run.level % 2 == 0;
  std::vector<ContentGlyph> out;
  out.reserve(run.glyphs.size());
  double pen = 0;
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
    const layout::PositionedGlyph& g = run.glyphs[i];
    const double x = pen + g.x_offset;
    pen += g.advance;
    if (!split || g.advance <= 0 || !has_mark(texts[i])) {
      out.push_back(ContentGlyph{g.gid, texts[i], x, g.y_offset, false});
      continue;
    }
    Parts parts = split_marks(texts[i]);
    if (parts.base.empty()) {  // a spacing glyph of marks alone: nothing to keep it company
      out.push_back(ContentGlyph{g.gid, texts[i], x, g.y_offset, false});
      continue;
    }
    if (!parts.lead.empty()) out.push_back(ContentGlyph{*invisible, std::move(parts.lead), x, 0, true});
    out.push_back(ContentGlyph{g.gid, std::move(parts.base), x, g.y_offset, false});
    if (!parts.tail.empty()) out.push_back(ContentGlyph{*invisible, std::move(parts.tail), pen, 0, true});
  }
  return out;
}

}  // namespace folio::pdf
