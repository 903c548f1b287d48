#include "test_pages.h"

#include <hb.h>

#include <filesystem>
#include <memory>
#include <stdexcept>

#include "support/paths.h"

namespace folio::pdf::test {

layout::GlyphRun shape(const std::string& font_file, int face_index, const std::string& text, double size, bool rtl,
                       const std::string& lang) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(font_file.c_str());
  if (!blob) throw std::runtime_error("no font " + font_file);
  hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(face_index));
  hb_font_t* font = hb_font_create(face);
  const double upem = hb_face_get_upem(face);
  hb_font_set_scale(font, static_cast<int>(upem), static_cast<int>(upem));
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
  hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  if (!lang.empty()) hb_buffer_set_language(buffer, hb_language_from_string(lang.c_str(), -1));
  hb_buffer_guess_segment_properties(buffer);
  hb_shape(font, buffer, nullptr, 0);
  unsigned int count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
  layout::GlyphRun run;
  run.size = size;
  run.text = text;
  run.level = rtl ? 1 : 0;
  run.lang = lang;
  const double scale = size / upem;
  for (unsigned int i = 0; i < count; ++i) {
    run.glyphs.push_back(layout::PositionedGlyph{.gid = info[i].codepoint,
                                                 .cluster = info[i].cluster,
                                                 .advance = pos[i].x_advance * scale,
                                                 .x_offset = pos[i].x_offset * scale,
                                                 .y_offset = pos[i].y_offset * scale});
  }
  hb_buffer_destroy(buffer);
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return run;
}

TestPages::TestPages(std::string lang, std::string title) {
  document_.lang = std::move(lang);
  document_.title = std::move(title);
  new_page();
}

int TestPages::font_index(const std::string& file, int face) {
  for (std::size_t i = 0; i < document_.fonts.size(); ++i) {
    if (document_.fonts[i].file == file && document_.fonts[i].face_index == face) return static_cast<int>(i);
  }
  document_.fonts.push_back(layout::FontRef{file, face, ""});
  return static_cast<int>(document_.fonts.size() - 1);
}

void TestPages::tag(std::uint32_t node, std::string type, std::string lang, std::string alt) {
  document_.pages.back().items.push_back(layout::TagStart{base::NodeId{node}, std::move(type), std::move(lang), std::move(alt)});
}
void TestPages::end() { document_.pages.back().items.push_back(layout::TagEnd{}); }
void TestPages::artifact(layout::ArtifactType type, layout::ArtifactSubtype subtype) {
  document_.pages.back().items.push_back(layout::ArtifactStart{type, subtype});
}
void TestPages::end_artifact() { document_.pages.back().items.push_back(layout::ArtifactEnd{}); }

void TestPages::text(std::uint32_t node, std::uint32_t block, const std::string& text, double size,
                     const std::string& font, bool rtl, const std::string& lang) {
  const int face = 0;
  layout::GlyphRun run = shape(font, face, text, size, rtl, lang);
  run.font = font_index(font, face);
  run.x = x_;
  run.y = y_;
  run.node = base::NodeId{node};
  run.block = base::NodeId{block};
  run.block_offset = block_offsets_[block];
  block_offsets_[block] += static_cast<std::uint32_t>(text.size());
  double width = 0;
  for (const auto& g : run.glyphs) width += g.advance;
  x_ += width;
  document_.pages.back().items.push_back(std::move(run));
  last_run_ = &std::get<layout::GlyphRun>(document_.pages.back().items.back());
}

void TestPages::hyphen(std::uint32_t node, std::uint32_t block, double size, const std::string& font) {
  text(node, block, "-", size, font);
  auto& run = std::get<layout::GlyphRun>(document_.pages.back().items.back());
  run.text = "\u00AD";
  run.inserted_hyphen = true;
  block_offsets_[block] += 1;  // U+00AD is two bytes, '-' one
}

void TestPages::link_over_last_run(std::uint32_t node, std::string href) {
  double width = 0;
  for (const auto& g : last_run_->glyphs) width += g.advance;
  document_.pages.back().items.push_back(
      layout::LinkArea{last_run_->x, last_run_->y - 3, width, last_run_->size + 4, std::move(href), base::NodeId{node}});
}

void TestPages::image(std::uint32_t node, const std::string& path, double width, double height) {
  y_ -= height;
  // The bytes as layout hands them over; a path that cannot be read gives none (the writer warns).
  std::shared_ptr<const std::string> bytes;
  if (std::filesystem::is_regular_file(path)) bytes = std::make_shared<const std::string>(folio::test::read_file(path));
  document_.pages.back().items.push_back(layout::Image{path, x_, y_, width, height, base::NodeId{node}, "", bytes});
  line();
}

void TestPages::rule() { document_.pages.back().items.push_back(layout::Rule{72, y_ + 8, 523, y_ + 8, 0.5, {}}); }

void TestPages::line(double leading) {
  x_ = 72;
  y_ -= leading;
}

void TestPages::new_page() {
  document_.pages.push_back(layout::Page{595.276, 841.89, {}});
  x_ = 72;
  y_ = 770;
}

layout::PagedDocument TestPages::done() { return document_; }

}  // namespace folio::pdf::test
