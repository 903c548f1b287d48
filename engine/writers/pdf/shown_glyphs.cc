#include "writers/pdf/shown_glyphs.h"

#include "writers/pdf/cid_font_builder.h"
#include "writers/pdf/cluster_text.h"

namespace folio::pdf {

const GlyphRecorder::Known& GlyphRecorder::known(std::uint32_t gid, std::string_view text, bool rtl) {
  const auto make = [&] { return Known{static_cast<std::uint32_t>(font_.use(gid, text, rtl)), has_nonspacing_mark(text)}; };
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

bool GlyphRecorder::plain(const layout::GlyphRun& run) const {
  if (run.level % 2 == 1 || run.ltr_start || run.ltr_end) return false;
  const auto& glyphs = run.glyphs;
  for (std::size_t i = 1; i < glyphs.size(); ++i) {
    if (glyphs[i].cluster <= glyphs[i - 1].cluster) return false;
  }
  // Most runs hold no mark at all; only a run that does is looked at glyph by glyph.
  if (!font_.invisible_glyph() || !has_nonspacing_mark(run.text)) return true;
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    if (glyphs[i].advance > 0 && has_nonspacing_mark(cluster_text(run, i))) return false;
  }
  return true;
}

std::string_view GlyphRecorder::cluster_text(const layout::GlyphRun& run, std::size_t i) {
  const std::string_view all(run.text);
  const std::size_t begin = std::min<std::size_t>(run.glyphs[i].cluster, all.size());
  const std::size_t end = i + 1 == run.glyphs.size() ? all.size() : std::min<std::size_t>(run.glyphs[i + 1].cluster, all.size());
  return all.substr(begin, end - begin);
}

std::vector<ShownGlyph> GlyphRecorder::record(const layout::GlyphRun& run) {
  const bool rtl = run.level % 2 == 1;
  std::vector<ShownGlyph> out;
  if (plain(run)) {
    // What content_glyphs gives such a run, without building it: each glyph where the pen puts
    // it, with its cluster's text.
    out.reserve(run.glyphs.size());
    double pen = 0;
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
      const layout::PositionedGlyph& g = run.glyphs[i];
      ShownGlyph shown;
      shown.x = pen + g.x_offset;
      shown.y = g.y_offset;
      shown.cluster = g.cluster;
      pen += g.advance;
      if (g.gid == 0) {
        shown.notdef = true;
        out.push_back(shown);
        continue;
      }
      const std::string_view text = cluster_text(run, i);
      const Known& known = this->known(g.gid, text, false);
      shown.entry = known.entry;
      shown.mark = known.mark;
      shown.space = text == " " && shown.y == 0;
      shown.blank = text == " ";
      out.push_back(shown);
    }
    return out;
  }
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
