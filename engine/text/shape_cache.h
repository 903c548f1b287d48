// HarfBuzz shaping of one stretch of a run, with shaped words kept: a release repeats most of
// its words, and shaping is the larger part of layout time.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/font_book.h"

namespace folio::text {

/// A glyph as HarfBuzz gives it: font units, cluster relative to the start of the shaped stretch.
struct RawGlyph {
  std::uint32_t gid = 0;
  std::int32_t advance = 0, x_offset = 0, y_offset = 0;
  std::uint32_t cluster = 0;
  bool unsafe_to_break = false;
};

/// How a stretch is shaped besides its face.
struct ShapeProps {
  int script = 0;         ///< UScriptCode
  bool rtl = false;
  std::string_view lang;  ///< BCP 47; empty leaves HarfBuzz's default
};

/// Not thread-safe; one per FontBook.
class ShapeCache {
 public:
  ShapeCache();
  ~ShapeCache();
  ShapeCache(const ShapeCache&) = delete;
  ShapeCache& operator=(const ShapeCache&) = delete;

  /// Glyphs of text[begin, end) in visual order. With `alone` the stretch is shaped without the
  /// text around it and the result is kept for the next equal stretch; the caller vouches that
  /// its surroundings cannot change its shaping. The reference lives until the next call.
  const std::vector<RawGlyph>& shape(FaceId id, const Face& face, const ShapeProps& props, std::string_view text,
                                     std::size_t begin, std::size_t end, bool alone);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace folio::text
