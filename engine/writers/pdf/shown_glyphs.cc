#include "writers/pdf/shown_glyphs.h"

#include <hb.h>

#include "base/utf8.h"
#include "writers/pdf/cid_font_builder.h"
#include "writers/pdf/cluster_text.h"

namespace folio::pdf {

namespace {

/// Does `text` hold a nonspacing mark (what pdf.js takes for a zero-width glyph)?
bool holds_mark(const std::string& text) {
  hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = static_cast<hb_codepoint_t>(base::next_code_point(text, i));
    if (hb_unicode_general_category(unicode, cp) == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK) return true;
  }
  return false;
}

}  // namespace

const GlyphRecorder::Known& GlyphRecorder::known(std::uint32_t gid, const std::string& text, bool rtl) {
  const auto make = [&] { return Known{static_cast<std::uint32_t>(font_.use(gid, text, rtl)), holds_mark(text)}; };
  if (text.size() <= 3) {
    std::uint64_t key = static_cast<std::uint64_t>(gid) << 27 | static_cast<std::uint64_t>(rtl) << 26 |
                        static_cast<std::uint64_t>(text.size()) << 24;
    for (std::size_t i = 0; i < text.size(); ++i) key |= static_cast<std::uint64_t>(static_cast<unsigned char>(text[i])) << (8 * i);
    auto it = short_.find(key);
    if (it == short_.end()) it = short_.emplace(key, make()).first;
    return it->second;
  }
  key_.assign(reinterpret_cast<const char*>(&gid), sizeof gid);
  key_ += rtl ? 'r' : 'l';
  key_ += text;
  auto it = long_.find(key_);
  if (it == long_.end()) it = long_.emplace(key_, make()).first;
  return it->second;
}

std::vector<ShownGlyph> GlyphRecorder::record(const layout::GlyphRun& run) {
  const bool rtl = run.level % 2 == 1;
  std::vector<ShownGlyph> out;
  const std::vector<ContentGlyph> glyphs = content_glyphs(run, font_.invisible_glyph());
  out.reserve(glyphs.size());
  for (const ContentGlyph& glyph : glyphs) {
    ShownGlyph shown;
    shown.x = glyph.x;
    shown.y = glyph.y;
    shown.cluster = glyph.cluster;
    if (glyph.gid == 0) {
      shown.notdef = true;
      out.push_back(shown);
      continue;
    }
    const Known& known = this->known(glyph.gid, glyph.text, rtl);
    shown.entry = known.entry;
    shown.mark = known.mark;
    const std::string& text = glyph.text;
    shown.space = text == " " && glyph.y == 0;
    shown.spaced_mark = rtl && text.size() > 1 && text.front() == ' ';
    shown.blank = text == " " || shown.spaced_mark;
    out.push_back(shown);
  }
  return out;
}

}  // namespace folio::pdf
