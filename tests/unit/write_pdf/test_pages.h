// A tiny typesetter for the PDF writer's tests: shapes strings with HarfBuzz and places them on
// lines, producing the layout::PagedDocument the writer consumes (independent of engine/layout).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "layout/paged_document.h"

struct hb_font_t;

namespace folio::pdf::test {

inline constexpr const char* kSerif = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";
inline constexpr const char* kSans = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
inline constexpr const char* kArabic = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";
inline constexpr const char* kCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

/// Glyph runs shaped with HarfBuzz (`features` as in hb_feature_from_string), glyphs in visual
/// order, clusters as byte offsets into `text`.
layout::GlyphRun shape(const std::string& font_file, int face_index, const std::string& text, double size, bool rtl,
                       const std::string& lang = {});

/// Builds pages top-down on A4 with 72 pt margins. Fonts are registered on first use.
class TestPages {
 public:
  TestPages(std::string lang, std::string title);

  void tag(std::uint32_t node, std::string type, std::string lang = {}, std::string alt = {});
  void end();
  void artifact(layout::ArtifactType type, layout::ArtifactSubtype subtype);
  void end_artifact();
  /// Shapes `text` and puts it at the cursor on the current line; `block` and its running byte
  /// offset locate it in the block's plain text.
  void text(std::uint32_t node, std::uint32_t block, const std::string& text, double size = 11,
            const std::string& font = kSerif, bool rtl = false, const std::string& lang = {});
  /// A hyphen added by line breaking: the glyph of '-' standing for U+00AD (pdf-facts §6).
  void hyphen(std::uint32_t node, std::uint32_t block, double size = 11, const std::string& font = kSerif);
  /// A link area over the last run.
  void link_over_last_run(std::uint32_t node, std::string href);
  void image(std::uint32_t node, const std::string& path, double width, double height);
  void rule();
  void line(double leading = 16);
  /// Moves the cursor to `x` on the current line.
  void tab(double x) { x_ = x; }
  void move_to(double x, double y) { x_ = x; y_ = y; }
  void new_page();

  layout::PagedDocument done();

 private:
  int font_index(const std::string& file, int face);
  layout::PagedDocument document_;
  double x_ = 72, y_ = 770;
  std::map<std::uint32_t, std::uint32_t> block_offsets_;
  const layout::GlyphRun* last_run_ = nullptr;
};

}  // namespace folio::pdf::test
