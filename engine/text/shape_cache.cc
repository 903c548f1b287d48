#include "text/shape_cache.h"

#include <unordered_map>

#include <hb.h>
#include <unicode/uscript.h>

namespace folio::text {

namespace {
// Bounds the memory of a long run over many documents; a release has a few thousand words.
constexpr std::size_t kMaxWords = 1 << 16;
}  // namespace

struct ShapeCache::Impl {
  hb_buffer_t* buf = hb_buffer_create();
  std::unordered_map<std::string, std::vector<RawGlyph>> words;
  std::string key;  // reused so that a hit allocates nothing
  std::vector<RawGlyph> scratch;

  ~Impl() { hb_buffer_destroy(buf); }

  void run_harfbuzz(const Face& face, const ShapeProps& props, std::string_view text, std::size_t begin,
                    std::size_t end, std::vector<RawGlyph>& out) {
    hb_buffer_clear_contents(buf);
    // Default ignorables (ZWJ, ZWNJ…) take no glyph: HarfBuzz would otherwise draw the space
    // glyph at zero advance, and a PDF viewer reads the space's full width from /W, so the real
    // space after it would lose its gap and two words would extract as one. Their text stays
    // in the cluster of the glyph before them.
    hb_buffer_set_flags(buf, HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES);
    hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), static_cast<unsigned>(begin),
                       static_cast<int>(end - begin));
    hb_buffer_set_direction(buf, props.rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, hb_script_from_string(uscript_getShortName(static_cast<UScriptCode>(props.script)), -1));
    if (!props.lang.empty()) {
      hb_buffer_set_language(buf, hb_language_from_string(props.lang.data(), static_cast<int>(props.lang.size())));
    }
    hb_buffer_guess_segment_properties(buf);
    hb_shape(face.hb, buf, nullptr, 0);
    unsigned n = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, nullptr);
    out.clear();
    out.reserve(n);
    for (unsigned g = 0; g < n; ++g) {
      out.push_back({info[g].codepoint, pos[g].x_advance, pos[g].x_offset, pos[g].y_offset,
                     static_cast<std::uint32_t>(info[g].cluster - begin),
                     (hb_glyph_info_get_glyph_flags(&info[g]) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0});
    }
  }
};

ShapeCache::ShapeCache() : impl_(std::make_unique<Impl>()) {}
ShapeCache::~ShapeCache() = default;

const std::vector<RawGlyph>& ShapeCache::shape(FaceId id, const Face& face, const ShapeProps& props,
                                               std::string_view text, std::size_t begin, std::size_t end,
                                               bool alone) {
  Impl& m = *impl_;
  if (!alone) {
    m.run_harfbuzz(face, props, text, begin, end, m.scratch);
    return m.scratch;
  }
  const int head[3] = {id, props.script, props.rtl ? 1 : 0};
  m.key.assign(reinterpret_cast<const char*>(head), sizeof head);
  m.key.append(props.lang).push_back('\0');
  m.key.append(text.substr(begin, end - begin));
  if (auto it = m.words.find(m.key); it != m.words.end()) return it->second;
  if (m.words.size() >= kMaxWords) m.words.clear();
  std::vector<RawGlyph> glyphs;
  m.run_harfbuzz(face, props, text.substr(begin, end - begin), 0, end - begin, glyphs);
  return m.words.emplace(m.key, std::move(glyphs)).first->second;
}

}  // namespace folio::text
