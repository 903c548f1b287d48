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

ShownGlyph GlyphRecorder::shown(std::uint32_t gid, std::string_view text, double x, double y, std::uint32_t cluster,
                                 bool rtl) {
  ShownGlyph out;
  out.x = x;
  out.y = y;
  out.cluster = cluster;
  if (gid == 0) {
    out.notdef = true;
    return out;
  }
  const Known& known = this->known(gid, text, rtl);
  out.entry = known.entry;
  out.mark = known.mark;
  out.space = text == " " && y == 0;
  out.spaced_mark = rtl && text.size() > 1 && text.front() == ' ';
  out.blank = text == " " || out.spaced_mark;
  return out;
}

std::vector<ShownGlyph> GlyphRecorder::record(const layout::GlyphRun& run) {
  std::vector<ShownGlyph> out;
  if (plain(run)) {
    // What content_glyphs gives such a run, without building it: each glyph where the pen puts
    // it, with its cluster's text.
    out.reserve(run.glyphs.size());
    double pen = 0;
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
      const layout::PositionedGlyph& g = run.glyphs[i];
      out.push_back(shown(g.gid, cluster_text(run, i), pen + g.x_offset, g.y_offset, g.cluster, false));
      pen += g.advance;
    }
    return out;
  }
  const bool rtl = run.level % 2 == 1;
  const std::vector<ContentGlyph> glyphs = content_glyphs(run, font_.invisible_glyph());
  out.reserve(glyphs.size());
  for (const ContentGlyph& glyph : glyphs) out.push_back(shown(glyph.gid, glyph.text, glyph.x, glyph.y, glyph.cluster, rtl));
  return out;
}

}  // namespace folio::pdf
