#include "writers/pdf/shown_glyphs.h"

#include "writers/pdf/cid_font_builder.h"
#include "writers/pdf/cluster_text.h"

namespace folio::pdf {

namespace {

/// The text of glyph `i` of a run whose clusters ascend: text[cluster, next cluster).
std::string_view cluster_text(const layout::GlyphRun& run, std::size_t i) {
  const std::string_view all(run.text);
  const std::size_t begin = std::min<std::size_t>(run.glyphs[i].cluster, all.size());
  const std::size_t end = i + 1 == run.glyphs.size() ? all.size() : std::min<std::size_t>(run.glyphs[i + 1].cluster, all.size());
  return all.substr(begin, end - begin);
}

}  // namespace

const std::vector<ShownGlyph>* ShownRuns::find(const layout::GlyphRun& run, std::vector<ShownGlyph>& scratch) const {
  if (auto it = built_.find(&run); it != built_.end()) return &it->second;
  const auto it = plain_.find(&run);
  if (it == plain_.end()) return nullptr;
  // What content_glyphs gives a plain run: each glyph where the pen puts it, with its cluster's text.
  const std::vector<GlyphEntry>& entries = it->second;
  scratch.clear();
  scratch.reserve(run.glyphs.size());
  double pen = 0;
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
    const layout::PositionedGlyph& g = run.glyphs[i];
    ShownGlyph& shown = scratch.emplace_back();
    shown.x = pen + g.x_offset;
    shown.y = g.y_offset;
    shown.cluster = g.cluster;
    pen += g.advance;
    if (g.gid == 0) {
      shown.notdef = true;
      continue;
    }
    const std::string_view text = cluster_text(run, i);
    shown.entry = entries[i].entry;
    shown.mark = entries[i].mark;
    shown.space = text == " " && shown.y == 0;
    shown.blank = text == " ";
  }
  return &scratch;
}

void ShownRuns::clear() {
  built_.clear();
  plain_.clear();
}

const GlyphEntry& GlyphRecorder::known(std::uint32_t gid, std::string_view text, bool rtl) {
  const auto make = [&] { return GlyphEntry{static_cast<std::uint32_t>(font_.use(gid, text, rtl)), has_nonspacing_mark(text)}; };
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

void GlyphRecorder::record(const layout::GlyphRun& run, ShownRuns& into) {
  if (plain(run)) {
    std::vector<GlyphEntry> entries(run.glyphs.size());
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
      if (run.glyphs[i].gid != 0) entries[i] = known(run.glyphs[i].gid, cluster_text(run, i), false);
    }
    into.plain_.emplace(&run, std::move(entries));
    return;
  }
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
    const GlyphEntry& known = this->known(glyph.gid, glyph.text, rtl);
    shown.entry = known.entry;
    shown.mark = known.mark;
    const std::string& text = glyph.text;
    shown.space = text == " " && glyph.y == 0;
    shown.spaced_mark = rtl && text.size() > 1 && text.front() == ' ';
    shown.blank = text == " " || shown.spaced_mark;
    out.push_back(shown);
  }
  into.built_.emplace(&run, std::move(out));
}

}  // namespace folio::pdf
